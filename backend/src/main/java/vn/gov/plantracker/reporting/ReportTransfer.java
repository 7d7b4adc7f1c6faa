package vn.gov.plantracker.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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

  /** Rows a single reassigning statement names. */
  private static final int CHUNK = 1000;

  /**
   * A report that passed: whole to the successor ({@code whole}), or joined into the successor's
   * report of the period and removed; {@code written} when anything had been written in it.
   */
  public record Passed(long reportId, long fromUnitId, boolean whole, boolean written) {}

  /**
   * Passes the editable reports of the closing units in periods due from {@code day} on, in a fixed
   * number of statements however many reports and entries pass; says what passed. The reports
   * involved leave the persistence context: moved rows are written directly.
   */
  public List<Passed> pass(List<Unit> closing, Unit heir, LocalDate day, String because) {
    return passAll(List.of(new Passage(closing, heir, day, because)), passed -> {}).get(0);
  }

  /** One change's passing of its closing units' reports to its heir. */
  public record Passage(List<Unit> closing, Unit heir, LocalDate day, String because) {}

  /**
   * Does the passages in order, as {@link #pass} would one after the other, in a fixed number of
   * statements for all of them (a unit closes in one passage only); says what passed in each, to
   * {@code beforeWriting} too before anything is written, so what records it is written in the same
   * flush.
   */
  public List<List<Passed>> passAll(
      List<Passage> passages, Consumer<List<List<Passed>>> beforeWriting) {
    List<List<Passed>> result = new ArrayList<>();
    passages.forEach(p -> result.add(new ArrayList<>()));
    Map<Long, Integer> passageOf = new HashMap<>();
    for (int i = 0; i < passages.size(); i++) {
      for (Unit unit : passages.get(i).closing()) {
        passageOf.put(unit.id, i);
      }
    }
    if (passageOf.isEmpty()) {
      return result;
    }
    LocalDate earliest =
        passages.stream().map(Passage::day).min(LocalDate::compareTo).orElseThrow();
    EntityManager em = UnitReport.getEntityManager();
    List<UnitReport> open =
        em
            .createQuery(
                "select distinct r from UnitReport r join fetch r.period join fetch r.unit"
                    + " left join fetch r.entries where r.unit.id in :ids"
                    + " and r.period.dueDate >= :day and r.status in :editable order by r.id",
                UnitReport.class)
            .setParameter("ids", passageOf.keySet())
            .setParameter("day", earliest)
            .setParameter("editable", List.of(ReportStatus.DRAFT, ReportStatus.RETURNED))
            .getResultList()
            .stream()
            .filter(r -> !r.period.dueDate.isBefore(passages.get(passageOf.get(r.unit.id)).day()))
            .toList();
    if (open.isEmpty()) {
      return result;
    }
    Map<List<Long>, UnitReport> heirs = new HashMap<>();
    em.createQuery(
            "select distinct r from UnitReport r left join fetch r.entries"
                + " where r.unit.id in :heirs and r.period.id in :periods",
            UnitReport.class)
        .setParameter("heirs", passages.stream().map(p -> p.heir().id).distinct().toList())
        .setParameter("periods", open.stream().map(r -> r.period.id).distinct().toList())
        .getResultList()
        .forEach(r -> heirs.put(List.of(r.unit.id, r.period.id), r));
    Joins joins = new Joins();
    List<UnitReport> involved = new ArrayList<>(heirs.values());
    // In passage order, as passing them one after the other would.
    List<UnitReport> ordered = new ArrayList<>(open);
    ordered.sort(java.util.Comparator.comparingInt(r -> passageOf.get(r.unit.id)));
    for (UnitReport report : ordered) {
      int index = passageOf.get(report.unit.id);
      Passage passage = passages.get(index);
      String note = note(report.unit, passage.because());
      List<Long> key = List.of(passage.heir().id, report.period.id);
      UnitReport target = heirs.get(key);
      boolean written =
          report.savedAt != null
              || report.status != ReportStatus.DRAFT
              || report.entries.stream().anyMatch(e -> !e.untouched());
      result.get(index).add(new Passed(report.id, report.unit.id, target == null, written));
      if (target == null) {
        report.unit = passage.heir();
        report.transferNote = append(report.transferNote, note);
        heirs.put(key, report);
      } else {
        target.transferNote = append(target.transferNote, note);
        joins.plan(report, target);
      }
      involved.add(report);
    }
    beforeWriting.accept(result);
    joins.run(em, involved);
    return result;
  }

  /**
   * Gives the reports that passed whole back to the units they came from, without the notes the
   * change added ({@link #note}), in a fixed number of statements.
   */
  public void giveBack(Map<Long, Unit> fromByReport, java.util.Set<String> notes) {
    if (fromByReport.isEmpty()) {
      return;
    }
    EntityManager em = UnitReport.getEntityManager();
    List<UnitReport> reports =
        em.createQuery("select r from UnitReport r where r.id in :ids", UnitReport.class)
            .setParameter("ids", fromByReport.keySet())
            .getResultList();
    for (UnitReport report : reports) {
      report.transferNote = without(report.transferNote, notes);
      report.unit = fromByReport.get(report.id);
    }
    em.flush();
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

    void run(EntityManager em, List<UnitReport> involved) {
      for (ReportEntry empty : untouchedTargets) {
        empty.report.entries.remove(empty);
      }
      em.flush();
      Map<Long, Long> entries = new LinkedHashMap<>();
      moveEntryTo.forEach((entryId, target) -> entries.put(entryId, target.id));
      reassign(em, "report_entry", "report_id", "id", entries);
      Map<Long, Long> children = new LinkedHashMap<>();
      moveChildrenTo.forEach((entryId, target) -> children.put(entryId, target.id));
      for (String child : List.of("obstacle", "entry_figure", "evidence")) {
        reassign(em, child, "entry_id", "entry_id", children);
      }
      // The loaded reports no longer match their rows: let them go, then remove what is left of
      // the joined ones (empty of anything written) as loaded afresh.
      involved.forEach(em::detach);
      if (!emptied.isEmpty()) {
        List<UnitReport> left =
            em.createQuery(
                    "select distinct r from UnitReport r left join fetch r.entries"
                        + " where r.id in :ids",
                    UnitReport.class)
                .setParameter("ids", emptied)
                .getResultList();
        // Their entries first, then the reports: each a run of alike deletes, sent in batches.
        left.forEach(r -> r.entries.clear());
        em.flush();
        left.forEach(em::remove);
      }
      em.flush();
    }

    /** Sets {@code column} to the mapped value where {@code key} is a key of the map. */
    private static void reassign(
        EntityManager em, String table, String column, String key, Map<Long, Long> mapping) {
      List<Map.Entry<Long, Long>> all = new ArrayList<>(mapping.entrySet());
      for (int from = 0; from < all.size(); from += CHUNK) {
        List<Map.Entry<Long, Long>> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
        StringBuilder sql =
            new StringBuilder("update " + table + " set " + column + " = case " + key);
        chunk.forEach(
            e -> sql.append(" when ").append(e.getKey()).append(" then ").append(e.getValue()));
        sql.append(" end where ").append(key).append(" in (");
        for (int i = 0; i < chunk.size(); i++) {
          sql.append(i == 0 ? "" : ",").append(chunk.get(i).getKey());
        }
        em.createNativeQuery(sql.append(")").toString()).executeUpdate();
      }
    }
  }

  private static String joinResults(String own, String fromName, String theirs) {
    String heading = "<p><strong>" + escape(fromName) + ":</strong></p>";
    return (own == null ? "" : own) + heading + (theirs == null ? "" : theirs);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** The line a report's transfer note gains when a closing unit's report passes. */
  public static String note(Unit from, String because) {
    return "Chuyển từ " + from.name + " " + because;
  }

  /** The note without those lines; none when nothing else is left. */
  private static String without(String note, java.util.Set<String> lines) {
    if (note == null) {
      return null;
    }
    String kept =
        java.util.Arrays.stream(note.split("\n"))
            .filter(line -> !lines.contains(line))
            .collect(java.util.stream.Collectors.joining("\n"));
    return kept.isEmpty() ? null : kept;
  }

  private static String append(String existing, String line) {
    String joined = existing == null ? line : existing + "\n" + line;
    return joined.length() <= NOTE_LIMIT ? joined : joined.substring(0, NOTE_LIMIT - 1) + "…";
  }
}
