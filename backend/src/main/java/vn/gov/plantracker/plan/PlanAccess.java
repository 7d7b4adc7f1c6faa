package vn.gov.plantracker.plan;

import vn.gov.plantracker.account.AccountRole;
import vn.gov.plantracker.auth.Actor;
import vn.gov.plantracker.common.error.ApiException;

/**
 * Who carries a plan: administrators, and the coordinators of the plan's coordinating office —
 * signed in, never through a token. They run its reporting and keep its content (targets, tasks,
 * assignments) up to date, as the coordinating office does; other coordinators do not.
 */
public final class PlanAccess {

  private PlanAccess() {}

  public static boolean coordinates(Plan plan, Actor actor) {
    boolean admin = actor.is(AccountRole.ADMIN);
    boolean coordinator =
        actor.is(AccountRole.COORDINATOR)
            && plan.coordinator != null
            && actor.belongsTo(plan.coordinator.id);
    return (admin || coordinator) && actor.via() != Actor.Via.TOKEN;
  }

  /** Fails with 403 unless {@link #coordinates}. */
  public static void requireCoordinator(Plan plan, Actor actor) {
    if (!coordinates(plan, actor)) {
      throw ApiException.forbidden();
    }
  }
}
