package vn.gov.plantracker.unit;

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
import vn.gov.plantracker.common.api.ApiPaths;
import vn.gov.plantracker.common.api.Created;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.common.time.VietnamTime;
import vn.gov.plantracker.unit.UnitDtos.UnitGroupInput;
import vn.gov.plantracker.unit.UnitDtos.UnitGroupView;
import vn.gov.plantracker.unit.UnitDtos.UnitInput;
import vn.gov.plantracker.unit.UnitDtos.UnitTree;
import vn.gov.plantracker.unit.UnitDtos.UnitView;

/** Units and unit groups. */
@Path(ApiPaths.V1)
@Tag(name = "Units", description = "Offices, communes and the groups plans name them by.")
public class UnitResource {

  private final UnitService service;

  UnitResource(UnitService service) {
    this.service = service;
  }

  @GET
  @Path("/units")
  @RolesAllowed(Roles.READER)
  @Operation(summary = "List units", description = "Sorted by name in Vietnamese order.")
  public Page<UnitView> list(
      @QueryParam("kind") UnitKind kind,
      @Parameter(description = "Matches name or short name, with or without diacritics.")
          @QueryParam("q")
          String query,
      @BeanParam @Valid PageRequest page) {
    return service.list(kind, query, page);
  }

  @GET
  @Path("/units/tree")
  @RolesAllowed(Roles.READER)
  @Operation(
      summary = "The units as a tree, with the unit groups",
      description =
          "The units existing on asOf (default today): closed units leave the tree from the day"
              + " after they closed, and a unit that took over others names them in formerly.")
  public UnitTree tree(
      @Parameter(description = "The day to show the organisation of (yyyy-MM-dd).")
          @QueryParam("asOf")
          LocalDate asOf) {
    return service.tree(VietnamTime.dayOr(asOf));
  }

  @GET
  @Path("/unit-groups/{id}")
  @RolesAllowed(Roles.READER)
  @Operation(summary = "Get a unit group with its members")
  public UnitGroupView group(@PathParam("id") long id) {
    return service.group(id);
  }

  @PUT
  @Path("/unit-groups/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "Rename a unit group and set its members",
      description =
          "Replaces the members, e.g. the units the coordinator counts as \"các đơn vị liên"
              + " quan\". Send the version you loaded; 409 if stale.")
  public UnitGroupView updateGroup(@PathParam("id") long id, @NotNull @Valid UnitGroupInput input) {
    return service.updateGroup(id, input);
  }

  @GET
  @Path("/units/{id}")
  @RolesAllowed(Roles.READER)
  @Operation(summary = "Get a unit")
  public UnitView get(@PathParam("id") long id) {
    return service.get(id);
  }

  @POST
  @Path("/units")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Create a unit")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location names the new unit.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = UnitView.class)))
  public Response create(@NotNull @Valid UnitInput input, UriInfo uri) {
    UnitView created = service.create(input);
    return Created.at(uri, "/units/{id}", created.id(), created);
  }

  @PUT
  @Path("/units/{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Update a unit", description = "Send the version you loaded; 409 if stale.")
  public UnitView update(@PathParam("id") long id, @NotNull @Valid UnitInput input) {
    return service.update(id, input);
  }

  @DELETE
  @Path("/units/{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Delete a unit",
      description = "Refused (409) while it has sub-units or is named by a plan or assignment.")
  public void delete(
      @PathParam("id") long id,
      @Parameter(description = "The version you loaded; 409 if stale.") @QueryParam("version")
          Long version) {
    service.delete(id, version);
  }
}
