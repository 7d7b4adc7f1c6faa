package vn.gov.plantracker.consolidated;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.gov.plantracker.reporting.ReportingPeriod;
import vn.gov.plantracker.unit.Unit;

/**
 * The report the coordinator compiles from a period's unit reports and the issuer sends upward
 * (tổng hợp báo cáo). Compiled as a draft, edited, then finalised with its number.
 */
@Audited
@Entity
@Table(name = "consolidated_report")
public class ConsolidatedReport extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "period_id")
  public ReportingPeriod period;

  /** The body that signs and numbers it: the plan's issuer. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "issuer_id")
  public Unit issuer;

  @Enumerated(EnumType.STRING)
  public ConsolidatedStatus status = ConsolidatedStatus.DRAFT;

  /** What follows "BÁO CÁO" in the title. */
  public String title;

  public String place;

  /** The symbol after the number, e.g. BC-UBND. */
  public String symbol;

  /** Given on finalising, from the issuer's register for the year. */
  public Integer number;

  @Column(name = "issue_year")
  public Integer issueYear;

  @Column(name = "issued_on")
  public LocalDate issuedOn;

  /** "Nơi nhận", one recipient per line. */
  public String recipients;

  @Column(name = "on_behalf_of")
  public String onBehalfOf;

  @Column(name = "signing_for")
  public String signingFor;

  @Column(name = "signer_title")
  public String signerTitle;

  @Column(name = "signer_name")
  public String signerName;

  @Column(name = "compiled_at")
  public Instant compiledAt;

  /** What the body was compiled from ({@link Compilation#fingerprint()}); null before 0028. */
  @NotAudited
  @Column(name = "compiled_fingerprint")
  public String compiledFingerprint;

  @Column(name = "finalised_at")
  public Instant finalisedAt;

  @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  public List<ConsolidatedSection> sections = new ArrayList<>();

  @Version public long version;

  public boolean editable() {
    return status == ConsolidatedStatus.DRAFT;
  }
}
