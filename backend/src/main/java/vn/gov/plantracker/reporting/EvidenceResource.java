package vn.gov.plantracker.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.gov.plantracker.account.Roles;
import vn.gov.plantracker.auth.CurrentActor;
import vn.gov.plantracker.common.api.ApiPaths;
import vn.gov.plantracker.common.idempotency.Idempotency;
import vn.gov.plantracker.reporting.ReportingDtos.EvidenceView;

/** Evidence files attached to the tasks of a unit report. */
@Path(ApiPaths.V1)
@Tag(name = "Reporting")
public class EvidenceResource {

  private final EvidenceService evidence;
  private final CurrentActor actor;
  private final Idempotency idempotency;

  EvidenceResource(EvidenceService evidence, CurrentActor actor, Idempotency idempotency) {
    this.evidence = evidence;
    this.actor = actor;
    this.idempotency = idempotency;
  }

  @POST
  @Path("/reports/{id}/entries/{taskId}/evidence")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed(Roles.UNIT_OFFICER)
  @Operation(
      summary = "Attach an evidence file to a task of the report",
      description =
          "By an officer of the unit (or its report-write token), while draft or returned. PDF,"
              + " DOCX, XLSX, JPG or PNG, told by the content, not the name (a name that says"
              + " otherwise is refused); at most 10 MB and 10 files per task. The SHA-256 of the"
              + " content is kept. The report takes a new version and the file shows in its history;"
              + " uploads to one report take turns, so the limit holds.")
  @APIResponse(
      responseCode = "200",
      description = "Attached.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = EvidenceView.class)))
  public EvidenceView attach(
      @PathParam("id") long id,
      @PathParam("taskId") long taskId,
      @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
      @HeaderParam(Idempotency.HEADER) @Parameter(description = ReportingResource.KEY) String key) {
    return idempotency.once(
        key, actor.get(), EvidenceView.class, () -> evidence.attach(id, taskId, file, actor.get()));
  }

  @GET
  @Path("/reports/{id}/evidence/{evidenceId}")
  @Produces(MediaType.APPLICATION_OCTET_STREAM)
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.UNIT_OFFICER, Roles.LEADER})
  @Operation(summary = "Download an evidence file", description = "With the type its content has.")
  @APIResponse(
      responseCode = "200",
      description = "The file.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_OCTET_STREAM,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response download(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
    EvidenceService.Download file = evidence.download(id, evidenceId, actor.get());
    String encoded = URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(file.content(), file.mediaType())
        .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
        .build();
  }

  @DELETE
  @Path("/reports/{id}/evidence/{evidenceId}")
  @RolesAllowed(Roles.UNIT_OFFICER)
  @Operation(
      summary = "Remove an evidence file",
      description =
          "By an officer of the unit (or its report-write token), while draft or returned. The"
              + " report takes a new version and the removal shows in its history.")
  @APIResponse(responseCode = "204", description = "Removed.")
  public void remove(@PathParam("id") long id, @PathParam("evidenceId") long evidenceId) {
    evidence.remove(id, evidenceId, actor.get());
  }
}
