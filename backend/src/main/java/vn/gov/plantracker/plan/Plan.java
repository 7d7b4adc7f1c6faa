package vn.gov.plantracker.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import vn.gov.plantracker.unit.Unit;

/**
 * The document being tracked. A circulated draft may have no number or exact date yet: those stay
 * empty, with the year known, until the signed copy arrives.
 */
@Audited
@Entity
@Table(name = "plan")
public class Plan extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  /** Stable key of a seeded plan, so loading the seed again finds it. */
  @Column(name = "plan_key")
  public String key;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_type")
  public DocumentType documentType = DocumentType.PLAN;

  public String number;

  public String symbol;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "issuer_id")
  public Unit issuer;

  /** The office that follows the plan up and compiles reports (Phòng LĐTBXH here). */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "coordinator_id")
  public Unit coordinator;

  public String place;

  @Column(name = "issue_date")
  public LocalDate issueDate;

  @Column(name = "issue_year")
  public int issueYear;

  public String title;

  public String preamble;

  public String purpose;

  @Column(name = "implementation_arrangements")
  public String implementationArrangements;

  @Enumerated(EnumType.STRING)
  public PlanStatus status = PlanStatus.DRAFT;

  @Embedded public Signature signature = new Signature();

  @Version public long version;
}
