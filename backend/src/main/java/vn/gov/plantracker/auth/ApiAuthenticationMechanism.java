package vn.gov.plantracker.auth;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Reads who is calling: an API token ({@code Authorization: Bearer}) or the dashboard's session
 * cookie. Neither means anonymous; the endpoint then decides.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String SESSION_COOKIE = "pt_session";
  private static final String BEARER = "Bearer ";

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identityProviderManager) {
    String authorization = context.request().getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      String secret = authorization.substring(BEARER.length()).trim();
      return identityProviderManager.authenticate(
          HttpSecurityUtils.setRoutingContextAttribute(new BearerRequest(secret), context));
    }
    Cookie cookie = context.request().getCookie(SESSION_COOKIE);
    if (cookie != null && !cookie.getValue().isBlank()) {
      return identityProviderManager.authenticate(
          HttpSecurityUtils.setRoutingContextAttribute(
              new SessionRequest(cookie.getValue()), context));
    }
    return Uni.createFrom().nullItem();
  }

  @Override
  public Uni<ChallengeData> getChallenge(RoutingContext context) {
    return Uni.createFrom().item(new ChallengeData(401, null, null));
  }

  @Override
  public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
    return Set.of(SessionRequest.class, BearerRequest.class);
  }
}
