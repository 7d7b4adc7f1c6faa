package vn.gov.plantracker.indicator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.plantracker.account.Roles;
import vn.gov.plantracker.auth.CurrentActor;
import vn.gov.plantracker.common.api.ApiPaths;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.indicator.IndicatorDtos.AreaValue;
import vn.gov.plantracker.indicator.IndicatorDtos.IndicatorInput;
import vn.gov.plantracker.indicator.IndicatorDtos.IndicatorView;
import vn.gov.plantracker.indicator.IndicatorDtos.Series;
import vn.gov.plantracker.indicator.IndicatorDtos.ValueInput;

/** Indicators behind the quantitative targets, the figures areas report, and their roll-ups. */
@Path(ApiPaths.V1)
@Tag(
    name = "Indicators",
    description = "Measuring the targets: figures per area and year, roll-ups, path to the target.")
public class IndicatorResource {

  private final IndicatorService indicators;
  private final Measurements measurements;
  private final RollUps rollUps;
  private final CurrentActor actor;

  IndicatorResource(
      IndicatorService indicators, Measurements measurements, RollUps rollUps, CurrentActor actor) {
    this.indicators = indicators;
    this.measurements = measurements;
    this.rollUps = rollUps;
    this.actor = actor;
  }

  @GET
  @Path("/plans/{planId}/indicators")
  @RolesAllowed(Roles.READER)
  @Operation(summary = "A plan's indicators", description = "In the order of their targets.")
  public Page<IndicatorView> list(
      @PathParam("planId") long planId, @BeanParam @Valid PageRequest page) {
    return indicators.list(planId, page);
  }

  @GET
  @Path("/indicators/{id}")
  @RolesAllowed(Roles.READER)
  @Operation(summary = "An indicator")
  public IndicatorView get(@PathParam("id") long id) {
    return indicators.get(id);
  }

  @PUT
  @Path("/targets/{targetId}/indicator")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
  @Operation(
      summary = "Define a target's indicator",
      description =
          "By the plan's coordinator. Creates the indicator of a quantitative target, or changes"
              + " it (send the version you loaded).")
  public IndicatorView define(
      @PathParam("targetId") long targetId, @NotNull @Valid IndicatorInput input) {
    return indicators.define(targetId, input, actor.get());
  }

  @GET
  @Path("/indicators/{id}/values")
  @RolesAllowed(Roles.READER)
  @Operation(
      summary = "Every area's figures for a year",
      description =
          "Each area the indicator expects under the unit (the plan's issuer when not given) that"
              + " existed in the year, in Vietnamese order, with its figures or nulls when it has"
              + " not reported: the comparison of communes.")
  public Page<AreaValue> values(
      @PathParam("id") long id,
      @QueryParam("year") @NotNull @Min(1990) @Max(2100) Integer year,
      @Parameter(description = "An area and everything under it.") @QueryParam("unitId")
          Long unitId,
      @BeanParam @Valid PageRequest page) {
    return measurements.forYear(id, year, unitId, page);
  }

  @PUT
  @Path("/indicators/{id}/values/{unitId}/{year}")
  @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.UNIT_OFFICER})
  @Operation(
      summary = "Give an area's figures for a year",
      description =
          "By an officer of the area (both parts), of the office that supplies one part (that part"
              + " only), or the plan's coordinator. The numerator may not exceed the denominator"
              + " where the indicator says so, nor a breakdown its total.")
  public AreaValue record(
      @PathParam("id") long id,
      @PathParam("unitId") long unitId,
      @PathParam("year") @Min(1990) @Max(2100) int year,
      @NotNull @Valid ValueInput input) {
    return measurements.record(id, unitId, year, input, actor.get());
  }

  @GET
  @Path("/indicators/{id}/series")
  @RolesAllowed(Roles.READER)
  @Operation(
      summary = "An indicator rolled up by year",
      description =
          "For the unit and everything under it (the plan's issuer when not given): per year the"
              + " summed numerators over summed denominators of the areas that reported both,"
              + " how many areas that is of those expected, the value the straight path from the"
              + " baseline to the target expects, the status, and a projection to the target"
              + " year.")
  public Series series(
      @PathParam("id") long id,
      @Parameter(description = "An area and everything under it.") @QueryParam("unitId")
          Long unitId) {
    return rollUps.series(id, unitId);
  }
}
