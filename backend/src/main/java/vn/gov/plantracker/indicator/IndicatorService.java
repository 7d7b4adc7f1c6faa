package vn.gov.plantracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.gov.plantracker.auth.Actor;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.indicator.IndicatorDtos.GroupRef;
import vn.gov.plantracker.indicator.IndicatorDtos.IndicatorInput;
import vn.gov.plantracker.indicator.IndicatorDtos.IndicatorView;
import vn.gov.plantracker.plan.PlanRepository;
import vn.gov.plantracker.reporting.ReportAccess;
import vn.gov.plantracker.target.Target;
import vn.gov.plantracker.target.TargetKind;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitDtos.UnitRef;
import vn.gov.plantracker.unit.UnitGroup;

/** The indicators behind a plan's quantitative targets, defined by the plan's coordinator. */
@ApplicationScoped
public class IndicatorService {

  private static final String FETCHED =
      "select i from Indicator i join fetch i.target t join fetch i.areas"
          + " left join fetch i.numeratorSupplier left join fetch i.denominatorSupplier";

  private final PlanRepository plans;

  IndicatorService(PlanRepository plans) {
    this.plans = plans;
  }

  @Transactional
  public Page<IndicatorView> list(long planId, PageRequest page) {
    plans.get(planId);
    List<IndicatorView> items =
        Indicator.<Indicator>find(FETCHED + " where t.plan.id = ?1 order by t.ordinal", planId)
            .page(page.page(), page.size())
            .stream()
            .map(IndicatorService::view)
            .toList();
    long total = Indicator.count("target.plan.id", planId);
    return Page.of(items, page, total);
  }

  @Transactional
  public IndicatorView get(long id) {
    return view(find(id));
  }

  /** Creates the target's indicator, or changes it when it has one. */
  @Transactional
  public IndicatorView define(long targetId, IndicatorInput input, Actor actor) {
    Target target =
        Target.<Target>findByIdOptional(targetId)
            .orElseThrow(() -> ApiException.notFound("entity.target", targetId));
    ReportAccess.requireCoordinatorOf(target.plan, actor);
    if (target.kind != TargetKind.QUANTITATIVE) {
      throw ApiException.rule("rule.indicator.qualitative");
    }
    Indicator indicator = Indicator.<Indicator>find("target", target).firstResult();
    if (indicator == null) {
      indicator = new Indicator();
      indicator.target = target;
    } else {
      ApiException.checkVersion(
          input.version(), indicator.version, "entity.indicator", indicator.id);
    }
    if ((input.baselineYear() == null) != (input.baselineValue() == null)) {
      throw ApiException.rule("rule.indicator.baseline");
    }
    if (input.baselineYear() != null && input.baselineYear() >= target.targetYear) {
      throw ApiException.rule("rule.indicator.baselineYear", target.targetYear);
    }
    indicator.name = input.name().strip();
    indicator.numeratorDefinition = input.numeratorDefinition().strip();
    indicator.denominatorDefinition = input.denominatorDefinition().strip();
    indicator.bounded = input.bounded();
    indicator.areas =
        UnitGroup.<UnitGroup>findByIdOptional(input.areaGroupId())
            .orElseThrow(
                () -> ApiException.rule("rule.indicator.unknownGroup", input.areaGroupId()));
    indicator.numeratorSupplier = supplier(input.numeratorSupplierId());
    indicator.denominatorSupplier = supplier(input.denominatorSupplierId());
    indicator.sourceNote =
        input.sourceNote() == null || input.sourceNote().isBlank()
            ? null
            : input.sourceNote().strip();
    indicator.baselineYear = input.baselineYear();
    indicator.baselineValue = input.baselineValue();
    indicator.persist();
    Indicator.flush();
    return view(indicator);
  }

  static Indicator find(long id) {
    return Indicator.<Indicator>find(FETCHED + " where i.id = ?1", id)
        .firstResultOptional()
        .orElseThrow(() -> ApiException.notFound("entity.indicator", id));
  }

  private static Unit supplier(Long unitId) {
    if (unitId == null) {
      return null;
    }
    return Unit.<Unit>findByIdOptional(unitId)
        .orElseThrow(() -> ApiException.rule("rule.indicator.unknownUnit", unitId));
  }

  static IndicatorView view(Indicator i) {
    Target t = i.target;
    return new IndicatorView(
        i.id,
        t.id,
        t.text,
        t.targetYear,
        t.low,
        t.high,
        i.name,
        i.numeratorDefinition,
        i.denominatorDefinition,
        i.bounded,
        new GroupRef(i.areas.id, i.areas.code, i.areas.name),
        UnitRef.of(i.numeratorSupplier),
        UnitRef.of(i.denominatorSupplier),
        i.sourceNote,
        i.baselineYear,
        i.baselineValue,
        i.version);
  }
}
