package vn.gov.plantracker.indicator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import vn.gov.plantracker.target.Target;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitGroup;

/**
 * The measurable quantity behind a quantitative target: a percentage, numerator over denominator,
 * reported per area and year. The target gives the range to reach and the year.
 */
@Audited
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "target_id")
  public Target target;

  public String name;

  @Column(name = "numerator_definition")
  public String numeratorDefinition;

  @Column(name = "denominator_definition")
  public String denominatorDefinition;

  /** The numerator counts part of the denominator, so it can never exceed it. */
  public boolean bounded = true;

  /** The areas that report (the communes): what completeness counts against. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "area_group_id")
  public UnitGroup areas;

  /** An office that supplies every area's numerator; the areas themselves when null. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "numerator_supplier_id")
  public Unit numeratorSupplier;

  /** An office that supplies every area's denominator; the areas themselves when null. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "denominator_supplier_id")
  public Unit denominatorSupplier;

  @Column(name = "source_note")
  public String sourceNote;

  @Column(name = "baseline_year")
  public Integer baselineYear;

  /** Percent. */
  @Column(name = "baseline_value")
  public BigDecimal baselineValue;

  @Version public long version;
}
