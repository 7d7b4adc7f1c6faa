package vn.gov.plantracker.reporting;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.gov.plantracker.auth.Actor;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.common.text.RichText;
import vn.gov.plantracker.common.time.VietnamTime;
import vn.gov.plantracker.reporting.ReportingDtos.BulkAcceptResult;
import vn.gov.plantracker.reporting.ReportingDtos.EntryInput;
import vn.gov.plantracker.reporting.ReportingDtos.EntryView;
import vn.gov.plantracker.reporting.ReportingDtos.FigureInput;
import vn.gov.plantracker.reporting.ReportingDtos.ReportSummary;
import vn.gov.plantracker.reporting.ReportingDtos.ReportUpdate;
import vn.gov.plantracker.reporting.ReportingDtos.ReportVersion;
import vn.gov.plantracker.reporting.ReportingDtos.ReportView;
import vn.gov.plantracker.task.TaskCodes;
import vn.gov.plantracker.unit.UnitDtos.UnitRef;

/**
 * Unit reports through review: draft → submitted → returned (with a reason) → submitted again →
 * accepted, which locks it. Every step is in the audit trail.
 */
@ApplicationScoped
public class ReportService {

  private final PeriodService periods;
  private final MeterRegistry metrics;

  ReportService(PeriodService periods, MeterRegistry metrics) {
    this.periods = periods;
    this.metrics = metrics;
  }

  /** A period's reports; a unit officer sees only their own units'. */
  @Transactional
  public Page<ReportSummary> list(
      long periodId, ReportStatus status, Actor actor, PageRequest page) {
    periods.find(periodId);
    String where =
        " where r.period.id = :period"
            + (status == null ? "" : " and r.status = :status")
            + (actor.seesAllUnits() ? "" : " and r.unit.id in :units");
    var em = UnitReport.getEntityManager();
    var rows =
        em.createQuery(
                "select r from UnitReport r join fetch r.unit"
                    + where
                    + " order by r.unit.name, r.id",
                UnitReport.class)
            .setFirstResult(page.page() * page.size())
            .setMaxResults(page.size());
    var count = em.createQuery("select count(r) from UnitReport r" + where, Long.class);
    for (var query : List.of(rows, count)) {
      query.setParameter("period", periodId);
      if (status != null) {
        query.setParameter("status", status);
      }
      if (!actor.seesAllUnits()) {
        query.setParameter("units", actor.unitIds().isEmpty() ? List.of(-1L) : actor.unitIds());
      }
    }
    List<ReportSummary> items = rows.getResultList().stream().map(ReportService::summary).toList();
    return Page.of(items, page, count.getSingleResult());
  }

  @Transactional
  public ReportView get(long id, Actor actor) {
    UnitReport report = find(id);
    ReportAccess.requireReader(report, actor);
    return view(report);
  }

  /** Saves the unit's entries; only while the report is a draft or returned. */
  @Transactional
  public ReportView update(long id, ReportUpdate input, Actor actor) {
    UnitReport report = editable(id, input.version(), actor);
    Map<Long, ReportEntry> byTask =
        report.entries.stream().collect(Collectors.toMap(e -> e.task.id, Function.identity()));
    for (EntryInput change : input.entries()) {
      ReportEntry entry = byTask.get(change.taskId());
      if (entry == null) {
        throw ApiException.rule("rule.report.unknownTask", change.taskId());
      }
      entry.progress = change.progress();
      entry.results = RichText.sanitise(change.results());
      if (change.figures() != null) {
        syncFigures(entry, change.figures());
      }
      if (change.obstacles() != null) {
        ObstacleService.sync(entry, change.obstacles());
      }
    }
    report.savedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    return flushed(report);
  }

  @Transactional
  public ReportView submit(long id, long version, Actor actor) {
    UnitReport report = editable(id, version, actor);
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    if (report.submittedAt == null) {
      Instant dueEnd = report.period.dueDate.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant();
      report.late = now.isAfter(dueEnd);
    }
    report.submittedAt = now;
    report.status = ReportStatus.SUBMITTED;
    ReportView submitted = flushed(report);
    metrics
        .counter("plantracker.report.submissions", "late", String.valueOf(report.late))
        .increment();
    return submitted;
  }

  @Transactional
  public ReportView returnToUnit(long id, String reason, long version, Actor actor) {
    UnitReport report = reviewable(id, version, actor);
    report.status = ReportStatus.RETURNED;
    report.returnReason = reason.strip();
    report.returnedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    return flushed(report);
  }

  @Transactional
  public ReportView accept(long id, long version, Actor actor) {
    UnitReport report = reviewable(id, version, actor);
    report.status = ReportStatus.ACCEPTED;
    report.acceptedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    return flushed(report);
  }

