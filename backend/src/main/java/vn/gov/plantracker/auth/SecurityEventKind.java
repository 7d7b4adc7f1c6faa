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
  PROVIDER_LOGIN_SUCCEEDED,
  PROVIDER_LOGIN_REFUSED,
  PROVIDER_LINK_REMOVED
}
