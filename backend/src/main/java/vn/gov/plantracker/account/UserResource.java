package vn.gov.plantracker.account;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.plantracker.account.UserDtos.CurrentUser;
import vn.gov.plantracker.account.UserDtos.PasswordChangeInput;
import vn.gov.plantracker.account.UserDtos.PasswordResetInput;
import vn.gov.plantracker.account.UserDtos.UserInput;
import vn.gov.plantracker.account.UserDtos.UserUpdate;
import vn.gov.plantracker.account.UserDtos.UserView;
import vn.gov.plantracker.auth.CurrentActor;
import vn.gov.plantracker.common.api.ApiPaths;
import vn.gov.plantracker.common.api.Created;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;

/** User accounts: administrators manage them; everyone manages their own password. */
@Path(ApiPaths.V1)
@Tag(name = "Users", description = "Accounts, their roles and units.")
public class UserResource {

  private final UserService service;
  private final CurrentActor actor;

  UserResource(UserService service, CurrentActor actor) {
    this.service = service;
    this.actor = actor;
  }

  @GET
  @Path("/me")
  @Authenticated
  @Operation(summary = "Who am I", description = "The signed-in user, their role and units.")
  public CurrentUser me() {
    return service.me(actor.get());
  }

  @PUT
  @Path("/me/password")
  @Authenticated
  @Operation(
      summary = "Change my password",
      description = "Needs the current password; the user's other sessions end.")
  @APIResponse(responseCode = "204", description = "Changed.")
  public void changePassword(@NotNull @Valid PasswordChangeInput input) {
    service.changePassword(
        actor.get(), input.currentPassword(), input.newPassword(), actor.client());
  }

  @GET
  @Path("/users")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "List users", description = "By username; q matches without diacritics.")
  public Page<UserView> list(
      @QueryParam("role") AccountRole role,
      @QueryParam("q") String query,
      @BeanParam @Valid PageRequest page) {
    return service.list(role, query, page);
  }

  @GET
  @Path("/users/{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Get a user")
  public UserView get(@PathParam("id") long id) {
    return service.get(id);
  }

  @POST
  @Path("/users")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Create a user")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new user.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = UserView.class)))
  public Response create(@NotNull @Valid UserInput input, UriInfo uri) {
    UserView created = service.create(input);
    return Created.at(uri, "/users/{id}", created.id(), created);
  }

  @PUT
  @Path("/users/{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Update a user",
      description = "Role, units, enabled. Disabling ends the user's sessions. 409 if stale.")
  public UserView update(@PathParam("id") long id, @NotNull @Valid UserUpdate input) {
    return service.update(id, input);
  }

  @PUT
  @Path("/users/{id}/password")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Set a user's password", description = "The user's sessions end.")
  @APIResponse(responseCode = "204", description = "Set.")
  public void resetPassword(@PathParam("id") long id, @NotNull @Valid PasswordResetInput input) {
    service.resetPassword(id, input.newPassword(), actor.get(), actor.client());
  }
}
