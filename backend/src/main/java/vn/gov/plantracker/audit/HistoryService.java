package vn.gov.plantracker.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import vn.gov.plantracker.audit.HistoryEntry.Change;
import vn.gov.plantracker.audit.HistoryEntry.FieldChange;
import vn.gov.plantracker.audit.HistoryEntry.HistoryActor;
import vn.gov.plantracker.auth.Actor;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;

/** Reads an entity's recorded changes, newest first, each compared with the one before. */
@ApplicationScoped
public class HistoryService {

  private final EntityManager entityManager;
  private final Snapshots snapshots;

  HistoryService(EntityManager entityManager, Snapshots snapshots) {
    this.entityManager = entityManager;
    this.snapshots = snapshots;
  }

  /** Fails with 404 when nothing was ever recorded for this id (it never existed). */
  @Transactional
  public Page<HistoryEntry> of(Class<?> type, long id, String entityKey, PageRequest page) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        AuditReaderFactory.get(entityManager)
            .createQuery()
            .forRevisionsOfEntity(type, false, true)
            .add(AuditEntity.id().eq(id))
            .addOrder(AuditEntity.revisionNumber().asc())
            .getResultList();
    if (rows.isEmpty()) {
      throw ApiException.notFound(entityKey, id);
    }
    List<HistoryEntry> entries = new ArrayList<>();
    Map<String, String> before = Map.of();
    for (Object[] row : rows) {
      Revision revision = (Revision) row[1];
      RevisionType kind = (RevisionType) row[2];
      Map<String, String> after = kind == RevisionType.DEL ? Map.of() : snapshots.of(row[0]);
      entries.add(entry(revision, kind, changes(before, after)));
      before = after;
    }
    Collections.reverse(entries);
    return Page.slice(entries, page);
  }

  private static HistoryEntry entry(
      Revision revision, RevisionType kind, List<FieldChange> changes) {
    Change change =
        switch (kind) {
          case ADD -> Change.ADDED;
          case MOD -> Change.MODIFIED;
          case DEL -> Change.DELETED;
        };
    return new HistoryEntry(
        revision.id,
        Instant.ofEpochMilli(revision.atMillis),
        change,
        new HistoryActor(revision.userId, revision.username, Actor.Via.valueOf(revision.via)),
        revision.ip,
        changes);
  }

  private static List<FieldChange> changes(Map<String, String> before, Map<String, String> after) {
    TreeSet<String> fields = new TreeSet<>(before.keySet());
    fields.addAll(after.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String field : fields) {
      String was = before.get(field);
      String is = after.get(field);
      if (!Objects.equals(was, is)) {
        changes.add(new FieldChange(field, was, is));
      }
    }
    return changes;
  }
}
