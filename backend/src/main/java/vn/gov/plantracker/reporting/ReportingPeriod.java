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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import vn.gov.plantracker.plan.Plan;

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

  @Version public long version;
}
