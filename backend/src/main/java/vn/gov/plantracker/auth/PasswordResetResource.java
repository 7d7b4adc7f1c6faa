package vn.gov.plantracker.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.plantracker.auth.PasswordResetDtos.PasswordResetConfirmInput;
import vn.gov.plantracker.auth.PasswordResetDtos.PasswordResetRequestInput;
import vn.gov.plantracker.auth.PasswordResetDtos.PasswordResetRequested;
import vn.gov.plantracker.common.api.ApiPaths;

/** A forgotten password: a link by e-mail, then a new password through it. */
@Path(ApiPaths.V1)
@Tag(name = "Session", description = "Signing in and out of the dashboard.")
public class PasswordResetResource {

  private final PasswordResetService service;
  private final CurrentActor actor;

  PasswordResetResource(PasswordResetService service, CurrentActor actor) {
    this.service = service;
    this.actor = actor;
  }

  @POST
  @Path("/password-resets")
  @PermitAll
  @Operation(
      summary = "Ask for a password reset link",
      description =
          "Mails a link to the account named by username or e-mail address, when it exists, is"
              + " enabled and has an address; the answer is the same in every case. At most 3"
              + " links an hour per account; asked too often for one login or from one address,"
              + " 429 with Retry-After. 404 PASSWORD_RESET_DISABLED when the server mails none.")
  @APIResponse(
      responseCode = "202",
      description = "Accepted; a link was mailed if the login names an account with an address.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = PasswordResetRequested.class)))
  public Response request(@NotNull @Valid PasswordResetRequestInput input) {
    return Response.accepted(service.request(input.login(), actor.client())).build();
  }

  @POST
  @Path("/password-resets/confirm")
  @PermitAll
  @Operation(
      summary = "Set a new password through a reset link",
      description =
          "The link works once; using it cancels the user's other links and ends all their"
              + " sessions. 422 RESET_TOKEN_INVALID for an unknown or used link, 410"
              + " RESET_TOKEN_EXPIRED for an expired one, 422 VALIDATION_FAILED with field details"
              + " for a password the policy refuses.")
  @APIResponse(responseCode = "204", description = "The new password is set.")
  public Response confirm(@NotNull @Valid PasswordResetConfirmInput input) {
    service.confirm(input.token(), input.newPassword(), actor.client());
    return Response.noContent().build();
  }
}
