package vn.gov.plantracker.token;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gov.plantracker.auth.BearerRequest;
import vn.gov.plantracker.auth.Identities;

/** Turns an API token into its owner's identity, narrowed to the token's scope. */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<BearerRequest> {

  private final TokenService tokens;

  TokenIdentityProvider(TokenService tokens) {
    this.tokens = tokens;
  }

  @Override
  public Class<BearerRequest> getRequestType() {
    return BearerRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      BearerRequest request, AuthenticationRequestContext context) {
    RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
    String method = http == null ? "GET" : http.request().method().name();
    String path = http == null ? null : http.normalizedPath();
    return context.runBlocking(
        () -> Identities.of(tokens.authenticate(request.secret(), method, path)));
  }
}
