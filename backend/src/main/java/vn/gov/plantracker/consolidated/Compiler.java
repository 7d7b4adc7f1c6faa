package vn.gov.plantracker.consolidated;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.common.text.RichText;
import vn.gov.plantracker.common.text.VietnameseOrder;
import vn.gov.plantracker.consolidated.Compilation.Contribution;
import vn.gov.plantracker.consolidated.Compilation.Figure;
import vn.gov.plantracker.consolidated.Compilation.ObstacleLine;
import vn.gov.plantracker.consolidated.Compilation.TargetLine;
import vn.gov.plantracker.consolidated.Compilation.TaskLine;
import vn.gov.plantracker.consolidated.Compilation.UnitLine;
import vn.gov.plantracker.indicator.IndicatorDtos.IndicatorView;
import vn.gov.plantracker.indicator.IndicatorDtos.Series;
import vn.gov.plantracker.indicator.IndicatorDtos.YearPoint;
import vn.gov.plantracker.indicator.IndicatorService;
import vn.gov.plantracker.indicator.RollUps;
import vn.gov.plantracker.reporting.ObstacleStatus;
import vn.gov.plantracker.reporting.PeriodService;
import vn.gov.plantracker.reporting.Progress;
import vn.gov.plantracker.reporting.ReportStatus;
import vn.gov.plantracker.reporting.ReportingDtos.Compliance;
import vn.gov.plantracker.reporting.ReportingPeriod;
import vn.gov.plantracker.reporting.TaskCompliance;
import vn.gov.plantracker.task.Role;
import vn.gov.plantracker.task.TaskCodes;

/**
 * Gathers a period's reports for the consolidated report in a fixed number of statements, however
 * many units report.
 */
@ApplicationScoped
class Compiler {

  /** More indicators than a plan has targets; the consolidated report lists them all. */
  private static final int MAX_INDICATORS = 100;

  private final PeriodService periods;
  private final IndicatorService indicators;
  private final RollUps rollUps;
  private final EntityManager em;

  Compiler(PeriodService periods, IndicatorService indicators, RollUps rollUps, EntityManager em) {
    this.periods = periods;
    this.indicators = indicators;
    this.rollUps = rollUps;
    this.em = em;
  }

  Compilation compile(ReportingPeriod period) {
    Compliance compliance = PeriodService.compliance(List.of(period.id)).get(period.id);
    Map<Long, Compliance> byTask = new LinkedHashMap<>();
    for (TaskCompliance task : periods.byTask(period.id)) {
      byTask.put(task.taskId(), task.compliance());
    }
    return new Compilation(
        period,
        compliance,
        units(period),
        tasks(period, byTask),
        obstacles(period),
        targets(period));
  }

  /** Each indicator of the plan in the year the period reports on, for the issuer's area. */
  private List<TargetLine> targets(ReportingPeriod period) {
    int year = period.windowEnd.getYear();
    List<TargetLine> lines = new ArrayList<>();
    for (IndicatorView indicator :
        indicators.list(period.plan.id, new PageRequest(0, MAX_INDICATORS)).items()) {
      Series series = rollUps.series(indicator.id(), null);
      List<YearPoint> upToYear = series.years().stream().filter(p -> p.year() <= year).toList();
      YearPoint point =
          upToYear.stream()
              .filter(p -> p.year() == year)
              .findFirst()
              .orElse(new YearPoint(year, 0, 0, null, 0, 0, null, null));
      lines.add(
          new TargetLine(
              indicator.name(),
              Wording.range(indicator.targetLow(), indicator.targetHigh()),
              indicator.targetYear(),
              point,
              upToYear));
    }
    return lines;
  }

  /** Where each unit's report stands, in Vietnamese order of the units' names. */
  List<UnitLine> units(ReportingPeriod period) {
    return em
        .createQuery(
            "select coalesce(u.shortName, u.name), r.status, r.submittedAt, r.late, r.acceptedAt"
                + " from UnitReport r join r.unit u where r.period = :period",
            Object[].class)
        .setParameter("period", period)
        .getResultList()
        .stream()
        .map(
            row ->
                new UnitLine(
                    (String) row[0],
                    (ReportStatus) row[1],
                    (Instant) row[2],
                    (Boolean) row[3],
                    (Instant) row[4]))
        .sorted(Comparator.comparing(UnitLine::unit, VietnameseOrder.manyNames()))
        .toList();
  }

