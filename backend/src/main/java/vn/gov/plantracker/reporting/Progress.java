package vn.gov.plantracker.reporting;

/** How far a unit got with a task in the period. */
public enum Progress {
  NOT_STARTED,
  IN_PROGRESS,
  DONE,
  /** Facing difficulties: the obstacles say which. */
  DIFFICULTIES,
  NOT_APPLICABLE
}
