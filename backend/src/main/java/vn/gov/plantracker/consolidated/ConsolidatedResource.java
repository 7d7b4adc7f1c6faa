package vn.gov.plantracker.consolidated;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.plantracker.account.Roles;
import vn.gov.plantracker.auth.CurrentActor;
import vn.gov.plantracker.common.api.ApiPaths;
import vn.gov.plantracker.consolidated.ConsolidatedDtos.ConsolidatedUpdate;
import vn.gov.plantracker.consolidated.ConsolidatedDtos.ConsolidatedView;
import vn.gov.plantracker.consolidated.ConsolidatedDtos.FinaliseInput;

/** The consolidated report of a period, its editing, finalising and files. */
@Path(ApiPaths.V1 + "/periods/{id}/consolidated-report")
@Tag(name = "Consolidated report", description = "The district's report compiled from a period.")
public class ConsolidatedResource {

  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final String READERS =
      "Read by administrators, leaders and the plan's coordinators; once issued, also by the"
          + " officers of the units its recipients (Nơi nhận) name. Others get 403.";

  private final ConsolidatedService reports;
  private final CurrentActor actor;

  ConsolidatedResource(ConsolidatedService reports, CurrentActor actor) {
    this.reports = reports;
    this.actor = actor;
  }

  @GET
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.UNIT_OFFICER, Roles.LEADER})
  @Operation(
      summary = "A period's consolidated report",
      description = READERS + " 404 until compiled.")
  public ConsolidatedView get(@PathParam("id") long periodId) {
    return reports.get(periodId, actor.get());
  }

  @POST
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "Compile the consolidated report",
      description =
          "By the plan's coordinator. Writes the draft's body from the submitted and accepted"
              + " reports: per task the lead unit's results, the other units' contributions and a"
              + " status summary; the obstacles not yet resolved; the compliance table. Compiling"
              + " again replaces the body (the header and signature stay); a final report cannot"
              + " be compiled again.")
  public ConsolidatedView compile(@PathParam("id") long periodId) {
    return reports.compile(periodId, actor.get());
  }

  @PUT
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(summary = "Edit the draft", description = "By the plan's coordinator.")
  public ConsolidatedView update(
      @PathParam("id") long periodId, @NotNull @Valid ConsolidatedUpdate input) {
    return reports.update(periodId, input, actor.get());
  }

  @POST
  @Path("/finalise")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "Finalise the report",
      description =
          "Takes the next number of the issuer's register for the year it is signed in (numbers"
              + " restart at 01 each 1 January and are never reused) and keeps its Word and Excel"
              + " files as issued, both made from what the draft was compiled from. When unit"
              + " reports, obstacles or indicator figures have changed since compiling it refuses"
              + " with 409 CONSOLIDATED_OUTDATED: compile again, check the text, then finalise.")
  public ConsolidatedView finalise(
      @PathParam("id") long periodId, @NotNull @Valid FinaliseInput input) {
    return reports.finalise(periodId, input.issuedOn(), input.version(), actor.get());
  }

  @GET
  @Path("/docx")
  @Produces(DOCX)
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.UNIT_OFFICER, Roles.LEADER})
  @Operation(
      summary = "The report as a Word file",
      description =
          "In the layout of Decree 30/2020. A draft is marked as such and has no number. "
              + READERS)
  @APIResponse(
      responseCode = "200",
      description = "The file.",
      content =
          @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response docx(@PathParam("id") long periodId) {
    return file(reports.export(periodId, ExportFormat.DOCX, actor.get()));
  }

  @GET
  @Path("/xlsx")
  @Produces(XLSX)
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.UNIT_OFFICER, Roles.LEADER})
  @Operation(
      summary = "The report's figures as an Excel file",
      description = "Compliance, per unit, per task and the obstacles not yet resolved. " + READERS)
  @APIResponse(
      responseCode = "200",
      description = "The file.",
      content =
          @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response xlsx(@PathParam("id") long periodId) {
    return file(reports.export(periodId, ExportFormat.XLSX, actor.get()));
  }

  private static Response file(ConsolidatedService.Export export) {
    return Response.ok(export.content(), export.format().mediaType)
        .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
        .build();
  }
}
