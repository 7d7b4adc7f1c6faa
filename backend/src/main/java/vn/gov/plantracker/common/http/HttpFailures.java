package vn.gov.plantracker.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.plantracker.common.error.ErrorCode;
import vn.gov.plantracker.common.error.Messages;
import vn.gov.plantracker.common.error.Problem;
import vn.gov.plantracker.common.error.ProblemMappers;

/**
 * Failures the HTTP layer answers before any resource runs (a body over the size limit), given the
 * same problem+json body as every other error.
 */
@ApplicationScoped
public class HttpFailures {

  private final ObjectMapper json;
  private final long maxBodyBytes;

  HttpFailures(
      ObjectMapper json,
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
    this.json = json;
    this.maxBodyBytes = maxBodySize.asLongValue();
  }

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE + 1).handler(this::checkLength);
  }

  private void checkLength(RoutingContext context) {
    String length = context.request().getHeader("Content-Length");
    if (length == null || !tooLarge(length)) {
      context.next();
      return;
    }
    ErrorCode code = ErrorCode.PAYLOAD_TOO_LARGE;
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
