package vn.gov.plantracker.reporting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import vn.gov.plantracker.unit.Unit;

/**
 * What one unit reports for one period: an entry per task it owes. Being late (submitted after the
 * due date) and being locked (accepted) are separate facts.
 */
@Audited
@Entity
@Table(name = "unit_report")
public class UnitReport extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "period_id")
  public ReportingPeriod period;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id")
  public Unit unit;

  @Enumerated(EnumType.STRING)
  public ReportStatus status = ReportStatus.DRAFT;

  @Column(name = "submitted_at")
  public Instant submittedAt;

  /** Submitted (the first time) after the due date. */
  public boolean late;

  @Column(name = "return_reason")
  public String returnReason;

  @Column(name = "returned_at")
  public Instant returnedAt;

  @Column(name = "accepted_at")
  public Instant acceptedAt;

  /** When the unit last saved its entries; writing it makes every save a change of the report. */
  @Column(name = "saved_at")
  public Instant savedAt;

  /** Where the report came from when a closing unit's unfinished report passed to this unit. */
  @Column(name = "transfer_note")
  public String transferNote;

  @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  public List<ReportEntry> entries = new ArrayList<>();

  @Version public long version;

  public boolean editable() {
    return status == ReportStatus.DRAFT || status == ReportStatus.RETURNED;
  }
}
