package vn.gov.plantracker.reporting;

import vn.gov.plantracker.reporting.ReportingDtos.Compliance;

/** Adds up reports by status and lateness into compliance figures. */
final class ComplianceTally {

  private long expected;
  private long submitted;
  private long late;
  private long missing;
  private long returned;
  private long accepted;

  /** {@code count} reports with this status and lateness. */
  void add(ReportStatus status, boolean isLate, long count) {
    expected += count;
    if (status == ReportStatus.DRAFT) {
      missing += count;
    } else {
      submitted += count;
      late += isLate ? count : 0;
    }
    returned += status == ReportStatus.RETURNED ? count : 0;
    accepted += status == ReportStatus.ACCEPTED ? count : 0;
  }

  Compliance result() {
    return new Compliance(expected, submitted, submitted - late, late, missing, returned, accepted);
  }
}
