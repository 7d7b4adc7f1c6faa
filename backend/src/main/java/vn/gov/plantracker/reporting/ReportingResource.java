package vn.gov.plantracker.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import vn.gov.plantracker.common.idempotency.Idempotency;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.reporting.ReportingDtos.BulkAcceptInput;
import vn.gov.plantracker.reporting.ReportingDtos.BulkAcceptResult;
import vn.gov.plantracker.reporting.ReportingDtos.PeriodInput;
import vn.gov.plantracker.reporting.ReportingDtos.PeriodView;
import vn.gov.plantracker.reporting.ReportingDtos.ReportActionInput;
import vn.gov.plantracker.reporting.ReportingDtos.ReportReturnInput;
import vn.gov.plantracker.reporting.ReportingDtos.ReportSummary;
import vn.gov.plantracker.reporting.ReportingDtos.ReportUpdate;
import vn.gov.plantracker.reporting.ReportingDtos.ReportView;

/** Reporting periods and the unit reports they expect. */
@Path(ApiPaths.V1)
@Tag(name = "Reporting", description = "Periods, unit reports and their review.")
public class ReportingResource {

  /** The description of the optional Idempotency-Key header of the actions that must act once. */
  static final String KEY =
      "Any unique text up to 200 characters. Sent again with a retry, the action is not repeated"
          + " and the first answer is returned. Kept for a day.";

  private final PeriodService periods;
  private final ReportService reports;
  private final OverdueTasks overdue;
  private final CurrentActor actor;
  private final Idempotency idempotency;

  ReportingResource(
      PeriodService periods,
      ReportService reports,
      OverdueTasks overdue,
      CurrentActor actor,
      Idempotency idempotency) {
    this.periods = periods;
    this.reports = reports;
    this.overdue = overdue;
    this.actor = actor;
    this.idempotency = idempotency;
  }

  @GET
  @Path("/plans/{planId}/periods")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.UNIT_OFFICER, Roles.LEADER})
  @Operation(summary = "A plan's reporting periods", description = "Latest due date first.")
  public Page<PeriodView> periods(
      @PathParam("planId") long planId, @BeanParam @Valid PageRequest page) {
    return periods.list(planId, actor.get(), page);
  }

  @POST
  @Path("/plans/{planId}/periods")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "Open a reporting period",
      description =
          "By the plan's coordinator. Creates the expected reports: one per unit that owes tasks"
              + " and existed during the window, with an entry per task it owes.")
  @APIResponse(
      responseCode = "201",
      description = "Opened; Location names the period.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = PeriodView.class)))
  public Response open(
      @PathParam("planId") long planId, @NotNull @Valid PeriodInput input, UriInfo uri) {
    PeriodView created = periods.create(planId, input, actor.get());
    return Created.at(uri, "/periods/{id}", created.id(), created);
  }

  @GET
  @Path("/plans/{planId}/overdue-tasks")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.UNIT_OFFICER, Roles.LEADER})
  @Operation(
      summary = "A plan's overdue tasks",
      description =
          "Tasks past the due date of their assignment that the submitted reports do not show as"
              + " done (by the lead unit, or by every unit that reported when there is no lead),"
              + " in document order.")
  public Page<OverdueTasks.OverdueTask> overdueTasks(
      @PathParam("planId") long planId, @BeanParam @Valid PageRequest page) {
    return Page.slice(overdue.of(planId), page);
  }

  @GET
  @Path("/periods/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.UNIT_OFFICER, Roles.LEADER})
  @Operation(summary = "A reporting period with its compliance")
  public PeriodView period(@PathParam("id") long id) {
    return periods.get(id, actor.get());
  }

  @GET
  @Path("/periods/{id}/task-compliance")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.UNIT_OFFICER, Roles.LEADER})
  @Operation(
      summary = "A period's compliance per task",
      description = "In document order: for each task, how many owing units have reported.")
  public Page<TaskCompliance> taskCompliance(
      @PathParam("id") long id, @BeanParam @Valid PageRequest page) {
    return Page.slice(periods.byTask(id), page);
  }

  @GET
  @Path("/periods/{id}/reports")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.UNIT_OFFICER, Roles.LEADER})
  @Operation(
      summary = "A period's unit reports",
      description = "By unit name. A unit officer sees only their own units' reports.")
  public Page<ReportSummary> reports(
      @PathParam("id") long id,
      @QueryParam("status") ReportStatus status,
      @BeanParam @Valid PageRequest page) {
    return reports.list(id, status, actor.get(), page);
  }

  @POST
  @Path("/periods/{id}/accept")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "Accept several reports",
      description =
          "Submitted reports of the period, each with the version you loaded. If one cannot be"
              + " accepted (stale, not submitted, not in the period) none is.")
  public BulkAcceptResult acceptAll(
      @PathParam("id") long id,
      @NotNull @Valid BulkAcceptInput input,
      @HeaderParam(Idempotency.HEADER) @Parameter(description = KEY) String key) {
    return idempotency.once(
        key,
        actor.get(),
        BulkAcceptResult.class,
        () -> reports.acceptAll(id, input.reports(), actor.get()));
  }

  @GET
  @Path("/reports/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.UNIT_OFFICER, Roles.LEADER})
  @Operation(summary = "A unit report with its entries")
  public ReportView report(@PathParam("id") long id) {
    return reports.get(id, actor.get());
  }

  @PUT
  @Path("/reports/{id}")
  @RolesAllowed(Roles.UNIT_OFFICER)
  @Operation(
      summary = "Save a report's entries",
      description =
          "By an officer of the unit (or its report-write token), while draft or returned.")
  public ReportView save(@PathParam("id") long id, @NotNull @Valid ReportUpdate input) {
    return reports.update(id, input, actor.get());
  }

  @POST
  @Path("/reports/{id}/submit")
  @RolesAllowed(Roles.UNIT_OFFICER)
  @Operation(
      summary = "Submit a report",
      description = "Late when first submitted after the due date (Vietnam time).")
  public ReportView submit(
      @PathParam("id") long id,
      @NotNull @Valid ReportActionInput input,
      @HeaderParam(Idempotency.HEADER) @Parameter(description = KEY) String key) {
    return idempotency.once(
        key, actor.get(), ReportView.class, () -> reports.submit(id, input.version(), actor.get()));
  }

  @POST
  @Path("/reports/{id}/return")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(summary = "Return a report to its unit", description = "With the reason to fix.")
  public ReportView returnToUnit(
      @PathParam("id") long id,
      @NotNull @Valid ReportReturnInput input,
      @HeaderParam(Idempotency.HEADER) @Parameter(description = KEY) String key) {
    return idempotency.once(
        key,
        actor.get(),
        ReportView.class,
        () -> reports.returnToUnit(id, input.reason(), input.version(), actor.get()));
  }

  @POST
  @Path("/reports/{id}/accept")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(summary = "Accept a report", description = "It is locked from then on.")
  public ReportView accept(
      @PathParam("id") long id,
      @NotNull @Valid ReportActionInput input,
      @HeaderParam(Idempotency.HEADER) @Parameter(description = KEY) String key) {
    return idempotency.once(
        key, actor.get(), ReportView.class, () -> reports.accept(id, input.version(), actor.get()));
  }
}
