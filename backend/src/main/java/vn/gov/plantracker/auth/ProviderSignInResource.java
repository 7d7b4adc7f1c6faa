package vn.gov.plantracker.auth;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.json.JsonString;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.plantracker.auth.ProviderSignInService.ProviderAccount;
import vn.gov.plantracker.auth.ProviderSignInService.Refusal;
import vn.gov.plantracker.common.api.ApiPaths;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.error.ErrorCode;

/**
 * Sign-in through the identity provider: quarkus-oidc runs the authorization code flow (PKCE,
 * state, nonce) on this one path; on the provider's answer we open our own session as password
 * sign-in does and drop quarkus-oidc's session.
 */
@Path(ApiPaths.V1)
@Tag(name = "Session", description = "Signing in and out of the dashboard.")
public class ProviderSignInResource {

  private static final String DASHBOARD = "/";
  private static final String LOGIN_PAGE = "/login?error=";
  private static final String OIDC_SESSION_COOKIE = "q_session";
  private static final List<String> PROVIDER_ANSWER = List.of("code", "state", "error");

  private final ProviderSignInService provider;
  private final SecurityIdentity identity;
  private final CurrentActor actor;
  private final OidcAuthenticationMechanism oidc;

  ProviderSignInResource(
      ProviderSignInService provider,
      SecurityIdentity identity,
      CurrentActor actor,
      OidcAuthenticationMechanism oidc) {
    this.provider = provider;
    this.identity = identity;
    this.actor = actor;
    this.oidc = oidc;
  }

  @GET
  @Path("/session/oidc")
  @PermitAll
  @Operation(
      summary = "Sign in through the identity provider",
      description =
          "For the browser, not for scripts. Without the provider's answer, redirects to the"
              + " provider. With it, opens a session (the same cookie as POST /session) and"
              + " redirects to the dashboard, or to /login?error= with PROVIDER_ACCOUNT_UNKNOWN,"
              + " PROVIDER_ACCOUNT_DISABLED or PROVIDER_SIGN_IN_FAILED. 404 when provider sign-in"
              + " is not configured.")
  @APIResponse(responseCode = "302", description = "To the provider, to sign in there.")
  @APIResponse(responseCode = "303", description = "To the dashboard or back to the login page.")
  public Response signIn(@Context RoutingContext context) {
    if (!provider.enabled()) {
      throw new ApiException(ErrorCode.ROUTE_NOT_FOUND);
    }
    boolean answer = PROVIDER_ANSWER.stream().anyMatch(p -> context.queryParam(p).size() > 0);
    JsonWebToken idToken;
    try {
      idToken = providerIdToken();
    } catch (RuntimeException e) { // the code exchange or the tokens' checks failed
      if (answer) {
        provider.recordFailure(actor.client());
        return toLoginPage(Refusal.PROVIDER_SIGN_IN_FAILED);
      }
      idToken = null; // a stale session cookie of ours: sign in with the provider all the same
    }
    if (idToken == null) {
      return answer ? toLoginPage(Refusal.PROVIDER_SIGN_IN_FAILED) : toProvider(context);
    }
    dropOidcSession(context);
    try {
      String claim = text(idToken.getClaim(provider.linkClaim()));
      SessionService.Opened opened =
          provider.signIn(
              new ProviderAccount(idToken.getIssuer(), idToken.getSubject(), claim),
              actor.client());
      NewCookie cookie =
          SessionResource.cookie(opened.secret(), actor.overTls(), NewCookie.DEFAULT_MAX_AGE);
      return Response.status(Response.Status.SEE_OTHER)
          .header(HttpHeaders.LOCATION, DASHBOARD)
          .cookie(cookie)
          .build();
    } catch (ProviderSignInService.Refused e) {
      return toLoginPage(e.refusal());
    }
  }

  /** The ID token when quarkus-oidc has just completed the code flow on this request. */
  private JsonWebToken providerIdToken() {
    if (identity.isAnonymous()
        || identity.getCredential(IdTokenCredential.class) == null
        || !(identity.getPrincipal() instanceof JsonWebToken token)) {
      return null;
    }
    return token;
  }

  private static String text(Object claim) {
    if (claim instanceof JsonString json) {
      return json.getString();
    }
    return claim == null ? null : claim.toString();
  }

  /** quarkus-oidc's redirect to the provider, with its state cookie (state, nonce, PKCE). */
  private Response toProvider(RoutingContext context) {
    ChallengeData challenge = oidc.getChallenge(context).await().indefinitely();
    String location =
        challenge == null || challenge.status != 302
            ? null
            : challenge.getHeaders().entrySet().stream()
                .filter(h -> HttpHeaders.LOCATION.equalsIgnoreCase(h.getKey().toString()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    if (location == null) {
      return toLoginPage(Refusal.PROVIDER_SIGN_IN_FAILED);
    }
    return Response.status(Response.Status.FOUND)
        .header(HttpHeaders.LOCATION, location)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  private static Response toLoginPage(Refusal refusal) {
    return Response.status(Response.Status.SEE_OTHER)
        .header(HttpHeaders.LOCATION, LOGIN_PAGE + refusal.name())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }

  /** The tokens stay with quarkus-oidc's cookie, which we do not keep: our session replaces it. */
  private static void dropOidcSession(RoutingContext context) {
    List.copyOf(context.cookieMap().keySet()).stream()
        .filter(name -> name.startsWith(OIDC_SESSION_COOKIE))
        .forEach(name -> context.response().removeCookie(name));
  }
}
