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
import org.hibernate.envers.Audited;
import vn.gov.plantracker.unit.Unit;

/**
 * A difficulty a unit raises on a task, with what it proposes. The unit writes it in its report;
 * the coordinator gives it an owner, a status and a response.
 */
@Audited
@Entity
@Table(name = "obstacle")
public class Obstacle extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "entry_id")
  public ReportEntry entry;

  public int position;

  public String description;

  public String proposal;

  @Enumerated(EnumType.STRING)
  public ObstacleStatus status = ObstacleStatus.OPEN;

  /** The unit expected to resolve it; the plan's coordinator until someone else is named. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "owner_unit_id")
  public Unit owner;

  public String response;

  @Column(name = "handled_at")
  public Instant handledAt;

  @Version public long version;

  /** The coordinator has started on it, so the unit can no longer rewrite or withdraw it. */
  public boolean handled() {
    return status != ObstacleStatus.OPEN || response != null;
  }
}
