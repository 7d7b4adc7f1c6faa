package vn.gov.plantracker.common.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers every response carries, set before any route runs: no sniffing, no framing, no referrer,
 * a strict content policy, HSTS over TLS, and API answers never cached.
 */
@ApplicationScoped
public class SecurityHeaders {

  /**
   * The dashboard loads only its own scripts; antd writes its styles inline, hence the one
   * 'unsafe-inline' for styles.
   */
  static final String DASHBOARD_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; font-src 'self' data:; connect-src 'self';"
          + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  /** Swagger UI starts from an inline script in its page. */
  static final String SWAGGER_POLICY =
      DASHBOARD_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");

  void install(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).handler(this::addHeaders);
  }

  private void addHeaders(RoutingContext context) {
    context.addHeadersEndHandler(
        ignored -> {
          var headers = context.response().headers();
          String path = context.normalizedPath();
          headers.set("X-Content-Type-Options", "nosniff");
          headers.set("X-Frame-Options", "DENY");
          headers.set("Referrer-Policy", "no-referrer");
          headers.set(
              "Content-Security-Policy",
              path.startsWith("/q/swagger-ui") ? SWAGGER_POLICY : DASHBOARD_POLICY);
          if (ForwardedRequest.of(context).https()) {
            headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
          }
          if (path.startsWith("/api/")) {
            headers.set("Cache-Control", "no-store");
          }
        });
    context.next();
  }
}
