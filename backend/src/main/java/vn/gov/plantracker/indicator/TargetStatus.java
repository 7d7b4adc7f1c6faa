package vn.gov.plantracker.indicator;

/** Where a year's value stands against the straight path to the target. */
public enum TargetStatus {
  ON_TRACK,
  AT_RISK,
  OFF_TRACK
}
