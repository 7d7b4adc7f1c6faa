package vn.gov.plantracker.common.error;

/**
 * A failure the client can act on. Arguments fill the localised detail; an argument that is a
 * {@link MessageKey} is localised too (e.g. the name of the entity that was not found).
 */
public class ApiException extends RuntimeException {

  private final ErrorCode code;
  private final transient Object[] args;
  private final String field;
  private final transient java.time.Duration retryAfter;
  private transient Stale stale;
  private transient MessageKey fieldMessage;

  /** Which record a stale write was about, and the version it has now. */
  public record Stale(String entityKey, Object id, long currentVersion) {}

  public ApiException(ErrorCode code, Object... args) {
    this(code, null, args);
  }

  private ApiException(ErrorCode code, String field, Object... args) {
    this(code, field, null, args);
  }

  private ApiException(
      ErrorCode code, String field, java.time.Duration retryAfter, Object... args) {
    super(code.name());
    this.code = code;
    this.field = field;
    this.retryAfter = retryAfter;
    this.args = args;
  }

  /** Too many attempts: the client may try again after this long. */
  public static ApiException throttled(ErrorCode code, java.time.Duration retryAfter) {
    long minutes = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    return new ApiException(code, null, retryAfter, minutes);
  }

  /** When set, the response tells the client when to retry. */
  public java.time.Duration retryAfter() {
    return retryAfter;
  }

  /** A field that is required in this case was not sent. */
  public static ApiException missing(String field) {
    return new ApiException(ErrorCode.VALIDATION_FAILED, field, new Object[0]);
  }

  /** A field's value is refused for the reason the message key names. */
  public static ApiException invalid(String field, String messageKey, Object... args) {
    ApiException e = new ApiException(ErrorCode.VALIDATION_FAILED, field, new Object[0]);
    e.fieldMessage = new MessageKey(messageKey, args);
    return e;
  }

  /** Why {@link #field()} is invalid: required unless another reason was given. */
  public MessageKey fieldMessage() {
    return fieldMessage == null ? new MessageKey("field.required") : fieldMessage;
  }

  /** The caller is signed in but may not do this. */
  public static ApiException forbidden() {
    return new ApiException(ErrorCode.FORBIDDEN);
  }

  /** The one invalid field, for a validation failure found by a service. */
  public String field() {
    return field;
  }

  /**
   * Checks the version a client sent back against the current one: missing is invalid, different
   * means someone else changed it since (409).
   */
  public static void checkVersion(Long sent, long current, String entityKey, Object id) {
    if (sent == null) {
      throw new ApiException(ErrorCode.VALIDATION_FAILED, "version");
    }
    if (sent != current) {
      ApiException e = staleVersion(entityKey, id);
      e.stale = new Stale(entityKey, id, current);
      throw e;
    }
  }

  /** For a stale write found by {@link #checkVersion}: what it was about; otherwise null. */
  public Stale stale() {
    return stale;
  }

  public ErrorCode code() {
    return code;
  }

  public Object[] args() {
    return args;
  }

  public static ApiException notFound(String entityKey, Object id) {
    return new ApiException(ErrorCode.NOT_FOUND, new MessageKey(entityKey), String.valueOf(id));
  }

  public static ApiException staleVersion(String entityKey, Object id) {
    return new ApiException(ErrorCode.STALE_VERSION, new MessageKey(entityKey), String.valueOf(id));
  }

  /** A domain rule was broken; {@code ruleKey} names the localised explanation. */
  public static ApiException rule(String ruleKey, Object... args) {
    Object[] all = new Object[args.length + 1];
    all[0] = new MessageKey(ruleKey, args);
    System.arraycopy(args, 0, all, 1, args.length);
    return new ApiException(ErrorCode.RULE_VIOLATED, all);
  }

  public static ApiException conflict(String ruleKey, Object... args) {
    return new ApiException(ErrorCode.CONFLICT, new MessageKey(ruleKey, args));
  }
}
