package vn.gov.plantracker.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.plantracker.common.time.VietnamTime;
import vn.gov.plantracker.plan.PlanRepository;
import vn.gov.plantracker.task.TaskCodes;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitDtos.UnitRef;

/**
 * Tasks past the due date of their assignment ("Hoàn thành trong tháng 12/2023") that the reports
 * do not show as done: the lead unit's latest submitted account is not "done", or, for a task
 * without a lead, not every unit that reported on it says so.
 */
@ApplicationScoped
public class OverdueTasks {

  @Schema(description = "A task past its due date and not reported done.")
  public record OverdueTask(
      long taskId,
      String taskCode,
      String taskText,
      LocalDate dueDate,
      long daysOverdue,
      @Schema(nullable = true) UnitRef lead,
      @Schema(
              nullable = true,
              description = "The lead's latest submitted progress; none if it has not reported.")
          Progress leadProgress) {}

  private static final Set<Progress> FINISHED = Set.of(Progress.DONE, Progress.NOT_APPLICABLE);

  private final EntityManager em;
  private final PlanRepository plans;

  OverdueTasks(EntityManager em, PlanRepository plans) {
    this.em = em;
    this.plans = plans;
  }

  /** In document order; two statements whatever the plan's size. */
  @Transactional
  public List<OverdueTask> of(long planId) {
    plans.get(planId);
    LocalDate today = VietnamTime.today();
    List<Object[]> due =
        em.createQuery(
                "select t.id, t.code, t.text, b.dueDate, lead from AssignmentBlock b"
                    + " join b.tasks t left join b.lead lead"
                    + " where b.plan.id = :plan and b.dueDate < :today",
                Object[].class)
            .setParameter("plan", planId)
            .setParameter("today", today)
            .getResultList();
    if (due.isEmpty()) {
      return List.of();
    }
    record Latest(Progress progress, Instant at) {}
    Map<Long, Map<Long, Latest>> latest = new HashMap<>();
    em.createQuery(
            "select e.task.id, r.unit.id, e.progress, r.submittedAt from ReportEntry e"
                + " join e.report r where e.task.id in :tasks and r.status in :counted",
            Object[].class)
        .setParameter("tasks", due.stream().map(row -> (Long) row[0]).toList())
        .setParameter("counted", List.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED))
        .getResultList()
        .forEach(
            row ->
                latest
                    .computeIfAbsent((Long) row[0], id -> new HashMap<>())
                    .merge(
                        (Long) row[1],
                        new Latest((Progress) row[2], (Instant) row[3]),
                        (a, b) -> a.at().isAfter(b.at()) ? a : b));
    List<OverdueTask> overdue = new ArrayList<>();
    for (Object[] row : due) {
      long taskId = (Long) row[0];
      Unit lead = (Unit) row[4];
      Map<Long, Latest> byUnit = latest.getOrDefault(taskId, Map.of());
      Latest leads = lead == null ? null : byUnit.get(lead.id);
      boolean done =
          lead != null
              ? leads != null && FINISHED.contains(leads.progress())
              : !byUnit.isEmpty()
                  && byUnit.values().stream().allMatch(l -> FINISHED.contains(l.progress()));
      if (!done) {
        LocalDate dueDate = (LocalDate) row[3];
        overdue.add(
            new OverdueTask(
                taskId,
                (String) row[1],
                (String) row[2],
                dueDate,
                ChronoUnit.DAYS.between(dueDate, today),
                UnitRef.of(lead),
                leads == null ? null : leads.progress()));
      }
    }
    overdue.sort(Comparator.comparing(OverdueTask::taskCode, TaskCodes.ORDER));
    return overdue;
  }
}
