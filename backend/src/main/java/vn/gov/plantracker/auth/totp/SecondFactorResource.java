package vn.gov.plantracker.auth.totp;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.plantracker.account.Roles;
import vn.gov.plantracker.auth.CurrentActor;
import vn.gov.plantracker.auth.totp.SecondFactorDtos.TotpCodeInput;
import vn.gov.plantracker.auth.totp.SecondFactorDtos.TotpDisableInput;
import vn.gov.plantracker.auth.totp.SecondFactorDtos.TotpEnrolment;
import vn.gov.plantracker.common.api.ApiPaths;

/** The optional second factor (TOTP codes from an authenticator app) of one's own account. */
@Path(ApiPaths.V1)
@Tag(name = "Session", description = "Signing in and out of the dashboard.")
public class SecondFactorResource {

  private final SecondFactorService service;
  private final CurrentActor actor;

  SecondFactorResource(SecondFactorService service, CurrentActor actor) {
    this.service = service;
    this.actor = actor;
  }

  @POST
  @Path("/me/totp")
  @Authenticated
  @Operation(
      summary = "Set up my second factor",
      description =
          "Administrators and coordinators only (403 SECOND_FACTOR_NOT_ALLOWED otherwise). Returns"
              + " a new secret, not active until confirmed. 409 when one is already on; 503"
              + " SECOND_FACTOR_UNAVAILABLE when the service has no secret key.")
  public TotpEnrolment start() {
    return service.start(actor.get());
  }

  @POST
  @Path("/me/totp/confirm")
  @Authenticated
  @Operation(
      summary = "Turn my second factor on",
      description = "With a current code from the app; sign-in then asks for a code.")
  @APIResponse(responseCode = "204", description = "On.")
  public void confirm(@NotNull @Valid TotpCodeInput input) {
    service.confirm(actor.get(), input.code(), actor.client());
  }

  @DELETE
  @Path("/me/totp")
  @Authenticated
  @Operation(
      summary = "Turn my second factor off",
      description = "Needs a current code, or the password when the app is lost.")
  @APIResponse(responseCode = "204", description = "Off.")
  public void disable(@NotNull @Valid TotpDisableInput input) {
    service.disable(actor.get(), input.code(), input.password(), actor.client());
  }

  @DELETE
  @Path("/users/{id}/totp")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Reset a user's second factor",
      description = "For a user who lost their app: the password alone signs in again.")
  @APIResponse(responseCode = "204", description = "Removed.")
  public void reset(@PathParam("id") long id) {
    service.reset(id, actor.get(), actor.client());
  }
}
