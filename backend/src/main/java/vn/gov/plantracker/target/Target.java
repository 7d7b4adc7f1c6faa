package vn.gov.plantracker.target;

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
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.plan.Plan;

/**
 * A dated goal of a plan (section II). A quantitative target has a range low–high (45–50 %), or
 * only low when the plan gives one figure ("khoảng 50 %"), which is then the value to reach.
 */
@Audited
@Entity
@Table(name = "target")
public class Target extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_id")
  public Plan plan;

  public int ordinal;

  @Column(name = "target_year")
  public int targetYear;

  public String text;

  @Enumerated(EnumType.STRING)
  public TargetKind kind;

  public BigDecimal low;

  public BigDecimal high;

  @Column(name = "measure_unit")
  public String measureUnit;

  /** The plan says "about" (khoảng) the figure. */
  public boolean approximate;

  @Version public long version;

  /** Sets what is measured, refusing a range that cannot be met or a figure without a unit. */
  public void measure(
      TargetKind newKind, BigDecimal newLow, BigDecimal newHigh, String newMeasureUnit) {
    boolean quantitative = newKind == TargetKind.QUANTITATIVE;
    boolean valid =
        quantitative
            ? newLow != null
                && newMeasureUnit != null
                && !newMeasureUnit.isBlank()
                && (newHigh == null || newLow.compareTo(newHigh) <= 0)
            : newLow == null && newHigh == null && newMeasureUnit == null;
    if (!valid) {
      throw ApiException.rule("rule.target.range");
    }
    kind = newKind;
    low = newLow;
    high = newHigh;
    measureUnit = newMeasureUnit;
  }
}
