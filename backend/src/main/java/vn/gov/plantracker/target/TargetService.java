package vn.gov.plantracker.target;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.gov.plantracker.auth.Actor;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.plan.Plan;
import vn.gov.plantracker.plan.PlanAccess;
import vn.gov.plantracker.plan.PlanRepository;
import vn.gov.plantracker.target.TargetDtos.TargetInput;
import vn.gov.plantracker.target.TargetDtos.TargetView;

/** Reads and changes a plan's targets. */
@ApplicationScoped
public class TargetService {

  private final TargetRepository targets;
  private final PlanRepository plans;

  TargetService(TargetRepository targets, PlanRepository plans) {
    this.targets = targets;
    this.plans = plans;
  }

  @Transactional
  public Page<TargetView> list(Long planId, PageRequest page) {
    plans.get(planId);
    return Page.slice(targets.listByPlan(planId), page).map(TargetView::of);
  }

  @Transactional
  public TargetView get(Long id) {
    return TargetView.of(targets.get(id));
  }

  @Transactional
  public TargetView create(Long planId, TargetInput input, Actor actor) {
    Plan plan = plans.get(planId);
    PlanAccess.requireCoordinator(plan, actor);
    Target target = new Target();
    target.plan = plan;
    target.ordinal = input.ordinal() != null ? input.ordinal() : targets.nextOrdinal(planId);
    apply(target, input);
    targets.persistAndFlush(target);
    return TargetView.of(target);
  }

  @Transactional
  public TargetView update(Long id, TargetInput input, Actor actor) {
    Target target = targets.get(id);
    PlanAccess.requireCoordinator(target.plan, actor);
    ApiException.checkVersion(input.version(), target.version, "entity.target", id);
    if (input.ordinal() != null) {
      target.ordinal = input.ordinal();
    }
    apply(target, input);
    targets.flush();
    return TargetView.of(target);
  }

  @Transactional
  public void delete(Long id, Long version, Actor actor) {
    Target target = targets.get(id);
    PlanAccess.requireCoordinator(target.plan, actor);
    ApiException.checkVersion(version, target.version, "entity.target", id);
    if (targets.hasFigures(target)) {
      throw ApiException.conflict("rule.target.hasFigures");
    }
    targets.deleteWithIndicator(target);
  }

  private static void apply(Target target, TargetInput input) {
    target.targetYear = input.targetYear();
    target.text = input.text().strip();
    target.approximate = input.approximate();
    target.measure(input.kind(), input.low(), input.high(), input.measureUnit());
  }
}
