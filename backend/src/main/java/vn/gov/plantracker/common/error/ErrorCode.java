package vn.gov.plantracker.common.error;

/**
 * The stable catalogue of API errors. The name is sent as {@code code} in every problem; title and
 * detail come from {@code messages*.properties} under the same name.
 */
public enum ErrorCode {
  NOT_FOUND(404),
  ROUTE_NOT_FOUND(404),
  MALFORMED_REQUEST(400),
  UNAUTHENTICATED(401),
  LOGIN_FAILED(401),
  /** The password was right; send it again with the second-factor code. */
  OTP_REQUIRED(401),
  OTP_INVALID(401),
  FORBIDDEN(403),
  CSRF_TOKEN_INVALID(403),
  TOKEN_SCOPE_INSUFFICIENT(403),
  TOKEN_UNIT_CLOSED(403),
  SECOND_FACTOR_NOT_ALLOWED(403),
  LOGIN_THROTTLED(429),
  PASSWORD_RESET_THROTTLED(429),
  PASSWORD_RESET_DISABLED(404),
  RESET_TOKEN_INVALID(422),
  RESET_TOKEN_EXPIRED(410),
  VALIDATION_FAILED(422),
  RULE_VIOLATED(422),
  VALUE_NOT_STORABLE(422),
  STALE_VERSION(409),
  /** The unit reports changed since the consolidated report was compiled; compile it again. */
  CONSOLIDATED_OUTDATED(409),
  CONFLICT(409),
  METHOD_NOT_ALLOWED(405),
  NOT_ACCEPTABLE(406),
  UNSUPPORTED_MEDIA_TYPE(415),
  PAYLOAD_TOO_LARGE(413),
  REQUEST_TIMEOUT(408),
  INTERNAL_ERROR(500),
  SERVICE_UNAVAILABLE(503),
  /** No secret key is configured (or not the right one), so second factors cannot be used. */
  SECOND_FACTOR_UNAVAILABLE(503);

  private final int status;

  ErrorCode(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }

  /** The problem type URI, stable for clients to switch on. */
  public String type() {
    return "/problems/" + name().toLowerCase().replace('_', '-');
  }
}
