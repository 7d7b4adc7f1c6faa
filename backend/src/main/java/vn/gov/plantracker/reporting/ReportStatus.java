package vn.gov.plantracker.reporting;

/** Where a unit report is in review. */
public enum ReportStatus {
  DRAFT,
  SUBMITTED,
  RETURNED,
  /** Accepted by the coordinator; locked. */
  ACCEPTED
}
