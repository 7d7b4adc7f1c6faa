package vn.gov.plantracker.reminder;

/** Why a line is in a user's digest. */
public enum ReminderKind {
  /** The report is due in one of the configured lead days. */
  DUE_SOON,
  DUE_TODAY,
  /** The report is still missing after its due date. */
  OVERDUE,
  /** The coordinator returned the report with a reason. */
  RETURNED,
  /** For the coordinator: a period past due with reports still missing. */
  MISSING_REPORTS
}
