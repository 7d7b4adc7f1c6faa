package vn.gov.plantracker.reporting;

/** Where an obstacle raised in a report stands. */
public enum ObstacleStatus {
  OPEN,
  BEING_HANDLED,
  RESOLVED,
  ESCALATED;

  /** Still needs someone's attention: shown on the board and in the consolidated report. */
  public boolean unresolved() {
    return this != RESOLVED;
  }
}
