package vn.gov.plantracker.target;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.plantracker.account.Roles;
import vn.gov.plantracker.auth.CurrentActor;
import vn.gov.plantracker.common.api.ApiPaths;
import vn.gov.plantracker.common.api.Created;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.target.TargetDtos.TargetInput;
import vn.gov.plantracker.target.TargetDtos.TargetView;

/** A plan's targets (section II, Mục tiêu). */
@Path(ApiPaths.V1)
@Tag(name = "Targets", description = "Dated goals of a plan, quantitative or qualitative.")
public class TargetResource {

  private final TargetService service;
  private final CurrentActor actor;

  TargetResource(TargetService service, CurrentActor actor) {
    this.service = service;
    this.actor = actor;
  }

  @GET
  @Path("/plans/{planId}/targets")
  @RolesAllowed(Roles.READER)
  @Operation(summary = "List a plan's targets", description = "In the plan's order.")
  public Page<TargetView> list(
      @PathParam("planId") long planId, @BeanParam @Valid PageRequest page) {
    return service.list(planId, page);
  }

  @POST
  @Path("/plans/{planId}/targets")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "Add a target to a plan",
      description = "By an administrator or a coordinator of the plan's coordinating office.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new target.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = TargetView.class)))
  public Response create(
      @PathParam("planId") long planId, @NotNull @Valid TargetInput input, UriInfo uri) {
    TargetView created = service.create(planId, input, actor.get());
    return Created.at(uri, "/targets/{id}", created.id(), created);
  }

  @GET
  @Path("/targets/{id}")
  @RolesAllowed(Roles.READER)
  @Operation(summary = "Get a target")
  public TargetView get(@PathParam("id") long id) {
    return service.get(id);
  }

  @PUT
  @Path("/targets/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "Update a target",
      description =
          "Send the version you loaded; 409 if stale."
              + " By an administrator or a coordinator of the plan's coordinating office.")
  public TargetView update(
      @PathParam("id") long id, @NotNull @Valid TargetInput input, UriInfo uri) {
    return service.update(id, input, actor.get());
  }

  @DELETE
  @Path("/targets/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "Delete a target",
      description = "By an administrator or a coordinator of the plan's coordinating office.")
  public void delete(
      @PathParam("id") long id,
      @Parameter(description = "The version you loaded; 409 if stale.", required = true)
          @QueryParam("version")
          Long version) {
    service.delete(id, version, actor.get());
  }
}
