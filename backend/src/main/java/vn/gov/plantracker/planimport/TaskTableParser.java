package vn.gov.plantracker.planimport;

import java.util.ArrayList;
import java.util.List;
import vn.gov.plantracker.planimport.DraftPlan.DraftBlock;
import vn.gov.plantracker.planimport.DraftPlan.DraftEntry;
import vn.gov.plantracker.planimport.DraftPlan.DraftItem;
import vn.gov.plantracker.planimport.DraftPlan.DraftTaskGroup;
import vn.gov.plantracker.planimport.ImportWarning.Kind;
import vn.gov.plantracker.planimport.SourceText.Line;

/**
 * An appendix table of tasks (task | lead | coordinating | completion time | product): heading rows
 * become groups, other rows items with one block each.
 */
final class TaskTableParser {

  private final AssignmentParser assignments;
  private final Findings findings;

  TaskTableParser(AssignmentParser assignments, Findings findings) {
    this.assignments = assignments;
    this.findings = findings;
  }

  List<DraftTaskGroup> parse(List<Line> lines, int groupsBefore) {
    List<DraftTaskGroup> groups = new ArrayList<>();
    int number = -1;
    int task = -1;
    int lead = -1;
    int coordinating = -1;
    int time = -1;
    boolean header = false;
    String groupLabel = null;
    String groupText = null;
    List<DraftItem> items = new ArrayList<>();
    for (Line line : lines) {
      if (!line.isTableRow()) {
        continue;
      }
      List<String> cells = line.cells();
      if (isHeader(cells)) {
        for (int i = 0; i < cells.size(); i++) {
          String f = Folding.fold(cells.get(i));
          if (f.matches("(so )?s?tt|so thu tu")) {
            number = i;
          } else if (f.contains("chu tri")) {
            lead = i;
          } else if (f.contains("phoi hop")) {
            coordinating = i;
          } else if (f.contains("thoi gian")
              || f.contains("thoi han")
              || f.contains("hoan thanh")) {
            time = i;
          } else if (task < 0 && (f.contains("nhiem vu") || f.contains("noi dung"))) {
            task = i;
          }
        }
        if (task < 0) {
          task = number == 0 ? 1 : 0;
        }
        header = true;
        continue;
      }
      if (!header) {
        continue;
      }
      String no = cell(cells, number).replaceAll("[.)]$", "");
      String text = cell(cells, task);
      String leadText = cell(cells, lead);
      String coordText = cell(cells, coordinating);
      String timeText = cell(cells, time);
      if (text.isEmpty() && no.isEmpty()) {
        continue;
      }
      boolean heading = leadText.isEmpty() && coordText.isEmpty() && timeText.isEmpty();
      if (heading || no.matches("[IVX]+")) {
        if (groupLabel != null || !items.isEmpty()) {
          groups.add(group(groupLabel, groupText, items, groups.size() + groupsBefore));
        }
        groupLabel = no.isEmpty() ? null : no;
        groupText = text;
        items = new ArrayList<>();
        continue;
      }
      String where = "line " + line.number();
      String parties =
          leadText.isEmpty()
              ? coordText.isEmpty() ? "" : "phối hợp " + coordText
              : leadText + " chủ trì" + (coordText.isEmpty() ? "" : ", phối hợp " + coordText);
      DraftBlock parsed = assignments.parse(parties, timeText, where);
      String source = leadText + (coordText.isEmpty() ? "" : "; " + coordText);
      DraftBlock block =
          new DraftBlock(
              parsed.lead(),
              parsed.guidance(),
              parsed.coordinating(),
              parsed.implementing(),
              parsed.timeframe(),
              parsed.dueDate(),
              source.isEmpty() ? null : source,
              parsed.timeframeText());
      String label = no.isEmpty() ? String.valueOf(items.size() + 1) : no;
      items.add(new DraftItem(label, text, List.of(new DraftEntry(null, block))));
    }
    if (groupLabel != null || !items.isEmpty()) {
      groups.add(group(groupLabel, groupText, items, groups.size() + groupsBefore));
    }
    return groups;
  }

  private DraftTaskGroup group(String label, String text, List<DraftItem> items, int before) {
    String actual = label;
    if (actual == null) {
      actual = String.valueOf(before + 1);
      // The warning quotes the first row, so the person checking finds where a heading is missing.
      findings.warn(Kind.STRUCTURE_GUESSED, items.isEmpty() ? text : items.get(0).text(), null);
    }
    return new DraftTaskGroup(actual, text, List.copyOf(items));
  }

  private static boolean isHeader(List<String> cells) {
    boolean lead = false;
    boolean task = false;
    for (String cell : cells) {
      String f = Folding.fold(cell);
      lead |= f.contains("chu tri");
      task |= f.contains("nhiem vu") || f.contains("noi dung");
    }
    return lead && task;
  }

  private static String cell(List<String> cells, int index) {
    return index >= 0 && index < cells.size() ? cells.get(index).strip() : "";
  }
}
