package vn.gov.plantracker.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.gov.plantracker.common.error.ErrorCode;
import vn.gov.plantracker.common.error.Messages;
import vn.gov.plantracker.common.error.Problem;
import vn.gov.plantracker.common.error.ProblemMappers;

/**
 * Failures the HTTP layer answers before any resource runs (a body over the size limit, a body that
 * arrives too slowly), given the same problem+json body as every other error.
 */
@ApplicationScoped
public class HttpFailures {

  private static final Logger LOG = Logger.getLogger(HttpFailures.class);

  private final ObjectMapper json;
  private final long maxBodyBytes;
  private final long bodyTimeoutMillis;

  HttpFailures(
      ObjectMapper json,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
      @ConfigProperty(name = "plantracker.http.body-timeout") Duration bodyTimeout) {
    this.json = json;
    this.maxBodyBytes = maxBodySize.asLongValue();
    this.bodyTimeoutMillis = bodyTimeout.toMillis();
  }

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE + 1).handler(this::checkLength);
    router.route().order(Integer.MIN_VALUE + 2).handler(this::limitBodyTime);
    router.route().order(Integer.MIN_VALUE).failureHandler(this::ignoreWhenAnswered);
  }

  /**
   * A failure after the answer was sent (a body cut for arriving too slowly, a client gone) has
   * nobody left to tell: nothing to log as an error.
   */
  private void ignoreWhenAnswered(RoutingContext context) {
    if (context.response().ended() || context.response().closed()) {
      LOG.debugf(
          "Failure after the answer was sent on %s: %s",
          context.request().path(), context.failure());
      return;
    }
    context.next();
  }

  private void checkLength(RoutingContext context) {
    String length = context.request().getHeader("Content-Length");
    if (length == null || !tooLarge(length)) {
      context.next();
      return;
    }
    refuse(context, ErrorCode.PAYLOAD_TOO_LARGE);
  }

  /**
   * A client that sends its body a byte at a time would hold a connection and a worker as long as
   * it likes; the whole body must have arrived within the limit, however steadily it trickles.
   */
  private void limitBodyTime(RoutingContext context) {
    HttpServerRequest request = context.request();
    if (request.isEnded()) {
      context.next();
      return;
    }
    Vertx vertx = context.vertx();
    long timer =
        vertx.setTimer(
            bodyTimeoutMillis,
            fired -> {
              if (!request.isEnded() && !context.response().headWritten()) {
                refuse(context, ErrorCode.REQUEST_TIMEOUT);
              }
            });
    context.addEndHandler(done -> vertx.cancelTimer(timer));
    context.next();
  }

  private void refuse(RoutingContext context, ErrorCode code) {
    Locale locale = Messages.locale(context.request().getHeader("Accept-Language"));
    Problem problem =
        new Problem(
            code.type(),
            Messages.text(locale, code.name() + ".title"),
            code.status(),
            Messages.text(locale, code.name() + ".detail"),
            context.request().path(),
            code.name(),
            null,
            null,
            null,
            null);
    try {
      context
          .response()
          .setStatusCode(code.status())
          .putHeader("Content-Type", ProblemMappers.PROBLEM_JSON)
          .putHeader("Content-Language", locale.getLanguage())
          .putHeader("Connection", "close")
          .end(json.writeValueAsString(problem))
          // The rest of the body is never read: close, as the HTTP layer's own 413 does.
          .onComplete(sent -> context.request().connection().close());
    } catch (JsonProcessingException e) {
      context.fail(e);
    }
  }

  private boolean tooLarge(String contentLength) {
    try {
      return Long.parseLong(contentLength.strip()) > maxBodyBytes;
    } catch (NumberFormatException unreadable) {
      return false;
    }
  }
}
