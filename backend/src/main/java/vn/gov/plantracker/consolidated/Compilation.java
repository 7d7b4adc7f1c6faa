package vn.gov.plantracker.consolidated;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.gov.plantracker.common.file.Checksums;
import vn.gov.plantracker.indicator.IndicatorDtos.YearPoint;
import vn.gov.plantracker.reporting.ObstacleStatus;
import vn.gov.plantracker.reporting.Progress;
import vn.gov.plantracker.reporting.ReportStatus;
import vn.gov.plantracker.reporting.ReportingDtos.Compliance;
import vn.gov.plantracker.reporting.ReportingPeriod;
import vn.gov.plantracker.task.Role;

/** Everything a period's unit reports say, gathered for the consolidated report. */
record Compilation(
    ReportingPeriod period,
    Compliance compliance,
    List<UnitLine> units,
    List<TaskLine> tasks,
    List<ObstacleLine> obstacles,
    List<TargetLine> targets) {

  /**
   * A SHA-256 of everything the files show. Two compilations with the same fingerprint give the
   * same report; the period (an entity, without a value's text) is the same by construction.
   */
  String fingerprint() {
    String content = List.of(compliance, units, tasks, obstacles, targets).toString();
    return Checksums.sha256(content.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * How an indicator stands in the period's year, rolled up for the issuer's area, and its series
   * up to that year.
   */
  record TargetLine(
      String name, String range, int targetYear, YearPoint year, List<YearPoint> series) {}

  /** Where one unit's report stands. */
  record UnitLine(
      String unit, ReportStatus status, Instant submittedAt, boolean late, Instant acceptedAt) {}

  /**
   * One task: its compliance, what the reporting units say (lead first) and who has not reported.
   */
  record TaskLine(
      String code,
      String text,
      Compliance compliance,
      List<Contribution> contributions,
      Map<Progress, Long> progress,
      List<String> notReported) {}

  /**
   * A unit's account of a task in a report that counts (submitted or accepted): its results as
   * plain paragraphs, and its figures.
   */
  record Contribution(
      String unit, Role role, Progress progress, List<String> results, List<Figure> figures) {}

  /** A figure a unit gave, with what it counts in (may be null). */
  record Figure(String label, BigDecimal value, String unit) {}

  /** An obstacle not resolved yet. */
  record ObstacleLine(
      String unit,
      String taskCode,
      String description,
      String proposal,
      ObstacleStatus status,
      String owner,
      String response) {}
}
