package vn.gov.plantracker.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;
import vn.gov.plantracker.audit.HistoryEntry.Change;
import vn.gov.plantracker.audit.HistoryEntry.FieldChange;
import vn.gov.plantracker.audit.HistoryEntry.HistoryActor;
import vn.gov.plantracker.auth.Actor;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.reporting.EntryFigure;
import vn.gov.plantracker.reporting.Evidence;
import vn.gov.plantracker.reporting.Obstacle;
import vn.gov.plantracker.reporting.ReportEntry;
import vn.gov.plantracker.reporting.UnitReport;
import vn.gov.plantracker.task.Task;

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
    Changes changes = new Changes();
    changes.addRoot(rows(type, AuditEntity.id().eq(id)));
    if (changes.isEmpty()) {
      throw ApiException.notFound(entityKey, id);
    }
    return Page.slice(changes.entries(), page);
  }

  /**
   * A report's history with the saves of its entries in it: each save is one entry, its fields
   * named {@code entries[1.a].results}, {@code entries[1.a].figures[3].amount} and so on.
   */
  @Transactional
  public Page<HistoryEntry> ofReport(long id, PageRequest page) {
    Changes changes = new Changes();
    changes.addRoot(rows(UnitReport.class, AuditEntity.id().eq(id)));
    if (changes.isEmpty()) {
      throw ApiException.notFound("entity.report", id);
    }
    List<Object[]> entries = rows(ReportEntry.class, AuditEntity.relatedId("report").eq(id));
    Map<Long, String> taskOfEntry = new HashMap<>();
    for (Object[] row : entries) {
      taskOfEntry.put(idOf(row[0]), snapshots.of(row[0]).get("task"));
    }
    Map<String, String> codes = taskCodes(Set.copyOf(taskOfEntry.values()));
    Function<Object, String> entryName =
        entryId -> "entries[" + codes.get(taskOfEntry.get(Long.valueOf(entryId.toString()))) + "]";
    changes.addPart(entries, (rowId, fields) -> entryName.apply(rowId) + ".");
    if (!taskOfEntry.isEmpty()) {
      AuditCriterion ofEntries = AuditEntity.relatedId("entry").in(taskOfEntry.keySet().toArray());
      changes.addPart(
          rows(EntryFigure.class, ofEntries),
          (rowId, fields) -> entryName.apply(fields.get("entry")) + ".figures[" + rowId + "].");
      changes.addPart(
          rows(Obstacle.class, ofEntries),
          (rowId, fields) -> entryName.apply(fields.get("entry")) + ".obstacles[" + rowId + "].");
      changes.addPart(
          rows(Evidence.class, ofEntries),
          (rowId, fields) -> entryName.apply(fields.get("entry")) + ".evidence[" + rowId + "].");
    }
    return Page.slice(changes.entries(), page);
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(Class<?> type, AuditCriterion criterion) {
    return AuditReaderFactory.get(entityManager)
        .createQuery()
        .forRevisionsOfEntity(type, false, true)
        .add(criterion)
        .addOrder(AuditEntity.revisionNumber().asc())
        .getResultList();
  }

  private Map<String, String> taskCodes(Set<String> taskIds) {
    if (taskIds.isEmpty()) {
      return Map.of();
    }
    return Task.<Task>list(
            "id in ?1", taskIds.stream().filter(Objects::nonNull).map(Long::valueOf).toList())
        .stream()
        .collect(Collectors.toMap(t -> t.id.toString(), t -> t.code));
  }

  private long idOf(Object entity) {
    return ((Number)
            entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity))
        .longValue();
  }

  /** How a part's fields are named in its owner's history. */
  private interface Prefix {
    String of(long rowId, Map<String, String> fields);
  }

  /** The changes of a record and its parts, by revision. */
  private final class Changes {
    private final TreeMap<Long, Revision> revisions = new TreeMap<>();
    private final Map<Long, RevisionType> kinds = new HashMap<>();
    private final Map<Long, List<FieldChange>> fields = new HashMap<>();

    boolean isEmpty() {
      return revisions.isEmpty();
    }

    void addRoot(List<Object[]> rows) {
      add(rows, (rowId, fields) -> "", true);
    }

    void addPart(List<Object[]> rows, Prefix prefix) {
      add(rows, prefix, false);
    }

    private void add(List<Object[]> rows, Prefix prefix, boolean root) {
      Map<Long, Map<String, String>> before = new HashMap<>();
      for (Object[] row : rows) {
        Revision revision = (Revision) row[1];
        RevisionType kind = (RevisionType) row[2];
        long rowId = idOf(row[0]);
        Map<String, String> was = before.getOrDefault(rowId, Map.of());
        Map<String, String> is = kind == RevisionType.DEL ? Map.of() : snapshots.of(row[0]);
        String name = prefix.of(rowId, is.isEmpty() ? was : is);
        revisions.putIfAbsent(revision.id, revision);
        if (root) {
          kinds.put(revision.id, kind);
        }
        fields.computeIfAbsent(revision.id, r -> new ArrayList<>()).addAll(changes(name, was, is));
        before.put(rowId, is);
      }
    }

    /** Newest first. */
    List<HistoryEntry> entries() {
      return revisions.descendingMap().values().stream()
          .map(
              r ->
                  entry(
                      r,
                      kinds.getOrDefault(r.id, RevisionType.MOD),
                      fields.getOrDefault(r.id, List.of())))
          .toList();
    }
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
        revision.note,
        changes);
  }

  private static List<FieldChange> changes(
      String prefix, Map<String, String> before, Map<String, String> after) {
    TreeSet<String> fields = new TreeSet<>(before.keySet());
    fields.addAll(after.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String field : fields) {
      String was = before.get(field);
      String is = after.get(field);
      if (!Objects.equals(was, is)) {
        changes.add(new FieldChange(prefix + field, was, is));
      }
    }
    return changes;
  }
}
