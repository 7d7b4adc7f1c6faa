package vn.gov.plantracker.task;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.plantracker.common.api.ApiPaths;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.task.TaskDtos.ObligationView;

/** What a unit owes. */
@Path(ApiPaths.V1)
@Tag(name = "Units")
public class ObligationResource {

  private final ObligationService service;

  ObligationResource(ObligationService service) {
    this.service = service;
  }

  @GET
  @Path("/units/{unitId}/obligations")
  @Operation(
      summary = "Every task a unit owes",
      description =
          "As lead, coordinating, implementing or guiding unit, directly or through a group it"
              + " is in; by plan, in document order.")
  public Page<ObligationView> list(
      @PathParam("unitId") long unitId,
      @Parameter(description = "Only this plan's tasks.") @QueryParam("planId") Long planId,
      @BeanParam @Valid PageRequest page) {
    return service.list(unitId, planId, page);
  }
}
