package vn.gov.plantracker.planimport;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A copied document cleaned into logical lines: NFC, no markdown or table noise, footnotes taken
 * out (their marks kept on the line that carries them) and sentences split by a page break joined.
 */
record SourceText(List<Line> lines, List<Footnote> footnotes) {

  /** One paragraph of the body; {@code cells} is set for the rows of a task table. */
  record Line(int number, String text, Set<Integer> marks, List<String> cells) {

    boolean isTableRow() {
      return cells != null;
    }
  }

  /** A footnote printed at a page break: "³ Theo Kế hoạch số 2259/KH-UBND …". */
  record Footnote(int mark, String text, int line) {}

  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
  private static final Pattern FOOTNOTE_LINE = Pattern.compile("^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\\s*(\\S.*)$");
  private static final Pattern MARK = Pattern.compile("(?<=[\\p{L}\\p{N}\\p{P}])([⁰¹²³⁴⁵⁶⁷⁸⁹]+)");
  private static final Pattern SYMBOL_GAP =
      Pattern.compile(
          "(?<![\\p{L}\\d])(\\d+|[A-ZĐ][A-ZĐ&]*[a-z]?)(?:\\s+([/-])\\s*|([/-])\\s+)"
              + "(?=[A-ZĐ][A-ZĐ&]*[a-z]?(?![\\p{L}]))");
  private static final Pattern EMPHASIS = Pattern.compile("\\*{1,3}(?=\\S)(.+?)(?<=\\S)\\*{1,3}");
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("^(?:-\\s*)?\\d{1,3}(?:\\s*-)?$|^(?i:trang)\\s+\\d+(?:/\\d+)?$");
  private static final Pattern MARKER = Pattern.compile("^[a-zđ][\\).]\\s");
  private static final Pattern SEPARATOR_CELL = Pattern.compile("^:?-{2,}:?$");

