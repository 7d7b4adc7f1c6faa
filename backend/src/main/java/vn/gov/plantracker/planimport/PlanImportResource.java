package vn.gov.plantracker.planimport;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
import vn.gov.plantracker.common.api.Created;
import vn.gov.plantracker.common.error.Messages;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.planimport.PlanImportDtos.PlanImportConfirmInput;
import vn.gov.plantracker.planimport.PlanImportDtos.PlanImportInput;
import vn.gov.plantracker.planimport.PlanImportDtos.PlanImportSummary;
import vn.gov.plantracker.planimport.PlanImportDtos.PlanImportUpdate;
import vn.gov.plantracker.planimport.PlanImportDtos.PlanImportView;

/** Plan imports: a plan document read into a draft, checked, then confirmed into a live plan. */
@Path(ApiPaths.V1)
@Tag(
    name = "Plan import",
    description =
        "Reads a plan document (pasted text, .txt or .docx) into a draft with its doubts flagged;"
            + " the plan goes live only when someone confirms the checked draft.")
public class PlanImportResource {

  private final PlanImportService service;
  private final CurrentActor actor;

  PlanImportResource(PlanImportService service, CurrentActor actor) {
    this.service = service;
    this.actor = actor;
  }

  @POST
  @Path("/plan-imports")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Read pasted text into a draft",
      description = "Any Unicode normalisation; at most 500,000 characters.")
  @APIResponse(
      responseCode = "201",
      description = "The draft; Location names it.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanImportView.class)))
  public Response fromText(
      @NotNull @Valid PlanImportInput input, @Context HttpHeaders headers, @Context UriInfo uri) {
    PlanImportView view = service.fromText(input.text(), actor.get(), Messages.locale(headers));
    return Created.at(uri, "/plan-imports/{id}", view.id(), view);
  }

  @POST
  @Path("/plan-imports/file")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Read an uploaded document into a draft",
      description =
          ".docx, or plain text in UTF-8 or UTF-16; told by the content, not the name. At most 5"
              + " MB and 500,000 characters of text.")
  @APIResponse(
      responseCode = "201",
      description = "The draft; Location names it.",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PlanImportView.class)))
  public Response fromFile(
      @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
      @Context HttpHeaders headers,
      @Context UriInfo uri) {
    PlanImportView view = service.fromFile(file, actor.get(), Messages.locale(headers));
    return Created.at(uri, "/plan-imports/{id}", view.id(), view);
  }

  @GET
  @Path("/plan-imports")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "List imports", description = "Newest first.")
  public Page<PlanImportSummary> list(
      @QueryParam("status") ImportStatus status, @BeanParam @Valid PageRequest page) {
    return service.list(status, page);
  }

  @GET
  @Path("/plan-imports/{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Get an import",
      description = "The text, the draft, the choices for unknown units, warnings and problems.")
  public PlanImportView get(@PathParam("id") long id, @Context HttpHeaders headers) {
    return service.get(id, Messages.locale(headers));
  }

  @PUT
  @Path("/plan-imports/{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Correct a draft",
      description =
          "Send the whole draft back with your corrections and your choices for unknown units;"
              + " the answer lists what still stops confirmation.")
  public PlanImportView update(
      @PathParam("id") long id,
      @NotNull @Valid PlanImportUpdate update,
      @Context HttpHeaders headers) {
    return service.update(id, update, Messages.locale(headers));
  }

  @POST
  @Path("/plan-imports/{id}/confirm")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "Make the draft a live plan",
      description =
          "Creates the units chosen to be created and the plan, all or nothing. 422 while problems"
              + " remain; 409 when the same document from the same issuer is already a plan.")
  public PlanImportView confirm(
      @PathParam("id") long id,
      @NotNull @Valid PlanImportConfirmInput input,
      @Context HttpHeaders headers) {
    return service.confirm(id, input.version(), Messages.locale(headers));
  }

  @DELETE
  @Path("/plan-imports/{id}")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Discard a draft", description = "A confirmed import is kept.")
  @APIResponse(responseCode = "204", description = "Discarded.")
  public void discard(
      @PathParam("id") long id,
      @Parameter(description = "The version you loaded; 409 if stale.", required = true)
          @QueryParam("version")
          Long version) {
    service.discard(id, version);
  }
}
