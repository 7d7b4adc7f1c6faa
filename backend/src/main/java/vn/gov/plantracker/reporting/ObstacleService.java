package vn.gov.plantracker.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.gov.plantracker.account.AccountRole;
import vn.gov.plantracker.auth.Actor;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.plan.PlanRepository;
import vn.gov.plantracker.reporting.ReportingDtos.ObstacleHandling;
import vn.gov.plantracker.reporting.ReportingDtos.ObstacleInput;
import vn.gov.plantracker.reporting.ReportingDtos.ObstacleItem;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitDtos.UnitRef;

/**
 * Obstacles from the units' reports: written by the unit with its report, handled by the plan's
 * coordinator once the report has been submitted.
 */
@ApplicationScoped
public class ObstacleService {

  private final PlanRepository plans;

  ObstacleService(PlanRepository plans) {
    this.plans = plans;
  }

  /**
   * The obstacles raised in a plan's submitted reports, newest period first. A unit officer sees
   * those their units raised or own.
   */
  @Transactional
  public Page<ObstacleItem> board(
      long planId, Long periodId, List<ObstacleStatus> statuses, Actor actor, PageRequest page) {
    plans.get(planId);
    boolean filterStatus = statuses != null && !statuses.isEmpty();
    String where =
        " where r.period.plan.id = :plan and r.submittedAt is not null"
            + (periodId == null ? "" : " and r.period.id = :period")
            + (filterStatus ? " and o.status in :statuses" : "")
            + (actor.seesAllUnits() ? "" : " and (r.unit.id in :units or o.owner.id in :units)");
    var em = Obstacle.getEntityManager();
    var rows =
        em.createQuery(
                "select o from Obstacle o join fetch o.entry e join fetch e.report r"
                    + " join fetch r.period join fetch r.unit join fetch e.task t"
                    + " left join fetch o.owner"
                    + where
                    + " order by r.period.dueDate desc, r.period.id desc, r.unit.name, t.path,"
                    + " o.position",
                Obstacle.class)
            .setFirstResult(page.offset())
            .setMaxResults(page.size());
    var count =
        em.createQuery(
            "select count(o) from Obstacle o join o.entry e join e.report r" + where, Long.class);
    for (var query : List.of(rows, count)) {
      query.setParameter("plan", planId);
      if (periodId != null) {
        query.setParameter("period", periodId);
      }
      if (filterStatus) {
        query.setParameter("statuses", statuses);
      }
      if (!actor.seesAllUnits()) {
        query.setParameter("units", actor.unitIds().isEmpty() ? List.of(-1L) : actor.unitIds());
      }
    }
    List<ObstacleItem> items = rows.getResultList().stream().map(ObstacleService::item).toList();
    return Page.of(items, page, count.getSingleResult());
  }

  /** A unit officer reads the obstacles their units raised or own. */
  @Transactional
  public void requireReader(long id, Actor actor) {
    Obstacle obstacle =
        Obstacle.<Obstacle>findByIdOptional(id)
            .orElseThrow(() -> ApiException.notFound("entity.obstacle", id));
    boolean raised = actor.belongsTo(obstacle.entry.report.unit.id);
    boolean owns = obstacle.owner != null && actor.belongsTo(obstacle.owner.id);
    if (!actor.seesAllUnits() && !raised && !owns) {
      throw ApiException.forbidden();
    }
  }

  /**
   * The coordinator names an owner, moves the status on and answers. An officer of the owning unit
   * may move the status on and answer, but not hand the obstacle to another unit.
   */
  @Transactional
  public ObstacleItem handle(long id, ObstacleHandling input, Actor actor) {
    Obstacle obstacle =
        Obstacle.<Obstacle>findByIdOptional(id)
            .orElseThrow(() -> ApiException.notFound("entity.obstacle", id));
    UnitReport report = obstacle.entry.report;
    if (!ownerOfficer(obstacle, actor)
        || (input.ownerUnitId() != null && !input.ownerUnitId().equals(obstacle.owner.id))) {
      ReportAccess.requireCoordinatorOf(report.period.plan, actor);
    }
    ApiException.checkVersion(input.version(), obstacle.version, "entity.obstacle", id);
    if (report.submittedAt == null) {
      throw ApiException.conflict("rule.obstacle.notRaised");
    }
    String response = blankToNull(input.response());
    boolean closing =
        input.status() == ObstacleStatus.RESOLVED || input.status() == ObstacleStatus.ESCALATED;
    if (response == null && closing) {
      throw ApiException.rule("rule.obstacle.responseRequired");
    }
    if (input.ownerUnitId() != null) {
      obstacle.owner =
          Unit.<Unit>findByIdOptional(input.ownerUnitId())
              .orElseThrow(
                  () -> ApiException.rule("rule.obstacle.unknownOwner", input.ownerUnitId()));
    }
    obstacle.status = input.status();
    obstacle.response = response;
    obstacle.handledAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Obstacle.flush();
    return item(obstacle);
  }

  private static boolean ownerOfficer(Obstacle obstacle, Actor actor) {
    return obstacle.owner != null
        && actor.is(AccountRole.UNIT_OFFICER)
        && actor.belongsTo(obstacle.owner.id)
        && actor.via() != Actor.Via.TOKEN;
  }

  /**
   * Makes an entry's obstacles the ones the unit sent, in its order. Ones the coordinator has
   * handled can be kept but neither rewritten nor withdrawn.
   */
  static void sync(ReportEntry entry, List<ObstacleInput> wanted) {
    Map<Long, Obstacle> current = new LinkedHashMap<>();
    entry.obstacles.forEach(o -> current.put(o.id, o));
    List<Obstacle> added = new ArrayList<>();
    int position = 0;
    for (ObstacleInput input : wanted) {
      String description = input.description().strip();
      String proposal = blankToNull(input.proposal());
      Obstacle obstacle;
      if (input.id() == null) {
        obstacle = new Obstacle();
        obstacle.entry = entry;
        obstacle.owner = entry.report.period.plan.coordinator;
        added.add(obstacle);
      } else {
        obstacle = current.remove(input.id());
        if (obstacle == null) {
          throw ApiException.rule("rule.obstacle.unknown", input.id());
        }
        boolean rewritten =
            !obstacle.description.equals(description)
                || !Objects.equals(obstacle.proposal, proposal);
        if (obstacle.handled() && rewritten) {
          throw ApiException.conflict("rule.obstacle.handled", input.id());
        }
      }
      obstacle.description = description;
      obstacle.proposal = proposal;
      obstacle.position = position++;
    }
    for (Obstacle withdrawn : current.values()) {
      if (withdrawn.handled()) {
        throw ApiException.conflict("rule.obstacle.handled", withdrawn.id);
      }
    }
    entry.obstacles.removeAll(current.values());
    entry.obstacles.addAll(added);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static ObstacleItem item(Obstacle o) {
    ReportEntry entry = o.entry;
    UnitReport report = entry.report;
    return new ObstacleItem(
        o.id,
        report.period.id,
        report.period.title,
        report.id,
        UnitRef.of(report.unit),
        entry.task.id,
        entry.task.code,
        entry.task.text,
        o.description,
        o.proposal,
        o.status,
        UnitRef.of(o.owner),
        o.response,
        o.handledAt,
        o.version);
  }
}
