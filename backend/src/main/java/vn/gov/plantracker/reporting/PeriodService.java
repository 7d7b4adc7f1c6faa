package vn.gov.plantracker.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import vn.gov.plantracker.auth.Actor;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.common.time.VietnamTime;
import vn.gov.plantracker.plan.Plan;
import vn.gov.plantracker.plan.PlanRepository;
import vn.gov.plantracker.reporting.ReportingDtos.Compliance;
import vn.gov.plantracker.reporting.ReportingDtos.PeriodInput;
import vn.gov.plantracker.reporting.ReportingDtos.PeriodView;
import vn.gov.plantracker.task.DutiesChanged;
import vn.gov.plantracker.task.ReportDuties;
import vn.gov.plantracker.task.ReportDuties.Duty;
import vn.gov.plantracker.task.Task;
import vn.gov.plantracker.unit.GroupMembersChanged;
import vn.gov.plantracker.unit.OrganisationChanged;
import vn.gov.plantracker.unit.Successions;
import vn.gov.plantracker.unit.Unit;

/** Opens reporting periods and compiles who owes which report. */
@ApplicationScoped
public class PeriodService {

  private final PlanRepository plans;
  private final ReportDuties duties;
  private final Successions successions;

  PeriodService(PlanRepository plans, ReportDuties duties, Successions successions) {
    this.plans = plans;
    this.duties = duties;
    this.successions = successions;
  }

  @Transactional
  public Page<PeriodView> list(long planId, Actor actor, PageRequest page) {
    plans.get(planId);
    List<ReportingPeriod> periods =
        ReportingPeriod.<ReportingPeriod>find("plan.id = ?1 order by dueDate desc, id desc", planId)
            .page(page.page(), page.size())
            .list();
    Map<Long, Compliance> compliance = compliance(periods.stream().map(p -> p.id).toList());
    List<PeriodView> items =
        periods.stream().map(p -> view(p, compliance.get(p.id), actor)).toList();
    return Page.of(items, page, ReportingPeriod.count("plan.id", planId));
  }

  @Transactional
  public PeriodView get(long id, Actor actor) {
    ReportingPeriod period = find(id);
    return view(period, compliance(List.of(id)).get(id), actor);
  }

  /**
   * Opens a period and creates the expected reports: one per unit that owes tasks in the plan on
   * the due date (successors in place of units closed by then), each with an entry per task.
   */
  @Transactional
  public PeriodView create(long planId, PeriodInput input, Actor actor) {
    Plan plan = plans.get(planId);
    ReportAccess.requireCoordinatorOf(plan, actor);
    ReportingPeriod period = new ReportingPeriod();
    period.plan = plan;
    period.kind = input.kind();
    shape(period, input);
    if (ReportingPeriod.count("plan.id = ?1 and title = ?2", planId, period.title) > 0) {
      throw ApiException.conflict("rule.period.titleTaken", period.title);
    }
    scope(period, input);
    period.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    period.persist();
    compile(period, duties.owedOn(planId, period.dueDate), null);
    return view(period, compliance(List.of(period.id)).get(period.id), actor);
  }

  /**
   * Brings the open periods of a plan in line with changed assignments: new duties add reports and
   * entries to editable reports; entries no longer owed leave editable reports when nothing was
   * written in them yet. Submitted and accepted reports stay as they are. The audit trail keeps
   * every addition and removal.
   */
  void onDutiesChanged(@Observes DutiesChanged event) {
    refreshOpenPeriods(event.planId());
  }

  /** A group's members changed: every plan may name the group. */
  void onGroupMembersChanged(@Observes GroupMembersChanged event) {
    refreshOpenPeriods(null);
  }

  /**
   * Units closed or opened: their duties moved to successors, or back. Only the plans that name one
   * of the units, or a unit they took over from, directly or through a group, can owe differently.
   */
  void onOrganisationChanged(@Observes OrganisationChanged event) {
    Set<Long> plans = plansNaming(withPredecessors(event.unitIds()));
    if (!plans.isEmpty()) {
      refresh(openPeriods("p.plan.id in ?1", plans));
    }
  }

  /** The units and every unit whose duties passed to one of them, through any number of changes. */
  private static Set<Long> withPredecessors(Set<Long> unitIds) {
    Set<Long> all = new java.util.HashSet<>(unitIds);
    Set<Long> next = new java.util.HashSet<>(unitIds);
    while (!next.isEmpty()) {
      List<Long> found =
          UnitReport.getEntityManager()
              .createQuery(
                  "select p.unit.id from OrganisationChange c join c.units s join c.units p"
                      + " where s.side = :successor and p.side = :predecessor"
                      + " and s.unit.id in :ids",
                  Long.class)
              .setParameter("successor", vn.gov.plantracker.unit.OrganisationChange.Side.SUCCESSOR)
              .setParameter(
                  "predecessor", vn.gov.plantracker.unit.OrganisationChange.Side.PREDECESSOR)
              .setParameter("ids", next)
              .getResultList();
      next = new java.util.HashSet<>(found);
      next.removeAll(all);
      all.addAll(next);
    }
    return all;
  }

