package vn.gov.plantracker.audit;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.plantracker.account.Roles;
import vn.gov.plantracker.account.User;
import vn.gov.plantracker.auth.CurrentActor;
import vn.gov.plantracker.common.api.ApiPaths;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.indicator.Indicator;
import vn.gov.plantracker.indicator.IndicatorValue;
import vn.gov.plantracker.plan.Plan;
import vn.gov.plantracker.reporting.Obstacle;
import vn.gov.plantracker.reporting.ObstacleService;
import vn.gov.plantracker.reporting.ReportService;
import vn.gov.plantracker.target.Target;
import vn.gov.plantracker.task.AssignmentBlock;
import vn.gov.plantracker.task.Task;
import vn.gov.plantracker.token.ApiToken;
import vn.gov.plantracker.token.TokenService;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitGroup;

/**
 * The audit trail of each kind of record, read-only: Envers writes it with every change and no
 * endpoint changes or deletes it. History outlives the record: a deleted plan's stays readable.
 */
@Path(ApiPaths.V1)
@Tag(name = "History", description = "Who changed what, when and from where.")
public class HistoryResource {

  private static final String DESCRIPTION =
      "Newest first, each change with its fields before and after.";

  private final HistoryService history;
  private final TokenService tokens;
  private final ReportService reports;
  private final ObstacleService obstacles;
  private final CurrentActor actor;

  HistoryResource(
      HistoryService history,
      TokenService tokens,
      ReportService reports,
      ObstacleService obstacles,
      CurrentActor actor) {
    this.history = history;
    this.tokens = tokens;
    this.reports = reports;
    this.obstacles = obstacles;
    this.actor = actor;
  }

  @GET
  @Path("/plans/{id}/history")
  @RolesAllowed(Roles.READER)
  @Operation(summary = "A plan's history", description = DESCRIPTION)
  public Page<HistoryEntry> plan(@PathParam("id") long id, @BeanParam @Valid PageRequest page) {
    return history.of(Plan.class, id, "entity.plan", page);
  }

  @GET
  @Path("/tasks/{id}/history")
  @RolesAllowed(Roles.READER)
  @Operation(summary = "A task's history", description = DESCRIPTION)
  public Page<HistoryEntry> task(@PathParam("id") long id, @BeanParam @Valid PageRequest page) {
    return history.of(Task.class, id, "entity.task", page);
  }

  @GET
  @Path("/targets/{id}/history")
  @RolesAllowed(Roles.READER)
  @Operation(summary = "A target's history", description = DESCRIPTION)
  public Page<HistoryEntry> target(@PathParam("id") long id, @BeanParam @Valid PageRequest page) {
    return history.of(Target.class, id, "entity.target", page);
  }

  @GET
  @Path("/indicators/{id}/history")
  @RolesAllowed(Roles.READER)
  @Operation(summary = "An indicator's history", description = DESCRIPTION)
  public Page<HistoryEntry> indicator(
      @PathParam("id") long id, @BeanParam @Valid PageRequest page) {
    return history.of(Indicator.class, id, "entity.indicator", page);
  }

  @GET
  @Path("/indicator-values/{id}/history")
  @RolesAllowed(Roles.READER)
  @Operation(
      summary = "The corrections of an area's figures",
      description = "Who gave or corrected them, and what they were. " + DESCRIPTION)
  public Page<HistoryEntry> indicatorValue(
      @PathParam("id") long id, @BeanParam @Valid PageRequest page) {
    return history.of(IndicatorValue.class, id, "entity.indicatorValue", page);
  }

  @GET
  @Path("/assignment-blocks/{id}/history")
  @RolesAllowed(Roles.READER)
  @Operation(summary = "An assignment block's history", description = DESCRIPTION)
  public Page<HistoryEntry> block(@PathParam("id") long id, @BeanParam @Valid PageRequest page) {
    return history.of(AssignmentBlock.class, id, "entity.assignmentBlock", page);
  }

  @GET
  @Path("/units/{id}/history")
  @RolesAllowed(Roles.READER)
  @Operation(summary = "A unit's history", description = DESCRIPTION)
  public Page<HistoryEntry> unit(@PathParam("id") long id, @BeanParam @Valid PageRequest page) {
    return history.of(Unit.class, id, "entity.unit", page);
  }

  @GET
  @Path("/unit-groups/{id}/history")
  @RolesAllowed(Roles.READER)
  @Operation(summary = "A unit group's history", description = DESCRIPTION)
  public Page<HistoryEntry> group(@PathParam("id") long id, @BeanParam @Valid PageRequest page) {
    return history.of(UnitGroup.class, id, "entity.unitGroup", page);
  }

  @GET
  @Path("/users/{id}/history")
  @RolesAllowed(Roles.ADMIN)
  @Operation(
      summary = "A user's history",
      description =
          DESCRIPTION + " Passwords are never recorded; their changes are in the security log.")
  public Page<HistoryEntry> user(@PathParam("id") long id, @BeanParam @Valid PageRequest page) {
    return history.of(User.class, id, "entity.user", page);
  }

  @GET
  @Path("/tokens/{id}/history")
  @Authenticated
  @Operation(summary = "An API token's history", description = "Your own; an administrator any.")
  public Page<HistoryEntry> token(@PathParam("id") long id, @BeanParam @Valid PageRequest page) {
    tokens.get(actor.get(), id);
    return history.of(ApiToken.class, id, "entity.token", page);
  }

  @GET
  @Path("/reports/{id}/history")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.UNIT_OFFICER, Roles.LEADER})
  @Operation(
      summary = "A unit report's history",
      description =
          "Every save (with what changed in each entry, its figures and obstacles), submission,"
              + " return and acceptance. "
              + DESCRIPTION)
  public Page<HistoryEntry> report(@PathParam("id") long id, @BeanParam @Valid PageRequest page) {
    // A report that no longer exists (its duty was withdrawn) has history only the roles that see
    // every unit may read; a unit officer reads the history of their own unit's reports.
    if (!actor.get().seesAllUnits()) {
      reports.get(id, actor.get());
    }
    return history.ofReport(id, page);
  }

  @GET
  @Path("/obstacles/{id}/history")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.UNIT_OFFICER, Roles.LEADER})
  @Operation(
      summary = "An obstacle's history",
      description =
          "Who raised and rewrote it, and who changed its owner, status and response. "
              + DESCRIPTION)
  public Page<HistoryEntry> obstacle(@PathParam("id") long id, @BeanParam @Valid PageRequest page) {
    if (!actor.get().seesAllUnits()) {
      obstacles.requireReader(id, actor.get());
    }
    return history.of(Obstacle.class, id, "entity.obstacle", page);
  }
}
