package vn.gov.plantracker.consolidated;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** One heading of the consolidated report's body and the text under it. */
@Audited
@Entity
@Table(name = "consolidated_section")
public class ConsolidatedSection extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "report_id")
  public ConsolidatedReport report;

  public int position;

  /** 1 for a part (I, II, …), 2 for a task under it. */
  public int level;

  public String heading;

  public String body;

  /** The compliance table is printed after this section's text. */
  @Column(name = "compliance_table")
  public boolean complianceTable;
}
