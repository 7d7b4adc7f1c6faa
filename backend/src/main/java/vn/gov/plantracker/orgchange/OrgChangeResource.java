package vn.gov.plantracker.orgchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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
import vn.gov.plantracker.common.error.Messages;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.orgchange.OrgChangeDtos.OrgChangeBatch;
import vn.gov.plantracker.orgchange.OrgChangeDtos.OrgChangeInput;
import vn.gov.plantracker.orgchange.OrgChangeDtos.OrgChangeList;
import vn.gov.plantracker.orgchange.OrgChangeDtos.OrgChangePackage;
import vn.gov.plantracker.orgchange.OrgChangeDtos.OrgChangePackageSummary;
import vn.gov.plantracker.orgchange.OrgChangeDtos.OrgChangePreview;
import vn.gov.plantracker.orgchange.OrgChangeDtos.OrgChangeView;
import vn.gov.plantracker.orgchange.OrgChangeDtos.UnitLineage;

/** Renames, mergers, splits and dissolutions of units, and the lineage they leave. */
@Path(ApiPaths.V1)
@Tag(
    name = "Organisation changes",
    description = "Units merge, split, rename and dissolve; duties pass to their successors.")
public class OrgChangeResource {

  private final OrgChangeService service;
  private final LineageService lineage;
  private final OrgChangePackages packages;
  private final CurrentActor actor;

  OrgChangeResource(
      OrgChangeService service,
      LineageService lineage,
      OrgChangePackages packages,
      CurrentActor actor) {
    this.service = service;
    this.lineage = lineage;
    this.packages = packages;
    this.actor = actor;
  }

  @GET
  @Path("/org-changes")
  @RolesAllowed(Roles.READER)
  @Operation(summary = "List organisation changes", description = "Latest effective date first.")
  public OrgChangeList list(@BeanParam @Valid PageRequest page, @Context HttpHeaders headers) {
    return service.list(page, actor.find().orElse(null), Messages.locale(headers));
  }

  @GET
  @Path("/org-changes/{id}")
  @RolesAllowed(Roles.READER)
  @Operation(summary = "Get an organisation change")
  public OrgChangeView get(@PathParam("id") long id, @Context HttpHeaders headers) {
    return service.get(id, actor.find().orElse(null), Messages.locale(headers));
  }

  @POST
  @Path("/org-changes/preview")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "Preview an organisation change",
      description =
          "Checks the change and says what recording it would do (units closed and opened, duties,"
              + " plans, open reports, accounts and tokens affected). Writes nothing.")
  public OrgChangePreview preview(@NotNull @Valid OrgChangeInput input) {
    return service.preview(input);
  }

  @POST
  @Path("/org-changes")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "Record and apply an organisation change",
      description =
          "All or nothing: the predecessors close the day before the effective date, the new units"
              + " open on it, and from then the successors owe what the predecessors owed. Periods"
              + " already past keep their reports as they were.")
  @APIResponse(
      responseCode = "201",
      description = "Applied; Location names the change.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = OrgChangeView.class)))
  public Response apply(
      @NotNull @Valid OrgChangeInput input, UriInfo uri, @Context HttpHeaders headers) {
    OrgChangeView applied = service.apply(input, actor.get(), Messages.locale(headers));
    return Created.at(uri, "/org-changes/{id}", applied.id(), applied);
  }

  @POST
  @Path("/org-changes/batch/preview")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "Preview several organisation changes recorded together",
      description =
          "Each change's preview as it would be after the ones before it. Writes nothing.")
  public List<OrgChangePreview> previewBatch(@NotNull @Valid OrgChangeBatch batch) {
    return service.preview(batch, actor.get());
  }

  @POST
  @Path("/org-changes/batch")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "Record several organisation changes together",
      description =
          "In order, all or none: a later change may name the units an earlier one opens by their"
              + " ref (a reorganisation such as the 2025 one is one batch).")
  public List<OrgChangeView> applyBatch(
      @NotNull @Valid OrgChangeBatch batch, @Context HttpHeaders headers) {
    return service.apply(batch, actor.get(), Messages.locale(headers));
  }

  @DELETE
  @Path("/org-changes/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "Undo an organisation change",
      description =
          "Only while nothing relies on it: 409 once a successor has reported on a period due"
              + " after the change, or a later change builds on it.")
  public void undo(
      @PathParam("id") long id,
      @Parameter(description = "The version you loaded; 409 if stale.") @QueryParam("version")
          Long version) {
    service.undo(id, version);
  }

  @GET
  @Path("/org-change-packages")
  @RolesAllowed(Roles.READER)
  @Operation(
      summary = "Reorganisations prepared as data",
      description = "Such as the 2025 one of Ngọc Hồi; none is applied until someone records it.")
  public List<OrgChangePackageSummary> packages() {
    return packages.list();
  }

  @GET
  @Path("/org-change-packages/{code}")
  @RolesAllowed(Roles.READER)
  @Operation(
      summary = "A prepared reorganisation's changes",
      description =
          "With this database's unit ids, ready to correct and send to /org-changes/batch/preview"
              + " and /org-changes/batch.")
  public OrgChangePackage changePackage(@PathParam("code") String code) {
    return packages.get(code);
  }

  @GET
  @Path("/units/{id}/lineage")
  @RolesAllowed(Roles.READER)
  @Operation(summary = "A unit's predecessors and successors through time")
  public UnitLineage lineage(@PathParam("id") long id) {
    return lineage.of(id);
  }
}