  /** Plans whose assignment blocks name one of the units, directly or through a group. */
  private static Set<Long> plansNaming(Set<Long> unitIds) {
    if (unitIds.isEmpty()) {
      return Set.of();
    }
    return new java.util.HashSet<>(
        UnitReport.getEntityManager()
            .createQuery(
                "select distinct b.plan.id from AssignmentBlock b left join b.parties p"
                    + " where b.lead.id in :ids or b.guidance.id in :ids or p.unit.id in :ids"
                    + " or p.group.id in (select g.id from UnitGroup g join g.members m"
                    + " where m.id in :ids)",
                Long.class)
            .setParameter("ids", unitIds)
            .getResultList());
  }

  private void refreshOpenPeriods(Long planId) {
    refresh(planId == null ? openPeriods("1 = 1") : openPeriods("p.plan.id = ?1", planId));
  }

  /** The periods not yet due that match, with the scopes each asks within. */
  private static List<ReportingPeriod> openPeriods(String where, Object... params) {
    Object[] all = java.util.Arrays.copyOf(params, params.length + 1);
    all[params.length] = VietnamTime.today();
    return ReportingPeriod.<ReportingPeriod>find(
            "select distinct p from ReportingPeriod p left join fetch p.scopeTasks"
                + " left join fetch p.scopeUnits where "
                + where
                + " and p.dueDate >= ?"
                + all.length
                + " order by p.id",
            all)
        .list();
  }

  private void refresh(List<ReportingPeriod> open) {
    if (open.isEmpty()) {
      return;
    }
    // After an organisation change the session holds thousands of entities: each query would
    // check them all for changes to flush first. What is pending is written once here; the refresh
    // then reads all it needs before it writes, so no query needs a flush.
    Session session = UnitReport.getEntityManager().unwrap(Session.class);
    session.flush();
    FlushMode mode = session.getHibernateFlushMode();
    session.setHibernateFlushMode(FlushMode.COMMIT);
    try {
      // The successions and the plans' duties are read once for all the periods due on a day,
      // the reports once for all the periods.
      Map<LocalDate, Map<Long, List<Duty>>> dutiesByDay = new java.util.HashMap<>();
      Map<LocalDate, Set<Long>> plansByDay = new java.util.HashMap<>();
      open.forEach(
          p -> plansByDay.computeIfAbsent(p.dueDate, d -> new LinkedHashSet<>()).add(p.plan.id));
      plansByDay.forEach(
          (day, planIds) -> dutiesByDay.put(day, duties.owedOn(planIds, successions.on(day))));
      Map<Long, List<UnitReport>> reports = reportsOf(open);
      for (ReportingPeriod period : open) {
        List<Duty> now = dutiesByDay.get(period.dueDate).get(period.plan.id);
        dropUnowed(period, now, compile(period, now, reports.get(period.id)));
      }
    } finally {
      session.setHibernateFlushMode(mode);
    }
  }

  /** The periods' reports with their entries, by period, in one statement. */
  private static Map<Long, List<UnitReport>> reportsOf(List<ReportingPeriod> periods) {
    Map<Long, List<UnitReport>> byPeriod = new java.util.HashMap<>();
    periods.forEach(p -> byPeriod.put(p.id, new java.util.ArrayList<>()));
    UnitReport.<UnitReport>find(
            "select distinct r from UnitReport r left join fetch r.entries where r.period in ?1",
            periods)
        .stream()
        .forEach(r -> byPeriod.get(r.period.id).add(r));
    return byPeriod;
  }

  /**
   * Adds the reports and entries the duties call for and the period lacks, to the period's reports
   * as read ({@code null} to read them); the period's reports, by unit.
   */
  private static Map<Long, UnitReport> compile(
      ReportingPeriod period, List<Duty> owed, List<UnitReport> existing) {
    Map<Long, UnitReport> reports = new LinkedHashMap<>();
    (existing != null ? existing : reportsOf(List.of(period)).get(period.id))
        .forEach(r -> reports.put(r.unit.id, r));
    for (Duty duty : owed) {
      if (!period.asks(duty.task(), duty.unit())) {
        continue;
      }
      UnitReport report =
          reports.computeIfAbsent(
              duty.unit().id,
              id -> {
                UnitReport created = new UnitReport();
                created.period = period;
                created.unit = duty.unit();
                created.persist();
                return created;
              });
      boolean listed = report.entries.stream().anyMatch(e -> e.task.id.equals(duty.task().id));
      if (!listed && report.editable()) {
        ReportEntry entry = new ReportEntry();
        entry.report = report;
        entry.task = duty.task();
        entry.role = duty.role();
        report.entries.add(entry);
      }
    }
    return reports;
  }

  /** Removes the untouched entries no duty calls for any more, and reports left empty. */
  private static void dropUnowed(
      ReportingPeriod period, List<Duty> owed, Map<Long, UnitReport> reports) {
    Set<List<Long>> owedPairs =
        owed.stream()
            .filter(d -> period.asks(d.task(), d.unit()))
            .map(d -> List.of(d.unit().id, d.task().id))
            .collect(java.util.stream.Collectors.toSet());
    for (UnitReport report : reports.values()) {
      if (!report.editable()) {
        continue;
      }
      report.entries.removeIf(
          e -> !owedPairs.contains(List.of(report.unit.id, e.task.id)) && e.untouched());
      if (report.entries.isEmpty() && report.status == ReportStatus.DRAFT) {
        report.delete();
      }
    }
  }

