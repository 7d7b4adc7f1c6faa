package vn.gov.plantracker.planimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.plantracker.planimport.DraftPlan.DraftBlock;
import vn.gov.plantracker.planimport.DraftPlan.DraftEntry;
import vn.gov.plantracker.planimport.DraftPlan.DraftItem;
import vn.gov.plantracker.planimport.DraftPlan.DraftTaskGroup;
import vn.gov.plantracker.planimport.ImportWarning.Kind;
import vn.gov.plantracker.planimport.SourceText.Line;

/**
 * Section III as a tree: groups "1.", items "a)" or "1.1.", actions "-" (with "+" sub-points kept
 * in their action), and assignment blocks that close the run of actions written before them.
 */
final class TaskTreeParser {

  /** The groups, and which task each footnote mark was written on. */
  record Result(List<DraftTaskGroup> groups, Map<Integer, String> markTasks) {}

  private enum BlockField {
    PARTIES,
    LEAD,
    COORDINATING,
    TIME,
    PRODUCT
  }

  private static final Pattern GROUP = Pattern.compile("^(\\d{1,2})[.)]\\s*(\\S.*)$");
  private static final Pattern DOTTED_ITEM =
      Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.?\\s*(\\S.*)$");
  private static final Pattern DOTTED_ACTION =
      Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{1,2})\\.?\\s*(\\S.*)$");
  private static final Pattern ITEM = Pattern.compile("^([a-zđ])(?:\\)\\s*|\\.\\s+)(\\S.*)$");
  private static final Pattern ACTION = Pattern.compile("^[-–•]\\s*(\\S.*)$");
  private static final Pattern SUB_ACTION = Pattern.compile("^\\+\\s*(\\S.*)$");

  private final AssignmentParser assignments;
  private final Findings findings;
  private final List<GroupBuilder> groups = new ArrayList<>();
  private final Map<Integer, String> markTasks = new LinkedHashMap<>();
  private GroupBuilder group;
  private ItemBuilder item;
  private final Map<BlockField, String> block = new LinkedHashMap<>();
  private final List<String> blockSource = new ArrayList<>();
  private String blockWhere;

  TaskTreeParser(AssignmentParser assignments, Findings findings) {
    this.assignments = assignments;
    this.findings = findings;
  }

  Result parse(List<Line> lines) {
    for (Line line : lines) {
      if (line.isTableRow()) {
        continue;
      }
      try {
        accept(line);
      } catch (RuntimeException e) {
        findings.warn(Kind.PARSER_ERROR, line.text(), "line " + line.number());
      }
    }
    closeItem();
    List<DraftTaskGroup> result = new ArrayList<>();
    for (GroupBuilder g : groups) {
      List<DraftItem> items = new ArrayList<>();
      for (ItemBuilder i : g.items) {
        items.add(new DraftItem(i.label, i.text, List.copyOf(i.body)));
      }
      result.add(new DraftTaskGroup(g.label, g.text, List.copyOf(items)));
    }
    return new Result(List.copyOf(result), Map.copyOf(markTasks));
  }

  private void accept(Line line) {
    String text = line.text();
    String where = "line " + line.number();
    BlockField field = blockField(text);
    if (field != null) {
      int colon = text.indexOf(':');
      String value = colon < 0 ? "" : text.substring(colon + 1).strip();
      if (block.containsKey(field) && field != BlockField.PRODUCT) {
        flushBlock();
      }
      if (block.isEmpty()) {
        blockWhere = where;
      }
      block.put(field, value);
      if (field == BlockField.LEAD || field == BlockField.COORDINATING) {
        blockSource.add(value);
      }
      placeMarks(line, itemCode());
      return;
    }
    flushBlock();
    if (text.startsWith("(") && text.endsWith(")")) {
      return;
    }
    Matcher m;
    if ((m = DOTTED_ACTION.matcher(text)).matches()) {
      action(m.group(4), line);
    } else if ((m = DOTTED_ITEM.matcher(text)).matches()) {
      if (group == null || !group.label.equals(m.group(1))) {
        closeItem();
        group = new GroupBuilder(m.group(1), null);
        groups.add(group);
        findings.warn(Kind.STRUCTURE_GUESSED, text, where);
      }
      item(m.group(2), m.group(3), line);
    } else if ((m = GROUP.matcher(text)).matches()) {
      closeItem();
      group = new GroupBuilder(m.group(1), m.group(2).strip());
      groups.add(group);
      placeMarks(line, group.label);
    } else if ((m = ITEM.matcher(text)).matches()) {
      item(m.group(1), m.group(2), line);
    } else if ((m = ACTION.matcher(text)).matches()) {
      action(m.group(1), line);
    } else if ((m = SUB_ACTION.matcher(text)).matches() && item != null && item.actions > 0) {
      item.appendToLastAction("\n+ " + m.group(1).strip());
      placeMarks(line, actionCode());
    } else if (item != null) {
      if (item.actions > 0 && item.pending > 0) {
        item.appendToLastAction("\n" + text);
        placeMarks(line, actionCode());
      } else if (item.body.isEmpty()) {
        item.text = item.text == null ? text : item.text + "\n" + text;
        placeMarks(line, itemCode());
      } else {
        action(text, line);
      }
    } else if (group != null) {
      group.text = group.text == null ? text : group.text + "\n" + text;
    } else {
      action(text, line);
    }
  }

  private void item(String label, String text, Line line) {
    closeItem();
    ensureGroup(line.text(), "line " + line.number());
    item = new ItemBuilder(label, text.strip());
    group.items.add(item);
    placeMarks(line, itemCode());
  }

  private void action(String text, Line line) {
    ensureItem(line.text(), "line " + line.number());
    item.body.add(new DraftEntry(text.strip(), null));
    item.actions++;
    item.pending++;
    placeMarks(line, actionCode());
  }

  /** A task before any numbered group opens group 1; the warning quotes the task. */
  private void ensureGroup(String text, String where) {
    if (group == null) {
      group = new GroupBuilder("1", null);
      groups.add(group);
      findings.warn(Kind.STRUCTURE_GUESSED, text, where);
    }
  }

  /** An action directly under a group gets an item without a label; the warning quotes it. */
  private void ensureItem(String text, String where) {
    ensureGroup(text, where);
    if (item == null) {
      item = new ItemBuilder("", null);
      group.items.add(item);
      findings.warn(Kind.STRUCTURE_GUESSED, text, where);
    }
  }

  private void flushBlock() {
    if (block.isEmpty()) {
      return;
    }
    String parties = block.get(BlockField.PARTIES);
    String lead = block.get(BlockField.LEAD);
    String coordinating = block.get(BlockField.COORDINATING);
    if (parties == null && (lead != null || coordinating != null)) {
      parties =
          (lead == null ? "" : lead + " chủ trì")
              + (coordinating == null ? "" : ", phối hợp " + coordinating);
    }
    DraftBlock parsed = assignments.parse(parties, block.get(BlockField.TIME), blockWhere);
    if (block.get(BlockField.PARTIES) == null) {
      String source = blockSource.isEmpty() ? null : String.join("; ", blockSource);
      parsed =
          new DraftBlock(
              parsed.lead(),
              parsed.guidance(),
              parsed.coordinating(),
              parsed.implementing(),
              parsed.timeframe(),
              parsed.dueDate(),
              source,
              parsed.timeframeText());
    }
    block.clear();
    blockSource.clear();
    if (group == null || item == null) {
      ensureItem(parsed.sourceText(), blockWhere);
    }
    item.body.add(new DraftEntry(null, parsed));
    item.pending = 0;
    item.blocks++;
  }

  private void closeItem() {
    flushBlock();
    if (item != null) {
      if (item.pending > 0 || (item.blocks == 0)) {
        findings.warn(Kind.TASK_WITHOUT_BLOCK, item.text == null ? "" : item.text, itemCode());
      }
    }
    item = null;
  }

  private String itemCode() {
    if (group == null) {
      return null;
    }
    return item == null ? group.label : group.label + "." + item.label;
  }

  private String actionCode() {
    return item == null || item.actions == 0 ? itemCode() : itemCode() + "." + item.actions;
  }

  private void placeMarks(Line line, String code) {
    for (Integer mark : line.marks()) {
      markTasks.putIfAbsent(mark, code);
    }
  }

  private static BlockField blockField(String text) {
    String f = Folding.fold(text).replaceAll("^[-+*•]\\s*", "");
    int colon = f.indexOf(':');
    if (colon < 0 || colon > 40) {
      return null;
    }
    String head = f.substring(0, colon).strip();
    if (head.matches("(don vi|co quan) (thuc hien|chu tri va phoi hop|phu trach)")) {
      return BlockField.PARTIES;
    }
    if (head.matches("((don vi|co quan) )?chu tri")) {
      return BlockField.LEAD;
    }
    if (head.matches("((don vi|co quan) )?phoi hop")) {
      return BlockField.COORDINATING;
    }
    if (head.matches("thoi (gian|han)( thuc hien| hoan thanh)?|tien do( thuc hien)?")) {
      return BlockField.TIME;
    }
    if (head.matches("san pham( du kien)?|ket qua( du kien)?")) {
      return BlockField.PRODUCT;
    }
    return null;
  }

  private static final class GroupBuilder {
    final String label;
    String text;
    final List<ItemBuilder> items = new ArrayList<>();

    GroupBuilder(String label, String text) {
      this.label = label;
      this.text = text;
    }
  }

  private static final class ItemBuilder {
    final String label;
    String text;
    final List<DraftEntry> body = new ArrayList<>();
    int actions;
    int pending;
    int blocks;

    ItemBuilder(String label, String text) {
      this.label = label;
      this.text = text;
    }

    void appendToLastAction(String more) {
      for (int i = body.size() - 1; i >= 0; i--) {
        if (body.get(i).action() != null) {
          body.set(i, new DraftEntry(body.get(i).action() + more, null));
          return;
        }
      }
    }
  }
}
