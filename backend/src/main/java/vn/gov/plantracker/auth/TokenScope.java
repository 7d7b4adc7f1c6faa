package vn.gov.plantracker.auth;

/** What an API token may do on its owner's behalf. */
public enum TokenScope {
  /** Read whatever the owner may read. */
  READ,
  /** Read, and write reports for the token's units (when reports exist). */
  REPORT_WRITE
}
