package vn.gov.plantracker.consolidated;

/** A consolidated report is edited as a draft until it is finalised with its number. */
public enum ConsolidatedStatus {
  DRAFT,
  FINAL
}
