package vn.gov.plantracker.reporting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.gov.plantracker.plan.Plan;
import vn.gov.plantracker.task.Task;
import vn.gov.plantracker.unit.Unit;

/** A round of reporting on a plan: the data window it covers and when reports are due. */
@Audited
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_id")
  public Plan plan;

  @Enumerated(EnumType.STRING)
  public PeriodKind kind;

  public String title;

  @Column(name = "window_start")
  public LocalDate windowStart;

  @Column(name = "window_end")
  public LocalDate windowEnd;

  @Column(name = "due_date")
  public LocalDate dueDate;

  @Column(name = "created_at")
  public Instant createdAt;

  /** The tasks asked (with everything under them); all the plan's when empty. */
  @NotAudited
  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "period_scope_task",
      joinColumns = @JoinColumn(name = "period_id"),
      inverseJoinColumns = @JoinColumn(name = "task_id"))
  public Set<Task> scopeTasks = new HashSet<>();

  /** The units asked (with the units under them); every owing unit when empty. */
  @NotAudited
  @ManyToMany(fetch = FetchType.LAZY)
  @JoinTable(
      name = "period_scope_unit",
      joinColumns = @JoinColumn(name = "period_id"),
      inverseJoinColumns = @JoinColumn(name = "unit_id"))
  public Set<Unit> scopeUnits = new HashSet<>();

  @Version public long version;

  /** Whether the period asks this duty: the task and the unit are inside its scope. */
  public boolean asks(Task task, Unit unit) {
    boolean taskAsked =
        scopeTasks.isEmpty() || scopeTasks.stream().anyMatch(t -> task.path.startsWith(t.path));
    boolean unitAsked =
        scopeUnits.isEmpty() || scopeUnits.stream().anyMatch(u -> unit.path.startsWith(u.path));
    return taskAsked && unitAsked;
  }
}
