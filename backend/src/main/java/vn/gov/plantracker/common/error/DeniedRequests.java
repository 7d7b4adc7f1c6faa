package vn.gov.plantracker.common.error;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import vn.gov.plantracker.auth.Actor;
import vn.gov.plantracker.auth.ClientInfo;
import vn.gov.plantracker.auth.SecurityEventKind;
import vn.gov.plantracker.auth.SecurityEventLog;

/** Puts every refused request (401, 403) in the security log, with who and from where. */
@ApplicationScoped
public class DeniedRequests {

  private final SecurityEventLog log;
  private final Instance<CurrentVertxRequest> request;

  DeniedRequests(SecurityEventLog log, Instance<CurrentVertxRequest> request) {
    this.log = log;
    this.request = request;
  }

  public void record() {
    RoutingContext context = request.get().getCurrent();
    String username = null;
    Long userId = null;
    if (context != null && context.user() instanceof QuarkusHttpUser user) {
      SecurityIdentity identity = user.getSecurityIdentity();
      Actor actor = identity.getAttribute(Actor.ATTRIBUTE);
      username = identity.isAnonymous() ? null : identity.getPrincipal().getName();
      userId = actor == null ? null : actor.userId();
    }
    log.recordLater(SecurityEventKind.ACCESS_DENIED, username, userId, ClientInfo.of(context));
  }
}
