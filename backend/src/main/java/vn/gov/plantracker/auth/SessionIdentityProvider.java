package vn.gov.plantracker.auth;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a session cookie into the signed-in user's identity. */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionRequest> {

  public static final String CSRF_HEADER = "X-CSRF-Token";

  private final SessionService sessions;

  SessionIdentityProvider(SessionService sessions) {
    this.sessions = sessions;
  }

  @Override
  public Class<SessionRequest> getRequestType() {
    return SessionRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      SessionRequest request, AuthenticationRequestContext context) {
    RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
    String csrf = http == null ? null : http.request().getHeader(CSRF_HEADER);
    boolean unsafe = http != null && HttpMethods.unsafe(http.request().method().name());
    return context.runBlocking(
        () -> Identities.of(sessions.authenticate(request.secret(), csrf, unsafe)));
  }
}
