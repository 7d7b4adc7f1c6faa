package vn.gov.plantracker.reporting;

import java.time.LocalDate;
import java.util.Optional;
import vn.gov.plantracker.account.AccountRole;
import vn.gov.plantracker.auth.Actor;
import vn.gov.plantracker.auth.TokenScope;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.error.ErrorCode;
import vn.gov.plantracker.common.time.VietnamTime;
import vn.gov.plantracker.plan.Plan;
import vn.gov.plantracker.plan.PlanAccess;
import vn.gov.plantracker.unit.Unit;

/** Who may do what with reports: units write their own, the plan's coordinator reviews. */
public final class ReportAccess {

  private ReportAccess() {}

  /** An administrator, or a coordinator in the plan's coordinating office, signed in (no token). */
  public static void requireCoordinatorOf(Plan plan, Actor actor) {
    if (!coordinates(plan, actor)) {
      throw ApiException.forbidden();
    }
  }

  /** See {@link #requireCoordinatorOf}. */
  public static boolean coordinates(Plan plan, Actor actor) {
    return PlanAccess.coordinates(plan, actor);
  }

  /**
   * Who reads a period's consolidated report while it is compiled and approved: administrators,
   * leaders and the plan's coordinators, through a session or a read token. It holds every unit's
   * results, so no unit officer reads it before it is issued to them.
   */
  public static boolean readsConsolidatedDraft(Plan plan, Actor actor) {
    return actor.is(AccountRole.ADMIN)
        || actor.is(AccountRole.LEADER)
        || (actor.is(AccountRole.COORDINATOR)
            && plan.coordinator != null
            && actor.belongsTo(plan.coordinator.id));
  }

  /** An officer of the unit, signed in or through a report-write token naming the unit. */
  public static boolean writesFor(long unitId, Actor actor) {
    boolean officer = actor.is(AccountRole.UNIT_OFFICER) && actor.belongsTo(unitId);
    boolean tokenAllows =
        actor.via() != Actor.Via.TOKEN
            || (actor.tokenScope() == TokenScope.REPORT_WRITE
                && actor.tokenUnitIds().contains(unitId));
    return officer && tokenAllows;
  }

  /** An officer of the report's unit, or a report-write token naming the unit. */
  static void requireWriter(UnitReport report, Actor actor) {
    if (!writesFor(report.unit.id, actor)) {
      throw closedTokenUnit(actor).orElseGet(ApiException::forbidden);
    }
  }

  /** A token made for a unit that has since closed says so, rather than a bare refusal. */
  private static Optional<ApiException> closedTokenUnit(Actor actor) {
    if (actor.via() != Actor.Via.TOKEN || actor.tokenUnitIds().isEmpty()) {
      return Optional.empty();
    }
    LocalDate today = VietnamTime.today();
    return Unit.<Unit>list("id in ?1 and validTo < ?2", actor.tokenUnitIds(), today).stream()
        .findFirst()
        .map(
            closed ->
                new ApiException(
                    ErrorCode.TOKEN_UNIT_CLOSED,
                    closed.name,
                    VietnamTime.DAY.format(closed.validTo.plusDays(1))));
  }

  /** Everyone but a unit officer of another unit. */
  static void requireReader(UnitReport report, Actor actor) {
    if (!actor.seesAllUnits() && !actor.belongsTo(report.unit.id)) {
      throw ApiException.forbidden();
    }
  }
}