  /** Cleans raw text; never fails, whatever the input. */
  static SourceText of(String raw) {
    String text = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFC);
    text = text.replaceAll("[\\u200B-\\u200D\\uFEFF\\u00AD]", "").replace('\u00A0', ' ');
    String[] rawLines = text.split("\\r\\n|\\r|\\n", -1);
    Builder builder = new Builder();
    List<String[]> table = new ArrayList<>();
    int tableStart = 0;
    for (int i = 0; i < rawLines.length; i++) {
      String line = rawLines[i].replace('\t', ' ').strip();
      if (isPipeRow(line)) {
        if (table.isEmpty()) {
          tableStart = i + 1;
        }
        table.add(cells(line));
        continue;
      }
      if (!table.isEmpty()) {
        builder.table(table, tableStart);
        table.clear();
      }
      builder.line(line, i + 1);
    }
    if (!table.isEmpty()) {
      builder.table(table, tableStart);
    }
    return new SourceText(List.copyOf(builder.lines), List.copyOf(builder.footnotes));
  }

  private static boolean isPipeRow(String line) {
    return line.startsWith("|") || line.chars().filter(c -> c == '|').count() >= 2;
  }

  private static String[] cells(String line) {
    String s = line.strip();
    if (s.startsWith("|")) {
      s = s.substring(1);
    }
    if (s.endsWith("|")) {
      s = s.substring(0, s.length() - 1);
    }
    String[] parts = s.split("\\|", -1);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = parts[i].strip();
    }
    return parts;
  }

  /** Markdown, stray spaces in symbols, and the like, taken out of one line. */
  static String clean(String line) {
    String s = line.replaceAll("\\s+", " ").strip();
    s = s.replaceAll("^#{1,6}\\s+", "").replaceAll("^>\\s*", "");
    s = s.replaceAll("^[*•●▪◦]\\s+", "- ").replaceAll("^\\\\-\\s*", "- ");
    s = s.replaceAll("^[–—]\\s+", "- ");
    s = EMPHASIS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    s = s.replace("\\*", "*").replace("\\.", ".").replace("\\-", "-");
    String before;
    do {
      before = s;
      s = SYMBOL_GAP.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + sep(m)));
    } while (!s.equals(before));
    return s.strip();
  }

  private static String sep(java.util.regex.MatchResult m) {
    return m.group(2) != null ? m.group(2) : m.group(3);
  }

  static int superscriptValue(String marks) {
    int value = 0;
    for (char c : marks.toCharArray()) {
      value = value * 10 + SUPERSCRIPTS.indexOf(c);
    }
    return value;
  }

  private static final class Builder {
    private final List<Line> lines = new ArrayList<>();
    private final List<Footnote> footnotes = new ArrayList<>();
    private boolean lastWasFootnote;

    void line(String rawLine, int number) {
      String s = clean(rawLine);
      if (s.isEmpty() || PAGE_NUMBER.matcher(s).matches() || s.matches("^[-_=*~.]{3,}$")) {
        return;
      }
      Matcher foot = FOOTNOTE_LINE.matcher(s);
      if (foot.matches()) {
        footnotes.add(new Footnote(superscriptValue(foot.group(1)), foot.group(2).strip(), number));
        lastWasFootnote = true;
        return;
      }
      Set<Integer> marks = new LinkedHashSet<>();
      Matcher mark = MARK.matcher(s);
      StringBuilder out = new StringBuilder();
      while (mark.find()) {
        marks.add(superscriptValue(mark.group(1)));
        mark.appendReplacement(out, "");
      }
      mark.appendTail(out);
      s = out.toString().replaceAll("[⁰¹²³⁴⁵⁶⁷⁸⁹]", "").replaceAll("\\s+", " ").strip();
      if (s.isEmpty()) {
        return;
      }
      if (isContinuation(s)) {
        if (lastWasFootnote && !footnotes.isEmpty() && !endsSentence(last(footnotes).text())) {
          Footnote f = last(footnotes);
          footnotes.set(footnotes.size() - 1, new Footnote(f.mark(), f.text() + " " + s, f.line()));
          return;
        }
        Line prev = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        if (prev != null && !prev.isTableRow()) {
          Set<Integer> all = new LinkedHashSet<>(prev.marks());
          all.addAll(marks);
          lines.set(lines.size() - 1, new Line(prev.number(), prev.text() + " " + s, all, null));
          lastWasFootnote = false;
          return;
        }
      }
      lines.add(new Line(number, s, marks, null));
      lastWasFootnote = false;
    }

    void table(List<String[]> rows, int firstLine) {
      List<String[]> data = new ArrayList<>();
      for (String[] row : rows) {
        boolean separator = true;
        for (String cell : row) {
          separator &= cell.isEmpty() || SEPARATOR_CELL.matcher(cell).matches();
        }
        if (!separator) {
          data.add(row);
        }
      }
      if (isTaskTable(data)) {
        int n = firstLine;
        for (String[] row : data) {
          List<String> cells = new ArrayList<>();
          for (String cell : row) {
            cells.add(clean(cell).replaceAll("[⁰¹²³⁴⁵⁶⁷⁸⁹]", ""));
          }
          lines.add(new Line(n++, String.join(" | ", cells), Set.of(), List.copyOf(cells)));
        }
        return;
      }
      int columns = data.stream().mapToInt(r -> r.length).max().orElse(0);
      for (int c = 0; c < columns; c++) {
        int n = firstLine;
        for (String[] row : data) {
          if (c < row.length) {
            line(row[c], n);
          }
          n++;
        }
      }
    }

    private static boolean isTaskTable(List<String[]> rows) {
      for (String[] row : rows) {
        if (row.length < 3) {
          continue;
        }
        for (String cell : row) {
          String f = Folding.fold(cell);
          if (f.contains("chu tri") || f.contains("nhiem vu") || f.contains("noi dung")) {
            return true;
          }
        }
      }
      return false;
    }

    private static boolean isContinuation(String s) {
      int i = 0;
      while (i < s.length() && "\"“'‘(".indexOf(s.charAt(i)) >= 0) {
        i++;
      }
      return i < s.length()
          && Character.isLowerCase(s.charAt(i))
          && !MARKER.matcher(s).find()
          && !s.startsWith("b/c");
    }

    private static boolean endsSentence(String text) {
      return text.endsWith(".") || text.endsWith(";") || text.endsWith(":");
    }

    private static <T> T last(List<T> list) {
      return list.get(list.size() - 1);
    }
  }
}
