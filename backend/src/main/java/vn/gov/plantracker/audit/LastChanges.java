package vn.gov.plantracker.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import vn.gov.plantracker.account.User;
import vn.gov.plantracker.consolidated.ConsolidatedReport;
import vn.gov.plantracker.indicator.Indicator;
import vn.gov.plantracker.indicator.IndicatorValue;
import vn.gov.plantracker.plan.Plan;
import vn.gov.plantracker.planimport.PlanImport;
import vn.gov.plantracker.reporting.Obstacle;
import vn.gov.plantracker.reporting.UnitReport;
import vn.gov.plantracker.target.Target;
import vn.gov.plantracker.task.AssignmentBlock;
import vn.gov.plantracker.task.Task;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitGroup;

/**
 * The change a stale write missed: the record's version now, and who saved it when (from the audit
 * trail). Read in a transaction of its own, after the refused one has rolled back.
 */
@ApplicationScoped
public class LastChanges {

  /** What a client is told about the newer version of a record. */
  public record LastChange(Long version, String username, Instant at) {}

  /** The records that are edited with a version, by the message key that names them. */
  private static final Map<String, Class<?>> TYPES =
      Map.ofEntries(
          Map.entry("entity.report", UnitReport.class),
          Map.entry("entity.obstacle", Obstacle.class),
          Map.entry("entity.target", Target.class),
          Map.entry("entity.task", Task.class),
          Map.entry("entity.assignmentBlock", AssignmentBlock.class),
          Map.entry("entity.plan", Plan.class),
          Map.entry("entity.user", User.class),
          Map.entry("entity.unitGroup", UnitGroup.class),
          Map.entry("entity.unit", Unit.class),
          Map.entry("entity.planImport", PlanImport.class),
          Map.entry("entity.indicator", Indicator.class),
          Map.entry("entity.indicatorValue", IndicatorValue.class),
          Map.entry("entity.consolidated", ConsolidatedReport.class));

  private final EntityManager entityManager;

  LastChanges(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** The record named by its message key, as {@code ApiException.checkVersion} names it. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<LastChange> of(String entityKey, Object id) {
    Class<?> type = TYPES.get(entityKey);
    return type == null ? Optional.empty() : find(type, id);
  }

  /** The record named by its Hibernate entity name, as a failed versioned update names it. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<LastChange> ofEntity(String entityName, Object id) {
    return TYPES.values().stream()
        .filter(t -> t.getName().equals(entityName))
        .findFirst()
        .flatMap(t -> find(t, id));
  }

  private Optional<LastChange> find(Class<?> type, Object id) {
    Object entity = entityManager.find(type, id);
    if (entity == null) {
      return Optional.empty();
    }
    Object version =
        entityManager
            .getEntityManagerFactory()
            .unwrap(SessionFactoryImplementor.class)
            .getMappingMetamodel()
            .getEntityDescriptor(type)
            .getVersion(entity);
    Revision revision =
        type.isAnnotationPresent(org.hibernate.envers.Audited.class) ? latest(type, id) : null;
    return Optional.of(
        new LastChange(
            version instanceof Number n ? n.longValue() : null,
            revision == null ? null : revision.username,
            revision == null ? null : Instant.ofEpochMilli(revision.atMillis)));
  }

  private Revision latest(Class<?> type, Object id) {
    Number number =
        (Number)
            AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(type, true, true)
                .addProjection(AuditEntity.revisionNumber().max())
                .add(AuditEntity.id().eq(id))
                .getSingleResult();
    return number == null ? null : entityManager.find(Revision.class, number.longValue());
  }
}
