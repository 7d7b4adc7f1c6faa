package vn.gov.plantracker.task;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.plantracker.account.Roles;
import vn.gov.plantracker.auth.CurrentActor;
import vn.gov.plantracker.common.api.ApiPaths;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.task.TaskDtos.ObligationView;

/** What a unit owes. */
@Path(ApiPaths.V1)
@Tag(name = "Units")
public class ObligationResource {

  private final ObligationService service;
  private final CurrentActor actor;

  ObligationResource(ObligationService service, CurrentActor actor) {
    this.service = service;
    this.actor = actor;
  }

  @GET
  @Path("/units/{unitId}/obligations")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.UNIT_OFFICER, Roles.LEADER})
  @Operation(
      summary = "Every task a unit owes",
      description =
          "As lead, coordinating, implementing or guiding unit, directly or through a group it"
              + " is in; by plan, in document order. A unit officer sees only their own units'.")
  public Page<ObligationView> list(
      @PathParam("unitId") long unitId,
      @Parameter(description = "Only this plan's tasks.") @QueryParam("planId") Long planId,
      @Parameter(
              description =
                  "What the unit owed on this day (default today): a successor owes its closed"
                      + " predecessors' tasks from the change's effective date.")
          @QueryParam("asOf")
          LocalDate asOf,
      @BeanParam @Valid PageRequest page) {
    actor.requireUnitVisible(unitId);
    return service.list(unitId, planId, asOf, page);
  }
}