  public ReportingPeriod find(long id) {
    return ReportingPeriod.<ReportingPeriod>findByIdOptional(id)
        .orElseThrow(() -> ApiException.notFound("entity.period", id));
  }

  /** Annual: Decree 09/2019's window (15/12 of the year before to 14/12), due 15/12. */
  private static void shape(ReportingPeriod period, PeriodInput input) {
    if (input.kind() == PeriodKind.ANNUAL) {
      if (input.year() == null) {
        throw ApiException.missing("year");
      }
      int year = input.year();
      period.title =
          input.title() != null && !input.title().isBlank()
              ? input.title().strip()
              : "Báo cáo năm " + year;
      period.windowStart = LocalDate.of(year - 1, 12, 15);
      period.windowEnd = LocalDate.of(year, 12, 14);
      period.dueDate = input.dueDate() != null ? input.dueDate() : LocalDate.of(year, 12, 15);
    } else {
      if (input.title() == null
          || input.title().isBlank()
          || input.windowStart() == null
          || input.windowEnd() == null
          || input.dueDate() == null) {
        throw ApiException.rule("rule.period.adHocFields");
      }
      period.title = input.title().strip();
      period.windowStart = input.windowStart();
      period.windowEnd = input.windowEnd();
      period.dueDate = input.dueDate();
    }
    if (period.windowEnd.isBefore(period.windowStart)) {
      throw ApiException.rule("rule.period.window");
    }
  }

  /** An ad hoc request or review may ask only some of the plan's tasks and units. */
  private static void scope(ReportingPeriod period, PeriodInput input) {
    if (input.taskIds() != null && !input.taskIds().isEmpty()) {
      Set<Long> wanted = Set.copyOf(input.taskIds());
      List<Task> tasks = Task.list("id in ?1 and plan = ?2", wanted, period.plan);
      if (tasks.size() != wanted.size()) {
        throw ApiException.rule("rule.period.scopeTask");
      }
      period.scopeTasks.addAll(tasks);
    }
    if (input.unitIds() != null && !input.unitIds().isEmpty()) {
      Set<Long> wanted = Set.copyOf(input.unitIds());
      List<Unit> units = Unit.list("id in ?1", wanted);
      if (units.size() != wanted.size()) {
        throw ApiException.rule("rule.period.scopeUnit");
      }
      period.scopeUnits.addAll(units);
    }
  }

  private static PeriodView view(ReportingPeriod period, Compliance compliance, Actor actor) {
    return new PeriodView(
        period.id,
        period.plan.id,
        period.kind,
        period.title,
        period.windowStart,
        period.windowEnd,
        period.dueDate,
        period.scopeTasks.stream().map(t -> t.id).sorted().toList(),
        period.scopeUnits.stream().map(u -> u.id).sorted().toList(),
        compliance,
        ReportAccess.readsConsolidatedDraft(period.plan, actor));
  }

  /** Compliance of several periods in one statement. */
  public static Map<Long, Compliance> compliance(List<Long> periodIds) {
    Map<Long, ComplianceTally> tallies = new LinkedHashMap<>();
    periodIds.forEach(id -> tallies.put(id, new ComplianceTally()));
    if (!periodIds.isEmpty()) {
      UnitReport.getEntityManager()
          .createQuery(
              "select r.period.id, r.status, r.late, count(r) from UnitReport r"
                  + " where r.period.id in :ids group by r.period.id, r.status, r.late",
              Object[].class)
          .setParameter("ids", periodIds)
          .getResultList()
          .forEach(
              row ->
                  tallies
                      .get((Long) row[0])
                      .add((ReportStatus) row[1], (Boolean) row[2], (Long) row[3]));
    }
    Map<Long, Compliance> result = new LinkedHashMap<>();
    tallies.forEach((id, tally) -> result.put(id, tally.result()));
    return result;
  }

  /** Compliance per task of a period: how many of the units owing it have reported. */
  @Transactional
  public List<TaskCompliance> byTask(long periodId) {
    find(periodId);
    Map<Long, TaskCompliance.Builder> tasks = new LinkedHashMap<>();
    UnitReport.getEntityManager()
        .createQuery(
            "select t.id, t.code, t.path, r.status, r.late, count(e) from ReportEntry e"
                + " join e.report r join e.task t where r.period.id = :period"
                + " group by t.id, t.code, t.path, r.status, r.late order by t.path",
            Object[].class)
        .setParameter("period", periodId)
        .getResultList()
        .forEach(
            row ->
                tasks
                    .computeIfAbsent(
                        (Long) row[0], id -> new TaskCompliance.Builder(id, (String) row[1]))
                    .tally()
                    .add((ReportStatus) row[3], (Boolean) row[4], (Long) row[5]));
    return tasks.values().stream().map(TaskCompliance.Builder::build).toList();
  }
}
