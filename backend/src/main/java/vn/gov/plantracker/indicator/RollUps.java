package vn.gov.plantracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.indicator.Areas.Area;
import vn.gov.plantracker.indicator.IndicatorDtos.Series;
import vn.gov.plantracker.indicator.IndicatorDtos.SeriesChange;
import vn.gov.plantracker.indicator.IndicatorDtos.YearPoint;
import vn.gov.plantracker.unit.ChangeKind;
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
  private final Territory territory;

  RollUps(Thresholds thresholds, Territory territory) {
    this.thresholds = thresholds;
    this.territory = territory;
  }

  @Transactional
  public Series series(long indicatorId, Long unitId) {
    Indicator indicator = IndicatorService.find(indicatorId);
    Unit root =
        unitId == null
            ? indicator.target.plan.issuer
            : Unit.<Unit>findByIdOptional(unitId)
                .orElseThrow(() -> ApiException.notFound("entity.unit", unitId));
    Map<Integer, List<long[]>> values = values(indicator);
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
    for (int year : values.keySet()) {
      first = Math.min(first, year);
      last = Math.max(last, year);
    }
    List<YearPoint> years = new ArrayList<>();
    Map<Integer, BigDecimal> shown = new TreeMap<>();
    Map<Integer, List<String>> territories = territory.of(root, first, last);
    List<Object[]> members = Areas.members(indicator);
    Set<Long> touched = new HashSet<>(List.of(root.id));
    for (int year = first; year <= last; year++) {
      Map<Long, Area> inScope = new HashMap<>();
      Areas.under(members, territories.get(year)).forEach(a -> inScope.put(a.id(), a));
      touched.addAll(inScope.keySet());
      long[] sum = new long[3];
      for (long[] v : values.getOrDefault(year, List.of())) {
        if (inScope.containsKey(v[0])) {
          sum[0] += v[1];
          sum[1] += v[2];
          sum[2]++;
        }
      }
      BigDecimal value = sum[2] == 0 ? null : Areas.percent(sum[0], sum[1]);
      if (value != null) {
        shown.put(year, value);
      }
      int y = year;
      int expected = (int) inScope.values().stream().filter(a -> a.existedIn(y)).count();
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
        path.project(shown),
        changes(touched, first, last));
  }

  /** The organisation changes of these units within the years; one statement. */
  private static List<SeriesChange> changes(Set<Long> unitIds, int first, int last) {
    return Indicator.getEntityManager()
        .createQuery(
            "select distinct c.id, c.kind, c.effectiveDate, c.basisNumber"
                + " from OrganisationChange c join c.units cu where cu.unit.id in :units"
                + " and c.effectiveDate between :from and :to order by c.effectiveDate, c.id",
            Object[].class)
        .setParameter("units", unitIds)
        .setParameter("from", LocalDate.of(first, 1, 1))
        .setParameter("to", LocalDate.of(last, 12, 31))
        .getResultList()
        .stream()
        .map(
            row ->
                new SeriesChange(
                    (Long) row[0], (ChangeKind) row[1], (LocalDate) row[2], (String) row[3]))
        .toList();
  }

  /** Per year: each area's numerator and denominator, where both are given; one statement. */
  private static Map<Integer, List<long[]>> values(Indicator indicator) {
    Map<Integer, List<long[]>> values = new HashMap<>();
    Indicator.getEntityManager()
        .createQuery(
            "select v.year, v.unit.id, v.numerator, v.denominator from IndicatorValue v"
                + " where v.indicator = :indicator"
                + " and v.numerator is not null and v.denominator is not null",
            Object[].class)
        .setParameter("indicator", indicator)
        .getResultList()
        .forEach(
            row ->
                values
                    .computeIfAbsent((Integer) row[0], k -> new ArrayList<>())
                    .add(
                        new long[] {
                          (Long) row[1],
                          ((Number) row[2]).longValue(),
                          ((Number) row[3]).longValue()
                        }));
    return values;
  }
}
