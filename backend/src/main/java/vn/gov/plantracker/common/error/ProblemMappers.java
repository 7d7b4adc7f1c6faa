package vn.gov.plantracker.common.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hibernate.StaleObjectStateException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.gov.plantracker.audit.LastChanges;
import vn.gov.plantracker.audit.LastChanges.LastChange;
import vn.gov.plantracker.common.time.VietnamTime;

/** Turns every failure into a localised application/problem+json response, never a stack trace. */
public class ProblemMappers {

  public static final String PROBLEM_JSON = "application/problem+json";
  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(VietnamTime.ZONE);

  private final DeniedRequests denied;
  private final LastChanges lastChanges;
  private final DatabaseOutage outage;

  ProblemMappers(DeniedRequests denied, LastChanges lastChanges, DatabaseOutage outage) {
    this.denied = denied;
    this.lastChanges = lastChanges;
    this.outage = outage;
  }

  @ServerExceptionMapper
  public Response apiException(ApiException e, HttpHeaders headers, UriInfo uri) {
    Locale locale = Messages.locale(headers);
    List<Problem.FieldError> errors =
        e.field() == null
            ? null
            : List.of(
                new Problem.FieldError(
                    e.field(),
                    Messages.text(locale, e.fieldMessage().key(), e.fieldMessage().args())));
    if (e.code().status() == 401 || e.code().status() == 403) {
      denied.record();
    }
    if (e.stale() != null) {
      LastChange change =
          lastChanges
              .of(e.stale().entityKey(), e.stale().id())
              .orElse(new LastChange(e.stale().currentVersion(), null, null));
      return stale(change, new MessageKey(e.stale().entityKey()), locale, uri);
    }
    Response response = build(e.code(), locale, uri, errors, e.args());
    if (e.retryAfter() != null) {
      response.getHeaders().putSingle("Retry-After", Math.max(1, e.retryAfter().toSeconds()));
    }
    return response;
  }

  /** No identity, or one that could not be verified (unknown, ended or expired credentials). */
  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public Response unauthenticated(RuntimeException e, HttpHeaders headers, UriInfo uri) {
    if (DatabaseOutage.isCause(e)) {
      return unavailable(e, headers, uri);
    }
    denied.record();
    return problem(ErrorCode.UNAUTHENTICATED, headers, uri, null);
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
    denied.record();
    return problem(ErrorCode.FORBIDDEN, headers, uri, null);
  }

