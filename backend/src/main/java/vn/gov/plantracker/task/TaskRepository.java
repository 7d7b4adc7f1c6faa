package vn.gov.plantracker.task;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import vn.gov.plantracker.common.error.ApiException;

/** Queries on tasks. */
@ApplicationScoped
public class TaskRepository implements PanacheRepository<Task> {

  public Task get(Long id) {
    return findByIdOptional(id).orElseThrow(() -> ApiException.notFound("entity.task", id));
  }

  /** Every task of a plan, parents before children, siblings in order. */
  public List<Task> listByPlan(Long planId) {
    return list("plan.id = ?1 order by level, ordinal, id", planId);
  }

  public List<Task> listByIds(Collection<Long> ids) {
    return list("id in ?1", ids);
  }

  public boolean codeTaken(Long planId, String code, Long exceptId) {
    return count(
            "plan.id = ?1 and code = ?2 and id <> ?3",
            planId,
            code,
            exceptId == null ? -1L : exceptId)
        > 0;
  }

  public boolean hasChildren(Task task) {
    return count("parent", task) > 0;
  }

  public List<Task> listSubtree(Task task) {
    return list(
        "plan.id = ?1 and path like ?2 order by level, ordinal", task.plan.id, task.path + "%");
  }

  public int nextOrdinal(Long planId, Task parent) {
    Integer max =
        parent == null
            ? getEntityManager()
                .createQuery(
                    "select max(ordinal) from Task where plan.id = :plan and parent is null",
                    Integer.class)
                .setParameter("plan", planId)
                .getSingleResult()
            : getEntityManager()
                .createQuery("select max(ordinal) from Task where parent = :parent", Integer.class)
                .setParameter("parent", parent)
                .getSingleResult();
    return max == null ? 1 : max + 1;
  }
}
