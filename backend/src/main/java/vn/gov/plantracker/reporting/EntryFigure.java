package vn.gov.plantracker.reporting;

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
import java.math.BigDecimal;
import org.hibernate.envers.Audited;

/** A figure a unit gives with its account of a task, such as "Số lao động được đào tạo: 120". */
@Audited
@Entity
@Table(name = "entry_figure")
public class EntryFigure extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "entry_id")
  public ReportEntry entry;

  public int position;

  public String label;

  public BigDecimal amount;

  /** What the figure counts in: người, lớp, triệu đồng, %. */
  @Column(name = "unit_of_measure")
  public String unitOfMeasure;
}
