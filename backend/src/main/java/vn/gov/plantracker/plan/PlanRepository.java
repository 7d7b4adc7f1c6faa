package vn.gov.plantracker.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.paging.PageRequest;

/** Queries on plans and what hangs off them. */
@ApplicationScoped
public class PlanRepository implements PanacheRepository<Plan> {

  public Plan get(Long id) {
    return findByIdOptional(id).orElseThrow(() -> ApiException.notFound("entity.plan", id));
  }

  public Optional<Plan> findByKey(String key) {
    return find("key", key).firstResultOptional();
  }

  /** Newest first; id breaks ties so pages are stable. */
  public List<Plan> page(PlanStatus status, PageRequest page) {
    String query =
        "from Plan p left join fetch p.issuer"
            + (status == null ? "" : " where p.status = ?1")
            + " order by p.issueYear desc, p.id desc";
    var found = status == null ? find(query) : find(query, status);
    return found.page(page.page(), page.size()).list();
  }

  public long countByStatus(PlanStatus status) {
    return status == null ? count() : count("status", status);
  }

  /** References in order, each with the code of the task carrying its footnote (or null). */
  public List<Object[]> referencesWithTaskCode(Long planId) {
    return getEntityManager()
        .createQuery(
            "select r, t.code from DocumentReference r left join Task t on t.id = r.taskId"
                + " where r.plan.id = :plan order by r.ordinal, r.id",
            Object[].class)
        .setParameter("plan", planId)
        .getResultList();
  }

  public List<PlanRecipient> recipients(Long planId) {
    return getEntityManager()
        .createQuery(
            "from PlanRecipient where plan.id = :plan order by ordinal, id", PlanRecipient.class)
        .setParameter("plan", planId)
        .getResultList();
  }

  /** Reports are official records: a plan that has any is kept. */
  /** Figures reported for the plan's indicators, which are kept. */
  public boolean hasIndicatorFigures(Long planId) {
    return getEntityManager()
            .createQuery(
                "select count(v) from IndicatorValue v where v.indicator.target.plan.id = :plan",
                Long.class)
            .setParameter("plan", planId)
            .getSingleResult()
        > 0;
  }

  public boolean hasReportingPeriods(Long planId) {
    return getEntityManager()
            .createQuery(
                "select count(p) from ReportingPeriod p where p.plan.id = :plan", Long.class)
            .setParameter("plan", planId)
            .getSingleResult()
        > 0;
  }

  /**
   * Deletes a plan with its assignments, references, recipients, targets and tasks, one entity at a
   * time so that the audit trail keeps each one's last state. Children go before parents.
   */
  public void deleteWithContent(Plan plan) {
    String[] contents = {
      "from AssignmentBlock where plan.id = :plan",
      "from DocumentReference where plan.id = :plan",
      "from PlanRecipient where plan.id = :plan",
      "from Indicator where target.plan.id = :plan",
      "from Target where plan.id = :plan",
      "from Task where plan.id = :plan order by level desc, id",
    };
    var entityManager = getEntityManager();
    for (String query : contents) {
      entityManager
          .createQuery(query, Object.class)
          .setParameter("plan", plan.id)
          .getResultList()
          .forEach(entityManager::remove);
      entityManager.flush();
    }
    delete(plan);
    flush();
  }
}
