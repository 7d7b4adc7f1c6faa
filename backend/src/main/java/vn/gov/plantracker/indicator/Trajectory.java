package vn.gov.plantracker.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;
import vn.gov.plantracker.indicator.IndicatorDtos.Projection;

/**
 * The straight path from the baseline to the target's lower bound (a range is met anywhere from its
 * low end up), where each year's value stands on it, and where the trend leads.
 *
 * @param baselineYear null when the baseline is not known yet: then there is no path
 */
record Trajectory(
    Integer baselineYear,
    BigDecimal baselineValue,
    int targetYear,
    BigDecimal targetLow,
    Thresholds thresholds) {

  /** The value the path expects in a year; null outside baseline–target or without a baseline. */
  BigDecimal expected(int year) {
    if (baselineYear == null || year < baselineYear || year > targetYear) {
      return null;
    }
    if (year == targetYear || targetYear == baselineYear) {
      return targetLow;
    }
    BigDecimal share =
        BigDecimal.valueOf(year - baselineYear)
            .divide(BigDecimal.valueOf(targetYear - baselineYear), 10, RoundingMode.HALF_UP);
    return baselineValue
        .add(targetLow.subtract(baselineValue).multiply(share))
        .setScale(2, RoundingMode.HALF_UP);
  }

  /** Null when there is no value or no path to compare it with. */
  TargetStatus status(int year, BigDecimal value) {
    BigDecimal path = year >= targetYear ? targetLow : expected(year);
    return value == null || path == null ? null : against(path, value);
  }

  private TargetStatus against(BigDecimal path, BigDecimal value) {
    if (value.compareTo(path.subtract(thresholds.tolerance())) >= 0) {
      return TargetStatus.ON_TRACK;
    }
    if (value.compareTo(path.subtract(thresholds.atRiskMargin())) >= 0) {
      return TargetStatus.AT_RISK;
    }
    return TargetStatus.OFF_TRACK;
  }

  /**
   * The value in the target year on the least-squares line through the baseline and the reported
   * values, kept within 0–100; null with fewer than two years to draw it through.
   */
  Projection project(Map<Integer, BigDecimal> values) {
    Map<Integer, BigDecimal> points = new TreeMap<>(values);
    if (baselineYear != null && !points.containsKey(baselineYear)) {
      points.put(baselineYear, baselineValue);
    }
    if (points.size() < 2) {
      return null;
    }
    double meanX = points.keySet().stream().mapToDouble(Integer::doubleValue).average().orElse(0);
    double meanY =
        points.values().stream().mapToDouble(BigDecimal::doubleValue).average().orElse(0);
    double covariance = 0;
    double variance = 0;
    for (var point : points.entrySet()) {
      double dx = point.getKey() - meanX;
      covariance += dx * (point.getValue().doubleValue() - meanY);
      variance += dx * dx;
    }
    double projected = meanY + covariance / variance * (targetYear - meanX);
    BigDecimal value =
        BigDecimal.valueOf(Math.max(0, Math.min(100, projected))).setScale(2, RoundingMode.HALF_UP);
    return new Projection(targetYear, value, against(targetLow, value));
  }
}
