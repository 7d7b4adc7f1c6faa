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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import vn.gov.plantracker.unit.Unit;

/**
 * An area's figures for an indicator in one year. Numerator and denominator may come from different
 * units, so either may still be missing; only a value with both counts in a roll-up.
 */
@Audited
@Entity
@Table(name = "indicator_value")
public class IndicatorValue extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "indicator_id")
  public Indicator indicator;

  /** The area the figures are about. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id")
  public Unit unit;

  @Column(name = "value_year")
  public int year;

  public Long numerator;

  public Long denominator;

  @Column(name = "female_numerator")
  public Long femaleNumerator;

  @Column(name = "female_denominator")
  public Long femaleDenominator;

  @Column(name = "minority_numerator")
  public Long minorityNumerator;

  @Column(name = "minority_denominator")
  public Long minorityDenominator;

  @Column(name = "source_note")
  public String sourceNote;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Version public long version;

  public boolean complete() {
    return numerator != null && denominator != null;
  }
}
