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

  /** Deletes a plan with its tasks, assignments, targets, references and recipients. */
  public void deleteWithContent(Plan plan) {
    String[] statements = {
      "delete from assignment_task where block_id in"
          + " (select id from assignment_block where plan_id = :plan)",
      "delete from assignment_party where block_id in"
          + " (select id from assignment_block where plan_id = :plan)",
      "delete from assignment_block where plan_id = :plan",
      "delete from document_reference where plan_id = :plan",
      "update task set parent_id = null where plan_id = :plan",
      "delete from task where plan_id = :plan",
      "delete from plan_recipient where plan_id = :plan",
      "delete from target where plan_id = :plan",
    };
    for (String sql : statements) {
      getEntityManager().createNativeQuery(sql).setParameter("plan", plan.id).executeUpdate();
    }
    delete(plan);
    flush();
  }
}
