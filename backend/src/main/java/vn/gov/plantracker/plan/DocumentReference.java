package vn.gov.plantracker.plan;

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
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** Another document a plan implements, cites or names in a footnote. */
@Audited
@Entity
@Table(name = "document_reference")
public class DocumentReference extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_id")
  public Plan plan;

  public int ordinal;

  @Enumerated(EnumType.STRING)
  public ReferenceKind kind;

  @Column(name = "footnote_mark")
  public Integer footnoteMark;

  /** The task carrying the footnote mark, if any. */
  @Column(name = "task_id")
  public Long taskId;

  /** Abbreviated type as printed: KH, CT, QĐ. */
  @Column(name = "document_type")
  public String documentType;

  /** Number and symbol as printed, e.g. {@code 135-KH/HU}. */
  public String number;

  @Column(name = "issue_date")
  public LocalDate issueDate;

  public String issuer;

  public String title;
}
