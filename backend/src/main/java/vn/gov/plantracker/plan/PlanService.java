package vn.gov.plantracker.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.plan.PlanDtos.PlanDetail;
import vn.gov.plantracker.plan.PlanDtos.PlanInput;
import vn.gov.plantracker.plan.PlanDtos.PlanSummary;
import vn.gov.plantracker.plan.PlanDtos.RecipientView;
import vn.gov.plantracker.plan.PlanDtos.ReferenceView;
import vn.gov.plantracker.plan.PlanDtos.SignatureView;
import vn.gov.plantracker.target.TargetDtos.TargetView;
import vn.gov.plantracker.target.TargetRepository;
import vn.gov.plantracker.unit.UnitDtos.UnitRef;
import vn.gov.plantracker.unit.UnitRepository;

/** Reads and changes plans. */
@ApplicationScoped
public class PlanService {

  private final PlanRepository plans;
  private final TargetRepository targets;
  private final UnitRepository units;

  PlanService(PlanRepository plans, TargetRepository targets, UnitRepository units) {
    this.plans = plans;
    this.targets = targets;
    this.units = units;
  }

  @Transactional
  public Page<PlanSummary> list(PlanStatus status, PageRequest page) {
    List<PlanSummary> items = plans.page(status, page).stream().map(PlanSummary::of).toList();
    return Page.of(items, page, plans.countByStatus(status));
  }

  @Transactional
  public PlanDetail get(Long id) {
    return detail(plans.get(id));
  }

  @Transactional
  public PlanDetail create(PlanInput input) {
    Plan plan = new Plan();
    apply(plan, input);
    plans.persistAndFlush(plan);
    return detail(plan);
  }

  @Transactional
  public PlanDetail update(Long id, PlanInput input) {
    Plan plan = plans.get(id);
    ApiException.checkVersion(input.version(), plan.version, "entity.plan", id);
    apply(plan, input);
    plans.flush();
    return detail(plan);
  }

  @Transactional
  public void delete(Long id, Long version) {
    Plan plan = plans.get(id);
    ApiException.checkVersion(version, plan.version, "entity.plan", id);
    if (plans.hasReportingPeriods(id)) {
      throw ApiException.conflict("rule.plan.hasReports");
    }
    if (plans.hasIndicatorFigures(id)) {
      throw ApiException.conflict("rule.plan.hasFigures");
    }
    plans.deleteWithContent(plan);
  }

  private void apply(Plan plan, PlanInput input) {
    if (input.issueDate() != null && input.issueDate().getYear() != input.issueYear()) {
      throw ApiException.rule("rule.plan.issueYear");
    }
    plan.documentType = input.documentType() == null ? DocumentType.PLAN : input.documentType();
    plan.number = blankToNull(input.number());
    plan.symbol = input.symbol().strip();
    plan.issuer = units.get(input.issuerId());
    plan.coordinator = input.coordinatorId() == null ? null : units.get(input.coordinatorId());
    plan.place = input.place();
    plan.issueDate = input.issueDate();
    plan.issueYear = input.issueYear();
    plan.title = input.title().strip();
    plan.preamble = input.preamble();
    plan.purpose = input.purpose();
    plan.implementationArrangements = input.implementationArrangements();
    plan.status = input.status() == null ? PlanStatus.DRAFT : input.status();
    SignatureView signature = input.signature();
    if (signature != null) {
      if (plan.signature == null) {
        plan.signature = new Signature();
      }
      plan.signature.onBehalfOf = signature.onBehalfOf();
      plan.signature.signingFor = signature.signingFor();
      plan.signature.signerTitle = signature.signerTitle();
      plan.signature.signerName = signature.signerName();
    }
  }

  private PlanDetail detail(Plan plan) {
    List<TargetView> targetViews =
        targets.listByPlan(plan.id).stream().map(TargetView::of).toList();
    List<ReferenceView> references =
        plans.referencesWithTaskCode(plan.id).stream()
            .map(
                row -> {
                  DocumentReference r = (DocumentReference) row[0];
                  return new ReferenceView(
                      r.id,
                      r.kind,
                      r.footnoteMark,
                      (String) row[1],
                      r.documentType,
                      r.number,
                      r.issueDate,
                      r.issuer,
                      r.title);
                })
            .toList();
    List<RecipientView> recipients =
        plans.recipients(plan.id).stream().map(RecipientView::of).toList();
    return new PlanDetail(
        plan.id,
        plan.documentType,
        plan.number,
        plan.symbol,
        plan.title,
        UnitRef.of(plan.issuer),
        plan.issueYear,
        plan.issueDate,
        plan.status,
        plan.version,
        plan.place,
        plan.preamble,
        plan.purpose,
        plan.implementationArrangements,
        UnitRef.of(plan.coordinator),
        SignatureView.of(plan.signature),
        targetViews,
        references,
        recipients);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