  /** Accepts several submitted reports of a period at once; one that cannot be stops them all. */
  @Transactional
  public BulkAcceptResult acceptAll(long periodId, List<ReportVersion> wanted, Actor actor) {
    ReportingPeriod period = periods.find(periodId);
    ReportAccess.requireCoordinatorOf(period.plan, actor);
    Map<Long, UnitReport> found =
        UnitReport.<UnitReport>find(
                "select r from UnitReport r join fetch r.unit where r.id in ?1 and r.period = ?2",
                wanted.stream().map(ReportVersion::id).toList(),
                period)
            .stream()
            .collect(Collectors.toMap(r -> r.id, Function.identity()));
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    List<UnitReport> accepted = new java.util.ArrayList<>();
    for (ReportVersion item : wanted) {
      UnitReport report = found.get(item.id());
      if (report == null) {
        throw ApiException.notFound("entity.report", item.id());
      }
      ApiException.checkVersion(item.version(), report.version, "entity.report", item.id());
      if (report.status != ReportStatus.SUBMITTED) {
        throw ApiException.conflict("rule.report.notSubmitted", report.status.name());
      }
      report.status = ReportStatus.ACCEPTED;
      report.acceptedAt = now;
      accepted.add(report);
    }
    UnitReport.flush();
    return new BulkAcceptResult(accepted.stream().map(ReportService::summary).toList());
  }

  private UnitReport editable(long id, Long version, Actor actor) {
    UnitReport report = find(id);
    ReportAccess.requireWriter(report, actor);
    ApiException.checkVersion(version, report.version, "entity.report", id);
    if (!report.editable()) {
      throw ApiException.conflict("rule.report.notEditable", report.status.name());
    }
    return report;
  }

  private UnitReport reviewable(long id, Long version, Actor actor) {
    UnitReport report = find(id);
    ReportAccess.requireCoordinatorOf(report.period.plan, actor);
    ApiException.checkVersion(version, report.version, "entity.report", id);
    if (report.status != ReportStatus.SUBMITTED) {
      throw ApiException.conflict("rule.report.notSubmitted", report.status.name());
    }
    return report;
  }

  private static UnitReport find(long id) {
    return UnitReport.<UnitReport>findByIdOptional(id)
        .orElseThrow(() -> ApiException.notFound("entity.report", id));
  }

  private static ReportView flushed(UnitReport report) {
    UnitReport.flush();
    return view(report);
  }

  /** Figures have no identity of their own: the list sent replaces the one saved, in place. */
  private static void syncFigures(ReportEntry entry, List<FigureInput> wanted) {
    List<EntryFigure> saved = entry.figures;
    while (saved.size() > wanted.size()) {
      saved.remove(saved.size() - 1);
    }
    for (int i = 0; i < wanted.size(); i++) {
      EntryFigure figure;
      if (i < saved.size()) {
        figure = saved.get(i);
      } else {
        figure = new EntryFigure();
        figure.entry = entry;
        saved.add(figure);
      }
      FigureInput input = wanted.get(i);
      figure.position = i;
      figure.label = input.label().strip();
      figure.amount = input.value();
      figure.unitOfMeasure =
          input.unit() == null || input.unit().isBlank() ? null : input.unit().strip();
    }
  }

  private static ReportSummary summary(UnitReport r) {
    return new ReportSummary(
        r.id,
        r.period.id,
        UnitRef.of(r.unit),
        r.status,
        r.submittedAt,
        r.late,
        r.acceptedAt,
        r.version);
  }

  private static ReportView view(UnitReport r) {
    List<EntryView> entries =
        r.entries.stream()
            .sorted(Comparator.comparing((ReportEntry e) -> e.task.code, TaskCodes.ORDER))
            .map(
                e ->
                    new EntryView(
                        e.task.id,
                        e.task.code,
                        e.task.text,
                        e.role,
                        e.progress,
                        e.results,
                        e.figures.stream().map(ReportingDtos.FigureView::of).toList(),
                        e.obstacles.stream()
                            .sorted(Comparator.comparingInt(o -> o.position))
                            .map(ReportingDtos.ObstacleView::of)
                            .toList(),
                        e.evidence.stream().map(ReportingDtos.EvidenceView::of).toList()))
            .toList();
    return new ReportView(
        r.id,
        r.period.id,
        r.period.title,
        r.period.dueDate,
        UnitRef.of(r.unit),
        r.status,
        r.submittedAt,
        r.late,
        r.returnReason,
        r.acceptedAt,
        r.transferNote,
        entries,
        r.version);
  }
}
