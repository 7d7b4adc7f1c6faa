package vn.gov.plantracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.indicator.Areas.Area;
import vn.gov.plantracker.indicator.IndicatorDtos.Series;
import vn.gov.plantracker.indicator.IndicatorDtos.YearPoint;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitDtos.UnitRef;

/**
 * An indicator for a unit and everything under it, year by year: the ratio of summed numerators to
 * summed denominators (never an average of percentages), how many of the expected areas it rests
 * on, and where it stands on the path to the target.
 */
@ApplicationScoped
public class RollUps {

  private final Thresholds thresholds;

  RollUps(Thresholds thresholds) {
    this.thresholds = thresholds;
  }

  @Transactional
  public Series series(long indicatorId, Long unitId) {
    Indicator indicator = IndicatorService.find(indicatorId);
    Unit root =
        unitId == null
            ? indicator.target.plan.issuer
            : Unit.<Unit>findByIdOptional(unitId)
                .orElseThrow(() -> ApiException.notFound("entity.unit", unitId));
    List<Area> areas = Areas.under(indicator, root);
    Map<Integer, long[]> sums = sums(indicator, root);
    Trajectory path =
        new Trajectory(
            indicator.baselineYear,
            indicator.baselineValue,
            indicator.target.targetYear,
            indicator.target.low,
            thresholds);

    int first = indicator.target.plan.issueYear;
    if (indicator.baselineYear != null) {
      first = Math.min(first, indicator.baselineYear);
    }
    int last = indicator.target.targetYear;
    for (int year : sums.keySet()) {
      first = Math.min(first, year);
      last = Math.max(last, year);
    }
    List<YearPoint> years = new ArrayList<>();
    Map<Integer, BigDecimal> values = new TreeMap<>();
    for (int year = first; year <= last; year++) {
      long[] sum = sums.getOrDefault(year, new long[3]);
      BigDecimal value = sum[2] == 0 ? null : Areas.percent(sum[0], sum[1]);
      if (value != null) {
        values.put(year, value);
      }
      int y = year;
      int expected = (int) areas.stream().filter(a -> a.existedIn(y)).count();
      years.add(
          new YearPoint(
              year,
              sum[0],
              sum[1],
              value,
              (int) sum[2],
              expected,
              path.expected(year),
              path.status(year, value)));
    }
    return new Series(
        indicator.id,
        UnitRef.of(root),
        indicator.target.targetYear,
        indicator.target.low,
        indicator.target.high,
        indicator.baselineYear,
        indicator.baselineValue,
        years,
        path.project(values));
  }

  /** Per year: summed numerators, summed denominators, areas with both; in one statement. */
  private static Map<Integer, long[]> sums(Indicator indicator, Unit root) {
    Map<Integer, long[]> sums = new HashMap<>();
    Indicator.getEntityManager()
        .createQuery(
            "select v.year, sum(v.numerator), sum(v.denominator), count(v) from IndicatorValue v"
                + " join v.unit u where v.indicator = :indicator and u.path like :prefix"
                + " and v.numerator is not null and v.denominator is not null"
                + " and u in (select m from UnitGroup g join g.members m where g = :group)"
                + " group by v.year",
            Object[].class)
        .setParameter("indicator", indicator)
        .setParameter("prefix", root.path + "%")
        .setParameter("group", indicator.areas)
        .getResultList()
        .forEach(
            row ->
                sums.put(
                    (Integer) row[0],
                    new long[] {
                      ((Number) row[1]).longValue(),
                      ((Number) row[2]).longValue(),
                      ((Number) row[3]).longValue()
                    }));
    return sums;
  }
}
