package vn.gov.plantracker.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.gov.plantracker.unit.Unit;

/**
 * Passes the reports closing units had not finished to their successor, with everything written in
 * them: the whole report where the successor has none in that period, otherwise each entry, joined
 * to the successor's entry on the same task (results one after the other; obstacles, figures and
 * files moved over).
 */
@ApplicationScoped
public class ReportTransfer {

  private static final int NOTE_LIMIT = 2000;

  /**
   * Passes the editable reports of the closing units in periods due from {@code day} on; returns
   * how many passed. Leaves the persistence context cleared: moved rows are written directly.
   */
  public int pass(List<Unit> closing, Unit heir, LocalDate day, String because) {
    EntityManager em = UnitReport.getEntityManager();
    List<UnitReport> open =
        em.createQuery(
                "select distinct r from UnitReport r join fetch r.period join fetch r.unit"
                    + " left join fetch r.entries where r.unit.id in :ids"
                    + " and r.period.dueDate >= :day and r.status in :editable order by r.id",
                UnitReport.class)
            .setParameter("ids", closing.stream().map(u -> u.id).toList())
            .setParameter("day", day)
            .setParameter("editable", List.of(ReportStatus.DRAFT, ReportStatus.RETURNED))
            .getResultList();
    if (open.isEmpty()) {
      return 0;
    }
    Map<Long, UnitReport> heirs = new HashMap<>();
    em.createQuery(
            "select distinct r from UnitReport r left join fetch r.entries"
                + " where r.unit = :heir and r.period.id in :periods",
            UnitReport.class)
        .setParameter("heir", heir)
        .setParameter("periods", open.stream().map(r -> r.period.id).toList())
        .getResultList()
        .forEach(r -> heirs.put(r.period.id, r));
    Joins joins = new Joins();
    for (UnitReport report : open) {
      String note = "Chuyển từ " + report.unit.name + " " + because;
      UnitReport target = heirs.get(report.period.id);
      if (target == null) {
        report.unit = heir;
        report.transferNote = append(report.transferNote, note);
        heirs.put(report.period.id, report);
      } else {
        target.transferNote = append(target.transferNote, note);
        joins.plan(report, target);
      }
    }
    joins.run(em);
    return open.size();
  }

  /** Entries to join into the successor's reports, run as a few statements after the plan. */
  private static final class Joins {
    private final Map<Long, UnitReport> moveEntryTo = new HashMap<>();
    private final Map<Long, ReportEntry> moveChildrenTo = new HashMap<>();
    private final List<ReportEntry> untouchedTargets = new ArrayList<>();
    private final List<Long> emptied = new ArrayList<>();

    /**
     * Each target report's entry per task as it will be once the planned moves ran, so a third
     * report joined into the same one meets what the second left there.
     */
    private final Map<Long, Map<Long, ReportEntry>> current = new HashMap<>();

    void plan(UnitReport from, UnitReport target) {
      Map<Long, ReportEntry> byTask =
          current.computeIfAbsent(
              target.id,
              id -> {
                Map<Long, ReportEntry> entries = new HashMap<>();
                target.entries.forEach(e -> entries.put(e.task.id, e));
                return entries;
              });
      for (ReportEntry entry : from.entries) {
        ReportEntry same = byTask.get(entry.task.id);
        if (same == null || same.untouched()) {
          if (same != null) {
            if (moveEntryTo.remove(same.id) == null) {
              // The target's own untouched entry gives way; a moved one just stays behind.
              untouchedTargets.add(same);
            }
          }
          moveEntryTo.put(entry.id, target);
          byTask.put(entry.task.id, entry);
        } else if (!entry.untouched()) {
          same.results = joinResults(same.results, from.unit.name, entry.results);
          moveChildrenTo.put(entry.id, same);
        }
      }
      emptied.add(from.id);
    }

    void run(EntityManager em) {
      for (ReportEntry empty : untouchedTargets) {
        empty.report.entries.remove(empty);
      }
      em.flush();
      moveEntryTo.forEach(
          (entryId, target) ->
              em.createQuery("update ReportEntry e set e.report = :target where e.id = :id")
                  .setParameter("target", target)
                  .setParameter("id", entryId)
                  .executeUpdate());
      moveChildrenTo.forEach(
          (entryId, target) -> {
            for (String child : List.of("Obstacle", "EntryFigure", "Evidence")) {
              em.createQuery("update " + child + " c set c.entry = :target where c.entry.id = :id")
                  .setParameter("target", target)
                  .setParameter("id", entryId)
                  .executeUpdate();
            }
          });
      em.clear();
      // What is left of the closing units' reports is empty of anything written: remove it.
      for (Long id : emptied) {
        UnitReport left = em.find(UnitReport.class, id);
        if (left != null) {
          em.remove(left);
        }
      }
      em.flush();
      em.clear();
    }
  }

  private static String joinResults(String own, String fromName, String theirs) {
    String heading = "<p><strong>" + escape(fromName) + ":</strong></p>";
    return (own == null ? "" : own) + heading + (theirs == null ? "" : theirs);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String append(String existing, String line) {
    String joined = existing == null ? line : existing + "\n" + line;
    return joined.length() <= NOTE_LIMIT ? joined : joined.substring(0, NOTE_LIMIT - 1) + "…";
  }
}
