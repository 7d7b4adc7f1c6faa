package vn.gov.plantracker.auth;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.plantracker.auth.SessionDtos.LoginInput;
import vn.gov.plantracker.auth.SessionDtos.SessionView;
import vn.gov.plantracker.auth.SessionDtos.SignInOptions;
import vn.gov.plantracker.common.api.ApiPaths;
import vn.gov.plantracker.common.error.ApiException;

/** Dashboard sign-in: a server-side session held in an HttpOnly, SameSite=Strict cookie. */
@Path(ApiPaths.V1)
@Tag(name = "Session", description = "Signing in and out of the dashboard.")
public class SessionResource {

  private final SessionService sessions;
  private final PasswordResetService resets;
  private final CurrentActor actor;
  private final ProviderSignInService provider;

  SessionResource(
      SessionService sessions,
      PasswordResetService resets,
      CurrentActor actor,
      ProviderSignInService provider) {
    this.sessions = sessions;
    this.resets = resets;
    this.actor = actor;
    this.provider = provider;
  }

  @GET
  @Path("/session/options")
  @PermitAll
  @Operation(
      summary = "How one may sign in",
      description =
          "For the login page: which ways of signing in the server offers (password reset by"
              + " e-mail, the identity provider).")
  public SignInOptions options() {
    return provider.options(resets.enabled());
  }

  @POST
  @Path("/session")
  @PermitAll
  @Operation(
      summary = "Sign in",
      description =
          "Opens a session and sets it as an HttpOnly cookie. An account with a second factor"
              + " answers 401 OTP_REQUIRED to a right password without a code, OTP_INVALID to a"
              + " wrong or reused code. Repeated failures (passwords or codes) for one account or"
              + " address are refused for a while (429 with Retry-After).")
  @APIResponse(
      responseCode = "200",
      description = "Signed in.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = SessionView.class)))
  public Response login(@NotNull @Valid LoginInput input) {
    SessionService.Opened opened =
        sessions.login(input.username(), input.password(), input.otp(), actor.client());
    // No Max-Age: the browser forgets the cookie when it closes; the server ends it anyway.
    return Response.ok(opened.view())
        .cookie(cookie(opened.secret(), actor.overTls(), NewCookie.DEFAULT_MAX_AGE))
        .build();
  }

  @GET
  @Path("/session")
  @Authenticated
  @Operation(summary = "The current session", description = "404 when signed in by API token.")
  public SessionView current(
      @Parameter(hidden = true) @CookieParam(ApiAuthenticationMechanism.SESSION_COOKIE)
          String secret) {
    return sessions.get(sessionId(), secret);
  }

  @DELETE
  @Path("/session")
  @Authenticated
  @Operation(summary = "Sign out", description = "Ends the session on the server.")
  @APIResponse(responseCode = "204", description = "Signed out.")
  public Response logout() {
    sessionId();
    sessions.end(actor.get(), actor.client());
    return Response.noContent().cookie(cookie("", actor.overTls(), 0)).build();
  }

  private long sessionId() {
    Actor current = actor.get();
    if (current.via() != Actor.Via.SESSION) {
      throw ApiException.notFound("entity.session", "-");
    }
    return current.credentialId();
  }

  /** Secure whenever the request came over TLS (directly or, when trusted, via the proxy). */
  static NewCookie cookie(String value, boolean secure, int maxAge) {
    return new NewCookie.Builder(ApiAuthenticationMechanism.SESSION_COOKIE)
        .value(value)
        .path("/")
        .httpOnly(true)
        .secure(secure)
        .sameSite(NewCookie.SameSite.STRICT)
        .maxAge(maxAge)
        .build();
  }
}
