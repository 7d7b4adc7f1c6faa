package vn.gov.plantracker.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.plantracker.account.Roles;
import vn.gov.plantracker.auth.CurrentActor;
import vn.gov.plantracker.common.api.ApiPaths;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.reporting.ReportingDtos.ObstacleHandling;
import vn.gov.plantracker.reporting.ReportingDtos.ObstacleItem;

/** The obstacles board: difficulties units raised and how they are being handled. */
@Path(ApiPaths.V1)
@Tag(name = "Reporting")
public class ObstacleResource {

  private final ObstacleService obstacles;
  private final CurrentActor actor;

  ObstacleResource(ObstacleService obstacles, CurrentActor actor) {
    this.obstacles = obstacles;
    this.actor = actor;
  }

  @GET
  @Path("/plans/{planId}/obstacles")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.UNIT_OFFICER, Roles.LEADER})
  @Operation(
      summary = "Obstacles raised in a plan's reports",
      description =
          "From submitted reports, newest period first. Filter by period and by status (repeat"
              + " it for several). A unit officer sees those their units raised or own.")
  public Page<ObstacleItem> board(
      @PathParam("planId") long planId,
      @QueryParam("periodId") Long periodId,
      @QueryParam("status") List<ObstacleStatus> statuses,
      @BeanParam @Valid PageRequest page) {
    return obstacles.board(planId, periodId, statuses, actor.get(), page);
  }

  @PUT
  @Path("/obstacles/{id}")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.UNIT_OFFICER})
  @Operation(
      summary = "Handle an obstacle",
      description =
          "By the plan's coordinator: owner, status and response. An officer of the owning unit"
              + " may set the status and response, but not hand it to another unit.")
  public ObstacleItem handle(@PathParam("id") long id, @NotNull @Valid ObstacleHandling input) {
    return obstacles.handle(id, input, actor.get());
  }
}
