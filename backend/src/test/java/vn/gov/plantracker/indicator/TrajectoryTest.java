package vn.gov.plantracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The straight path to a target and the status rules, on hand-computed figures. */
class TrajectoryTest {

  private static final Thresholds TOLERANCE_0_MARGIN_5 =
      new Thresholds() {
        @Override
        public BigDecimal tolerance() {
          return BigDecimal.ZERO;
        }

        @Override
        public BigDecimal atRiskMargin() {
          return BigDecimal.valueOf(5);
        }
      };

  /** 30 % in 2024 to 45–50 % by 2030: 2.5 points a year. */
  private static final Trajectory RANGE =
      new Trajectory(2024, new BigDecimal("30"), 2030, new BigDecimal("45"), TOLERANCE_0_MARGIN_5);

  private static BigDecimal pct(String value) {
    return new BigDecimal(value);
  }

  @Test
  void shouldDrawAStraightPathFromTheBaselineToTheTargetsLowEnd() {
    assertThat(RANGE.expected(2024)).isEqualByComparingTo("30");
    assertThat(RANGE.expected(2025)).isEqualByComparingTo("32.5");
    assertThat(RANGE.expected(2027)).isEqualByComparingTo("37.5");
    assertThat(RANGE.expected(2030)).isEqualByComparingTo("45");
    assertThat(RANGE.expected(2023)).isNull();
    assertThat(RANGE.expected(2031)).isNull();
  }

  @Test
  void shouldSayOnTrackAtRiskOrOffTrackAgainstThePath() {
    assertThat(RANGE.status(2027, pct("37.5"))).isEqualTo(TargetStatus.ON_TRACK);
    assertThat(RANGE.status(2027, pct("37.49"))).isEqualTo(TargetStatus.AT_RISK);
    assertThat(RANGE.status(2027, pct("32.5"))).isEqualTo(TargetStatus.AT_RISK);
    assertThat(RANGE.status(2027, pct("32.49"))).isEqualTo(TargetStatus.OFF_TRACK);
    assertThat(RANGE.status(2027, null)).isNull();
  }

  @Test
  void shouldMeetARangeTargetAnywhereFromItsLowEnd() {
    assertThat(RANGE.status(2030, pct("45"))).isEqualTo(TargetStatus.ON_TRACK);
    assertThat(RANGE.status(2030, pct("47.5"))).isEqualTo(TargetStatus.ON_TRACK);
    assertThat(RANGE.status(2030, pct("44.99"))).isEqualTo(TargetStatus.AT_RISK);
    assertThat(RANGE.status(2031, pct("46"))).isEqualTo(TargetStatus.ON_TRACK);
  }

  @Test
  void shouldMeetAnAtLeastTargetOnlyFromItsFigure() {
    Trajectory fifty =
        new Trajectory(
            2025, new BigDecimal("40"), 2030, new BigDecimal("50"), TOLERANCE_0_MARGIN_5);
    assertThat(fifty.expected(2028)).isEqualByComparingTo("46");
    assertThat(fifty.status(2030, pct("50"))).isEqualTo(TargetStatus.ON_TRACK);
    assertThat(fifty.status(2030, pct("49.99"))).isEqualTo(TargetStatus.AT_RISK);
    assertThat(fifty.status(2030, pct("44.99"))).isEqualTo(TargetStatus.OFF_TRACK);
  }

  @Test
  void shouldGiveNoPathOrStatusWithoutABaseline() {
    Trajectory unknown = new Trajectory(null, null, 2030, pct("45"), TOLERANCE_0_MARGIN_5);
    assertThat(unknown.expected(2027)).isNull();
    assertThat(unknown.status(2027, pct("40"))).isNull();
    assertThat(unknown.status(2030, pct("46"))).isEqualTo(TargetStatus.ON_TRACK);
  }

  @Test
  void shouldProjectTheLeastSquaresLineThroughTheBaselineAndTheValues() {
    // Points (2024, 30) (2026, 34) (2028, 38): 2 points a year, so 42 in 2030.
    var projection = RANGE.project(Map.of(2026, pct("34"), 2028, pct("38")));
    assertThat(projection.year()).isEqualTo(2030);
    assertThat(projection.value()).isEqualByComparingTo("42");
    assertThat(projection.status()).isEqualTo(TargetStatus.AT_RISK);

    // (2024, 30) (2025, 40) (2026, 50): 10 a year gives 90 in 2030.
    assertThat(RANGE.project(Map.of(2025, pct("40"), 2026, pct("50"))).value())
        .isEqualByComparingTo("90");
    // A steep fall stops at zero rather than going negative.
    assertThat(RANGE.project(Map.of(2025, pct("5"))).value()).isEqualByComparingTo("0");
    assertThat(RANGE.project(Map.of())).as("the baseline alone draws no line").isNull();
  }
}
