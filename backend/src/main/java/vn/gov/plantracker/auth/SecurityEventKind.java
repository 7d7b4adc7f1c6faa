package vn.gov.plantracker.auth;

/** What happened, in the security log. */
public enum SecurityEventKind {
  LOGIN_SUCCEEDED,
  LOGIN_FAILED,
  LOGIN_THROTTLED,
  LOGOUT,
  ACCESS_DENIED,
  PASSWORD_CHANGED,
  TOKEN_CREATED,
  TOKEN_REVOKED,
  /** Someone asked for a reset link (for an account or not); username is the login as typed. */
  PASSWORD_RESET_REQUESTED,
  PASSWORD_RESET_THROTTLED,
  /** A reset link set a new password; every session of the user ended. */
  PASSWORD_RESET_COMPLETED,
  /** The password was right; the account's second-factor code was asked for. */
  OTP_REQUIRED,
  /** A wrong or reused second-factor code at sign-in; counts as a failed sign-in. */
  OTP_FAILED,
  SECOND_FACTOR_ENABLED,
  SECOND_FACTOR_DISABLED,
  /** An administrator removed a user's second factor. */
  SECOND_FACTOR_RESET,
  PROVIDER_LOGIN_SUCCEEDED,
  PROVIDER_LOGIN_REFUSED,
  PROVIDER_LINK_REMOVED
}
