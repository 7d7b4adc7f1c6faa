package vn.gov.plantracker.task;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.gov.plantracker.common.error.ApiException;

/**
 * Queries on assignment blocks. Blocks are read with their units, parties and covered tasks in a
 * fixed number of queries, never one per block.
 */
@ApplicationScoped
public class AssignmentRepository implements PanacheRepository<AssignmentBlock> {

  private static final String WITH_PARTIES =
      "select distinct b from AssignmentBlock b"
          + " join fetch b.item"
          + " left join fetch b.lead left join fetch b.guidance"
          + " left join fetch b.parties p left join fetch p.unit left join fetch p.group";

  public AssignmentBlock get(Long id) {
    List<AssignmentBlock> found =
        getEntityManager()
            .createQuery(WITH_PARTIES + " where b.id = :id", AssignmentBlock.class)
            .setParameter("id", id)
            .getResultList();
    if (found.isEmpty()) {
      throw ApiException.notFound("entity.assignmentBlock", id);
    }
    loadTasks(found);
    return found.get(0);
  }

  /** A plan's blocks in document order, with parties and covered tasks loaded. */
  public List<AssignmentBlock> listByPlan(Long planId) {
    return listByPlans(List.of(planId));
  }

  /** The plans' blocks, plan by plan in document order, in two statements for all of them. */
  public List<AssignmentBlock> listByPlans(Collection<Long> planIds) {
    if (planIds.isEmpty()) {
      return List.of();
    }
    List<AssignmentBlock> blocks =
        getEntityManager()
            .createQuery(
                WITH_PARTIES
                    + " where b.plan.id in :plans order by b.plan.id, b.item.path, b.ordinal, b.id",
                AssignmentBlock.class)
            .setParameter("plans", planIds)
            .getResultList();
    loadTasks(blocks);
    return blocks;
  }

  /**
   * Blocks that name one of the units, directly or through their groups, optionally in one plan.
   */
  public List<AssignmentBlock> listInvolving(
      Collection<Long> unitIds, Collection<Long> groupIds, Long planId) {
    var query =
        getEntityManager()
            .createQuery(
                WITH_PARTIES
                    + " where (b.lead.id in :units or b.guidance.id in :units"
                    + " or exists (select 1 from AssignmentParty x where x.block = b"
                    + " and (x.unit.id in :units or x.group.id in :groups)))"
                    + (planId == null ? "" : " and b.plan.id = :plan")
                    + " order by b.plan.id, b.ordinal, b.id",
                AssignmentBlock.class)
            .setParameter("units", unitIds)
            .setParameter("groups", groupIds.isEmpty() ? List.of(-1L) : groupIds);
    if (planId != null) {
      query.setParameter("plan", planId);
    }
    List<AssignmentBlock> blocks = query.getResultList();
    loadTasks(blocks);
    return blocks;
  }

  public int nextOrdinal(Task item) {
    Integer max =
        getEntityManager()
            .createQuery(
                "select max(ordinal) from AssignmentBlock where item = :item", Integer.class)
            .setParameter("item", item)
            .getSingleResult();
    return max == null ? 1 : max + 1;
  }

  /** The block covering a task, with its parties and tasks loaded, if any. */
  public Optional<AssignmentBlock> findCovering(Long taskId) {
    List<AssignmentBlock> found =
        getEntityManager()
            .createQuery(
                WITH_PARTIES + " where exists (select 1 from b.tasks t where t.id = :task)",
                AssignmentBlock.class)
            .setParameter("task", taskId)
            .getResultList();
    loadTasks(found);
    return found.stream().findFirst();
  }

  /** Which of the tasks another block than {@code exceptBlockId} already covers. */
  public List<Long> coveredElsewhere(Collection<Long> taskIds, Long exceptBlockId) {
    return getEntityManager()
        .createQuery(
            "select t.id from AssignmentBlock b join b.tasks t"
                + " where t.id in :tasks and b.id <> :block",
            Long.class)
        .setParameter("tasks", taskIds)
        .setParameter("block", exceptBlockId == null ? -1L : exceptBlockId)
        .getResultList();
  }

  /** Unlinks a task from whatever block covers it (before the task is deleted). */
  public void uncover(Long taskId) {
    getEntityManager()
        .createNativeQuery("delete from assignment_task where task_id = :task")
        .setParameter("task", taskId)
        .executeUpdate();
  }

  private void loadTasks(List<AssignmentBlock> blocks) {
    if (!blocks.isEmpty()) {
      getEntityManager()
          .createQuery(
              "select distinct b from AssignmentBlock b left join fetch b.tasks where b in :blocks",
              AssignmentBlock.class)
          .setParameter("blocks", blocks)
          .getResultList();
    }
  }
}
