package vn.gov.plantracker.auth;

import io.vertx.ext.web.RoutingContext;
import vn.gov.plantracker.common.http.ForwardedRequest;

/** Where a request comes from, as recorded with sessions, security events and changes. */
public record ClientInfo(String ip, String userAgent, String method, String path) {

  public static final ClientInfo NONE = new ClientInfo(null, null, null, null);

  public static ClientInfo of(RoutingContext context) {
    if (context == null) {
      return NONE;
    }
    var request = context.request();
    return new ClientInfo(
        ForwardedRequest.of(context).ip(),
        cut(request.getHeader("User-Agent"), 300),
        request.method().name(),
        cut(request.path(), 500));
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