  @ServerExceptionMapper
  public Response invalid(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
    Locale locale = Messages.locale(headers);
    List<Problem.FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(field(v), FieldMessages.of(v, locale)))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    return build(ErrorCode.VALIDATION_FAILED, locale, uri, errors, new Object[0]);
  }

  @ServerExceptionMapper
  public Response unreadable(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
    String field =
        e.getPath().stream()
            .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
            .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
            .orElse(null);
    Locale locale = Messages.locale(headers);
    List<Problem.FieldError> errors =
        field == null
            ? null
            : List.of(new Problem.FieldError(field, Messages.text(locale, "field.unreadable")));
    return build(ErrorCode.MALFORMED_REQUEST, locale, uri, errors, new Object[0]);
  }

  @ServerExceptionMapper
  public Response malformed(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
    return problem(ErrorCode.MALFORMED_REQUEST, headers, uri, null);
  }

  /** Two saves raced: the database refused the one that came second. */
  @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
  public Response stale(RuntimeException e, HttpHeaders headers, UriInfo uri) {
    LastChange change = null;
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof StaleObjectStateException racing) {
        change = lastChanges.ofEntity(racing.getEntityName(), racing.getIdentifier()).orElse(null);
      }
    }
    return stale(
        change == null ? new LastChange(null, null, null) : change,
        new MessageKey("entity.record"),
        Messages.locale(headers),
        uri);
  }

  private static Response stale(LastChange change, MessageKey entity, Locale locale, UriInfo uri) {
    String detail =
        change.username() == null
            ? Messages.text(locale, "STALE_VERSION.detail", entity)
            : Messages.text(
                locale,
                "STALE_VERSION.detailChangedBy",
                entity,
                change.username(),
                WHEN.format(change.at()));
    Problem body =
        new Problem(
            ErrorCode.STALE_VERSION.type(),
            Messages.text(locale, "STALE_VERSION.title"),
            ErrorCode.STALE_VERSION.status(),
            detail,
            uri == null ? null : uri.getRequestUri().getRawPath(),
            ErrorCode.STALE_VERSION.name(),
            null,
            change.version(),
            change.username(),
            change.at());
    return response(body, locale);
  }

  /** Two transactions waited on each other, and the database gave up on this one. */
  @ServerExceptionMapper({
    jakarta.persistence.PessimisticLockException.class,
    jakarta.persistence.LockTimeoutException.class,
    org.hibernate.exception.LockAcquisitionException.class
  })
  public Response lockConflict(RuntimeException e, HttpHeaders headers, UriInfo uri) {
    LOG.debugf("Concurrent change refused: %s", e.getMessage());
    return problem(ErrorCode.CONFLICT, headers, uri, null, new MessageKey("conflict.concurrent"));
  }

  @ServerExceptionMapper
  public Response dataConflict(
      org.hibernate.exception.ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
    LOG.debugf("Rejected by a database constraint: %s", e.getConstraintName());
    return problem(ErrorCode.CONFLICT, headers, uri, null, new MessageKey("conflict.constraint"));
  }

  /** A value the database cannot store (too long, out of range) that validation let through. */
  @ServerExceptionMapper
  public Response unstorable(
      org.hibernate.exception.DataException e, HttpHeaders headers, UriInfo uri) {
    LOG.debugf("Rejected by the database: %s", e.getMessage());
    return problem(ErrorCode.VALUE_NOT_STORABLE, headers, uri, null);
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
    ErrorCode code =
        switch (e.getResponse().getStatus()) {
          // JAX-RS answers 404 when a query parameter cannot be converted; that is bad input.
          case 404 ->
              e.getCause() instanceof IllegalArgumentException
                  ? ErrorCode.MALFORMED_REQUEST
                  : ErrorCode.ROUTE_NOT_FOUND;
          case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
          case 406 -> ErrorCode.NOT_ACCEPTABLE;
          case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
          case 400 -> ErrorCode.MALFORMED_REQUEST;
          default -> null;
        };
    if (code == null) {
      return unexpected(e, headers, uri);
    }
    return problem(code, headers, uri, null);
  }

  /**
   * A validator failure that is not about the data (the validation extension maps it otherwise).
   */
  @ServerExceptionMapper
  public Response validatorFailure(
      jakarta.validation.ValidationException e, HttpHeaders headers, UriInfo uri) {
    return unexpected(e, headers, uri);
  }

  @ServerExceptionMapper
  public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
    if (DatabaseOutage.isCause(e)) {
      return unavailable(e, headers, uri);
    }
    if (clientGone(e)) {
      // The connection closed while its body was read: cut for being too slow, or the client left.
      LOG.debugf("Connection closed during %s: %s", uri.getPath(), e);
      return problem(ErrorCode.REQUEST_TIMEOUT, headers, uri, null);
    }
    LOG.error("Unexpected failure on " + uri.getPath(), e);
    return problem(ErrorCode.INTERNAL_ERROR, headers, uri, null);
  }

  private static boolean clientGone(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof io.vertx.core.http.HttpClosedException) {
        return true;
      }
    }
    return false;
  }

  /** The database is down, stalled or every connection is busy: try again shortly. */
  private Response unavailable(Throwable e, HttpHeaders headers, UriInfo uri) {
    outage.record(e);
    Response response = problem(ErrorCode.SERVICE_UNAVAILABLE, headers, uri, null);
    response.getHeaders().putSingle("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS);
    return response;
  }

  private static Response problem(
      ErrorCode code,
      HttpHeaders headers,
      UriInfo uri,
      List<Problem.FieldError> errors,
      Object... args) {
    return build(code, Messages.locale(headers), uri, errors, args);
  }

  private static Response build(
      ErrorCode code, Locale locale, UriInfo uri, List<Problem.FieldError> errors, Object[] args) {
    Problem body =
        new Problem(
            code.type(),
            Messages.text(locale, code.name() + ".title"),
            code.status(),
            Messages.text(locale, code.name() + ".detail", args),
            uri == null ? null : uri.getRequestUri().getRawPath(),
            code.name(),
            errors,
            null,
            null,
            null);
    return response(body, locale);
  }

  private static Response response(Problem body, Locale locale) {
    return Response.status(body.status())
        .type(PROBLEM_JSON)
        .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
        .entity(body)
        .build();
  }

  /** The client's name for the field: the JSON property path, or the query parameter. */
  private static String field(ConstraintViolation<?> violation) {
    StringBuilder field = new StringBuilder();
    String parameter = null;
    for (Path.Node node : violation.getPropertyPath()) {
      switch (node.getKind()) {
        case PARAMETER -> parameter = node.getName();
        case PROPERTY -> {
          if (node.getIndex() != null && !field.isEmpty()) {
            field.append('[').append(node.getIndex()).append(']');
          }
          if (!field.isEmpty()) {
            field.append('.');
          }
          field.append(node.getName());
        }
        default -> {}
      }
    }
    return field.isEmpty() ? parameter : field.toString();
  }
}
