package vn.gov.plantracker.plan;

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
import vn.gov.plantracker.common.api.ApiPaths;
import vn.gov.plantracker.common.api.Created;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.plan.PlanDtos.PlanDetail;
import vn.gov.plantracker.plan.PlanDtos.PlanInput;
import vn.gov.plantracker.plan.PlanDtos.PlanSummary;

/** Plans (Kế hoạch). */
@Path(ApiPaths.V1)
@Tag(name = "Plans", description = "The administrative plans being tracked.")
public class PlanResource {

  private final PlanService service;

  PlanResource(PlanService service) {
    this.service = service;
  }

  @GET
  @Path("/plans")
  @RolesAllowed(Roles.READER)
  @Operation(summary = "List plans", description = "Newest first.")
  public Page<PlanSummary> list(
      @QueryParam("status") PlanStatus status, @BeanParam @Valid PageRequest page) {
    return service.list(status, page);
  }

  @GET
  @Path("/plans/{id}")
  @RolesAllowed(Roles.READER)
  @Operation(summary = "Get a plan with its targets, references and recipients")
  public PlanDetail get(@PathParam("id") long id) {
    return service.get(id);
  }

  @POST
  @Path("/plans")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Create a plan")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new plan.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = PlanDetail.class)))
  public Response create(@NotNull @Valid PlanInput input, UriInfo uri) {
    PlanDetail created = service.create(input);
    return Created.at(uri, "/plans/{id}", created.id(), created);
  }

  @PUT
  @Path("/plans/{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Update a plan", description = "Send the version you loaded; 409 if stale.")
  public PlanDetail update(@PathParam("id") long id, @NotNull @Valid PlanInput input) {
    return service.update(id, input);
  }

  @DELETE
  @Path("/plans/{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Delete a plan",
      description = "Deletes it with its tasks, assignments, targets, references and recipients.")
  public void delete(
      @PathParam("id") long id,
      @Parameter(description = "The version you loaded; 409 if stale.", required = true)
          @QueryParam("version")
          Long version) {
    service.delete(id, version);
  }
}