  /** Per task, in document order: the lead's account first, then the others by name. */
  private List<TaskLine> tasks(ReportingPeriod period, Map<Long, Compliance> byTask) {
    record Row(
        long entryId,
        long taskId,
        String code,
        String text,
        String unit,
        Role role,
        Progress progress,
        String results,
        ReportStatus status) {}
    List<Row> rows =
        em
            .createQuery(
                "select e.id, t.id, t.code, t.text, coalesce(u.shortName, u.name), e.role,"
                    + " e.progress,"
                    + " e.results, r.status from ReportEntry e join e.report r join r.unit u"
                    + " join e.task t where r.period = :period",
                Object[].class)
            .setParameter("period", period)
            .getResultList()
            .stream()
            .map(
                row ->
                    new Row(
                        (Long) row[0],
                        (Long) row[1],
                        (String) row[2],
                        (String) row[3],
                        (String) row[4],
                        (Role) row[5],
                        (Progress) row[6],
                        (String) row[7],
                        (ReportStatus) row[8]))
            .toList();
    Map<Long, List<Figure>> figures = figures(period);
    Map<Long, List<Row>> perTask = new LinkedHashMap<>();
    rows.stream()
        .sorted(Comparator.comparing(Row::code, TaskCodes.ORDER))
        .forEach(row -> perTask.computeIfAbsent(row.taskId(), id -> new ArrayList<>()).add(row));
    Comparator<Row> leadFirst =
        Comparator.comparing((Row r) -> r.role() != Role.LEAD)
            .thenComparing(Row::unit, VietnameseOrder.manyNames());
    List<TaskLine> tasks = new ArrayList<>();
    perTask.forEach(
        (taskId, entries) -> {
          Map<Progress, Long> progress = new EnumMap<>(Progress.class);
          List<Contribution> contributions = new ArrayList<>();
          List<String> missing = new ArrayList<>();
          entries.stream()
              .sorted(leadFirst)
              .forEach(
                  row -> {
                    if (counts(row.status())) {
                      progress.merge(row.progress(), 1L, Long::sum);
                      contributions.add(
                          new Contribution(
                              row.unit(),
                              row.role(),
                              row.progress(),
                              RichText.blocks(row.results()),
                              figures.getOrDefault(row.entryId(), List.of())));
                    } else {
                      missing.add(row.unit());
                    }
                  });
          Row first = entries.get(0);
          tasks.add(
              new TaskLine(
                  first.code(),
                  first.text(),
                  byTask.get(taskId),
                  contributions,
                  progress,
                  missing));
        });
    return tasks;
  }

  /** The figures of the reports that count, per entry, in the unit's order. */
  private Map<Long, List<Figure>> figures(ReportingPeriod period) {
    Map<Long, List<Figure>> byEntry = new HashMap<>();
    em.createQuery(
            "select e.id, f.label, f.amount, f.unitOfMeasure from EntryFigure f join f.entry e"
                + " join e.report r where r.period = :period and r.status in :counted"
                + " order by e.id, f.position",
            Object[].class)
        .setParameter("period", period)
        .setParameter("counted", List.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED))
        .getResultList()
        .forEach(
            row ->
                byEntry
                    .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                    .add(new Figure((String) row[1], (BigDecimal) row[2], (String) row[3])));
    return byEntry;
  }

  private List<ObstacleLine> obstacles(ReportingPeriod period) {
    return em
        .createQuery(
            "select coalesce(u.shortName, u.name), t.code, o.description, o.proposal, o.status,"
                + " coalesce(w.shortName, w.name), o.response from Obstacle o join o.entry e"
                + " join e.report r join r.unit u join e.task t left join o.owner w"
                + " where r.period = :period and r.submittedAt is not null"
                + " and o.status <> :resolved",
            Object[].class)
        .setParameter("period", period)
        .setParameter("resolved", ObstacleStatus.RESOLVED)
        .getResultList()
        .stream()
        .map(
            row ->
                new ObstacleLine(
                    (String) row[0],
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    (ObstacleStatus) row[4],
                    (String) row[5],
                    (String) row[6]))
        .sorted(
            Comparator.comparing(ObstacleLine::taskCode, TaskCodes.ORDER)
                .thenComparing(ObstacleLine::unit, VietnameseOrder.manyNames()))
        .toList();
  }

  /** What a unit wrote counts once submitted, and stays counted when accepted. */
  private static boolean counts(ReportStatus status) {
    return status == ReportStatus.SUBMITTED || status == ReportStatus.ACCEPTED;
  }
}
