package vn.gov.plantracker.task;

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
import java.time.LocalDate;
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
import vn.gov.plantracker.task.TaskDtos.AssignmentBlockInput;
import vn.gov.plantracker.task.TaskDtos.AssignmentBlockView;

/** Assignment blocks: lead, coordinating and implementing units of a run of actions. */
@Path(ApiPaths.V1)
@Tag(name = "Assignments", description = "Who does which tasks, and by when.")
public class AssignmentResource {

  private final AssignmentService service;
  private final CurrentActor actor;

  AssignmentResource(AssignmentService service, CurrentActor actor) {
    this.service = service;
    this.actor = actor;
  }

  @GET
  @Path("/plans/{planId}/assignment-blocks")
  @RolesAllowed(Roles.READER)
  @Operation(summary = "List a plan's assignment blocks", description = "In document order.")
  public Page<AssignmentBlockView> list(
      @PathParam("planId") long planId,
      @Parameter(
              description =
                  "The organisation as it was on this day (default today): who carries the part"
                      + " of each unit named that no longer existed.")
          @QueryParam("asOf")
          LocalDate asOf,
      @BeanParam @Valid PageRequest page) {
    return service.list(planId, asOf, page);
  }

  @POST
  @Path("/plans/{planId}/assignment-blocks")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "Add an assignment block",
      description = "By an administrator or a coordinator of the plan's coordinating office.")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new block.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = AssignmentBlockView.class)))
  public Response create(
      @PathParam("planId") long planId, @NotNull @Valid AssignmentBlockInput input, UriInfo uri) {
    AssignmentBlockView created = service.create(planId, input, actor.get());
    return Created.at(uri, "/assignment-blocks/{id}", created.id(), created);
  }

  @GET
  @Path("/assignment-blocks/{id}")
  @RolesAllowed(Roles.READER)
  @Operation(summary = "Get an assignment block")
  public AssignmentBlockView get(@PathParam("id") long id) {
    return service.get(id);
  }

  @PUT
  @Path("/assignment-blocks/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "Update an assignment block",
      description =
          "Send the version you loaded; 409 if stale."
              + " By an administrator or a coordinator of the plan's coordinating office.")
  public AssignmentBlockView update(
      @PathParam("id") long id, @NotNull @Valid AssignmentBlockInput input) {
    return service.update(id, input, actor.get());
  }

  @DELETE
  @Path("/assignment-blocks/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "Delete an assignment block",
      description =
          "Its tasks become unassigned."
              + " By an administrator or a coordinator of the plan's coordinating office.")
  public void delete(
      @PathParam("id") long id,
      @Parameter(description = "The version you loaded; 409 if stale.", required = true)
          @QueryParam("version")
          Long version) {
    service.delete(id, version, actor.get());
  }
}
