package vn.gov.plantracker.planimport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.plantracker.planimport.DraftPlan.DraftRecipient;
import vn.gov.plantracker.planimport.DraftPlan.DraftReference;
import vn.gov.plantracker.planimport.DraftPlan.DraftSignature;
import vn.gov.plantracker.planimport.DraftPlan.DraftTarget;
import vn.gov.plantracker.planimport.DraftPlan.DraftTaskGroup;
import vn.gov.plantracker.planimport.ImportWarning.Kind;
import vn.gov.plantracker.planimport.SourceText.Line;

/**
 * Reads the text of a Vietnamese administrative plan into a draft with its doubts flagged; pure (no
 * database), and it never throws: unreadable input gives an almost empty draft and warnings.
 */
public final class PlanParser {

  private enum Section {
    PURPOSE,
    TARGETS,
    TASKS,
    ARRANGEMENTS,
    OTHER
  }

  private record Span(Section section, int from, int to) {}

  private static final Pattern ROMAN =
      Pattern.compile("^(?:PHẦN\\s+)?(I|II|III|IV|V|VI|VII|VIII|IX|X)\\s*[.)/:-]\\s*(\\S.*)$");
  private static final Pattern CLOSING = Pattern.compile("^(noi nhan|tm[.\\s]|kt[.\\s]|phu luc)");
  private static final Pattern PREAMBLE_START =
      Pattern.compile("^(can cu|thuc hien|trien khai|nham|de |theo |tiep tuc|thi hanh)");
  private static final Pattern COORDINATOR =
      Pattern.compile(
          "\\bgiao\\s+(.+?)\\s+(?:theo doi|chu tri|la co quan|lam co quan|tham muu|lam dau moi|,)");
  private static final Pattern ISSUED_BY =
      Pattern.compile("(?:^|[,;])\\s*([^,;]+?)\\s+ban hanh\\b");

  private final List<KnownUnit> units;
  private final List<KnownGroup> groups;

  public PlanParser(List<KnownUnit> units, List<KnownGroup> groups) {
    this.units = units == null ? List.of() : List.copyOf(units);
    this.groups = groups == null ? List.of() : List.copyOf(groups);
  }

  /** Parses pasted or extracted text. */
  public ImportResult parse(String text) {
    Findings findings = new Findings();
    try {
      return new Run(findings).parse(text);
    } catch (RuntimeException | StackOverflowError e) {
      findings.warn(Kind.PARSER_ERROR, String.valueOf(e.getMessage()), null);
      return new ImportResult(empty(), findings.proposedUnits(), findings.warnings());
    }
  }

  private static DraftPlan empty() {
    return new DraftPlan(
        null, null, null, null, null, null, null, null, null, "DRAFT", null, null, null, null, null,
        List.of(), List.of(), List.of(), List.of());
  }

  /** One parse, with its own findings. */
  private final class Run {
    private final Findings findings;
    private final UnitMatcher matcher;
    private final AssignmentParser assignments;

    Run(Findings findings) {
      this.findings = findings;
      this.matcher = new UnitMatcher(units, groups);
      this.assignments = new AssignmentParser(matcher, findings);
    }

    ImportResult parse(String text) {
      if (text == null || text.isBlank()) {
        findings.warn(Kind.EMPTY_INPUT, "", null);
        return new ImportResult(empty(), List.of(), findings.warnings());
      }
      SourceText source = stage(() -> SourceText.of(text), new SourceText(List.of(), List.of()));
      List<Line> lines = source.lines();
      if (lines.isEmpty()) {
        findings.warn(Kind.UNREADABLE_INPUT, "no readable line", null);
      }
      List<Span> spans = stage(() -> sections(lines), List.of());
      int firstSection = spans.isEmpty() ? lines.size() : spans.get(0).from() - 1;
      int closing = stage(() -> closingStart(lines, spans), lines.size());

      HeaderRecognizer.Header header =
          stage(
              () -> new HeaderRecognizer(findings).read(lines, firstSection),
              new HeaderRecognizer.Header(List.of(), null, null, null, null, null, null, -1));
      String title = stage(() -> title(lines, header.typeLine(), firstSection), null);
      String preamble = stage(() -> preamble(lines, header.typeLine(), firstSection), null);
      if (title == null) {
        findings.warn(Kind.MISSING_TITLE, "no title after the document type", null);
      }

      String purpose = stage(() -> joined(lines, spans, Section.PURPOSE, closing), null);
      String arrangements = stage(() -> joined(lines, spans, Section.ARRANGEMENTS, closing), null);
      List<DraftTarget> targets =
          stage(
              () ->
                  new TargetRecognizer(findings)
                      .read(sectionLines(lines, spans, Section.TARGETS, closing)),
              List.of());
      List<Line> taskLines = sectionLines(lines, spans, Section.TASKS, closing);
      TaskTreeParser.Result tree =
          stage(
              () -> new TaskTreeParser(assignments, findings).parse(taskLines),
              new TaskTreeParser.Result(List.of(), Map.of()));
      List<DraftTaskGroup> tasks = new ArrayList<>(tree.groups());
      tasks.addAll(
          stage(
              () -> new TaskTableParser(assignments, findings).parse(lines, tasks.size()),
              List.of()));
      if (tasks.isEmpty() && !spans.stream().anyMatch(s -> s.section() == Section.TASKS)) {
        findings.warn(Kind.MISSING_SECTION, "NHIỆM VỤ VÀ GIẢI PHÁP", null);
      }
      for (Section required : List.of(Section.PURPOSE, Section.TARGETS, Section.ARRANGEMENTS)) {
        if (spans.stream().noneMatch(s -> s.section() == required)) {
          findings.warn(Kind.MISSING_SECTION, sectionName(required), null);
        }
      }

      ReferenceRecognizer references = new ReferenceRecognizer(findings);
      List<DraftReference> refs =
          stage(
              () -> {
                references.readTitle(title);
                references.readPreamble(preamble);
                return references.references(source.footnotes(), tree.markTasks());
              },
              List.of());

      ClosingRecognizer.Result closingPart =
          stage(
              () ->
                  new ClosingRecognizer(matcher, findings)
                      .read(lines.subList(closing, lines.size())),
              new ClosingRecognizer.Result(List.of(), null));
      List<DraftRecipient> recipients = closingPart.recipients();
      DraftSignature signature = closingPart.signature();

      String issuer = stage(() -> issuer(header.issuerLines(), preamble), null);
      String coordinator = stage(() -> coordinator(arrangements), null);
      DraftPlan plan =
          new DraftPlan(
              null,
              header.documentType(),
              header.number(),
              header.symbol(),
              issuer,
              coordinator,
              header.place(),
              header.issueDate(),
              header.issueYear(),
              "DRAFT",
              title,
              preamble,
              purpose,
              arrangements,
              signature,
              List.copyOf(refs),
              List.copyOf(targets),
              List.copyOf(tasks),
              List.copyOf(recipients));
      return new ImportResult(plan, findings.proposedUnits(), findings.warnings());
    }

    private <T> T stage(Supplier<T> step, T fallback) {
      try {
        T value = step.get();
        return value == null ? fallback : value;
      } catch (RuntimeException | StackOverflowError e) {
        findings.warn(Kind.PARSER_ERROR, String.valueOf(e), null);
        return fallback;
      }
    }

    /**
     * The lowest body of the header ("SỞ …" under "UBND TỈNH …"), else "… ban hành" in the
     * preamble.
     */
    private String issuer(List<String> headerLines, String preamble) {
      for (int i = headerLines.size() - 1; i >= 0; i--) {
        String line = headerLines.get(i);
        String withAbove = i > 0 ? headerLines.get(i - 1) + " " + line : line;
        for (String candidate : List.of(line, withAbove)) {
          UnitMatcher.Entry entry = matcher.first(candidate);
          if (entry != null && entry.kind() == UnitMatcher.Kind.UNIT) {
            return entry.ref();
          }
        }
      }
      if (preamble != null) {
        Matcher m = ISSUED_BY.matcher(Folding.fold(preamble));
        while (m.find()) {
          UnitMatcher.Entry entry = matcher.first(preamble.substring(m.start(1), m.end(1)));
          if (entry != null && entry.kind() == UnitMatcher.Kind.UNIT) {
            return entry.ref();
          }
        }
      }
      String header = String.join(" ", headerLines);
      if (!header.isBlank() && header.length() <= 120) {
        return findings.propose(header, "header");
      }
      findings.warn(Kind.MISSING_ISSUER, "no issuing body found", null);
      return null;
    }

    private String coordinator(String arrangements) {
      if (arrangements == null) {
        return null;
      }
      Matcher m = COORDINATOR.matcher(Folding.fold(arrangements));
      if (m.find()) {
        UnitMatcher.Entry entry = matcher.first(arrangements.substring(m.start(1), m.end(1)));
        if (entry != null && entry.kind() == UnitMatcher.Kind.UNIT) {
          return entry.ref();
        }
      }
      return null;
    }
  }

  private static List<Span> sections(List<Line> lines) {
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isTableRow()) {
        continue;
      }
      Matcher m = ROMAN.matcher(lines.get(i).text());
      if (m.matches() && isHeading(m.group(2))) {
        if (!spans.isEmpty()) {
          Span last = spans.remove(spans.size() - 1);
          spans.add(new Span(last.section(), last.from(), i));
        }
        spans.add(new Span(classify(m.group(2)), i + 1, lines.size()));
      }
    }
    return spans;
  }

  private static boolean isHeading(String title) {
    String f = Folding.fold(title);
    return ClosingRecognizer.isUpperCase(title)
        || f.startsWith("muc dich")
        || f.startsWith("muc tieu")
        || f.startsWith("nhiem vu")
        || f.startsWith("to chuc thuc hien");
  }

  private static Section classify(String title) {
    String f = Folding.fold(title);
    if (f.contains("muc dich") || f.startsWith("yeu cau")) {
      return Section.PURPOSE;
    }
    if (f.contains("muc tieu") || f.contains("chi tieu")) {
      return Section.TARGETS;
    }
    if (f.contains("nhiem vu") || f.contains("giai phap")) {
      return Section.TASKS;
    }
    if (f.contains("to chuc thuc hien")) {
      return Section.ARRANGEMENTS;
    }
    return Section.OTHER;
  }

  private static String sectionName(Section section) {
    return switch (section) {
      case PURPOSE -> "MỤC ĐÍCH, YÊU CẦU";
      case TARGETS -> "MỤC TIÊU";
      case TASKS -> "NHIỆM VỤ VÀ GIẢI PHÁP";
      case ARRANGEMENTS -> "TỔ CHỨC THỰC HIỆN";
      case OTHER -> "";
    };
  }

  private static int closingStart(List<Line> lines, List<Span> spans) {
    int from = spans.isEmpty() ? 0 : spans.get(spans.size() - 1).from();
    for (int i = from; i < lines.size(); i++) {
      if (!lines.get(i).isTableRow() && CLOSING.matcher(Folding.fold(lines.get(i).text())).find()) {
        return i;
      }
    }
    return lines.size();
  }

  private static List<Line> sectionLines(
      List<Line> lines, List<Span> spans, Section section, int closing) {
    List<Line> out = new ArrayList<>();
    for (Span span : spans) {
      if (span.section() == section) {
        out.addAll(lines.subList(span.from(), Math.max(span.from(), Math.min(span.to(), closing))));
      }
    }
    return out;
  }

  private static String joined(List<Line> lines, List<Span> spans, Section section, int closing) {
    List<String> texts = new ArrayList<>();
    for (Line line : sectionLines(lines, spans, section, closing)) {
      if (!line.isTableRow()) {
        texts.add(line.text());
      }
    }
    if (section == Section.ARRANGEMENTS) {
      for (Span span : spans) {
        if (span.section() == Section.OTHER) {
          texts.add(lines.get(span.from() - 1).text());
          for (Line line :
              lines.subList(span.from(), Math.max(span.from(), Math.min(span.to(), closing)))) {
            texts.add(line.text());
          }
        }
      }
    }
    return texts.isEmpty() ? null : String.join("\n", texts);
  }

  private static String title(List<Line> lines, int typeLine, int firstSection) {
    if (typeLine < 0 || typeLine + 1 >= Math.min(lines.size(), firstSection + 1)) {
      return null;
    }
    StringBuilder title = new StringBuilder(lines.get(typeLine + 1).text());
    for (int i = typeLine + 2; i < firstSection; i++) {
      String f = Folding.fold(lines.get(i).text());
      if (PREAMBLE_START.matcher(f).find() || lines.get(i).isTableRow()) {
        break;
      }
      title.append(' ').append(lines.get(i).text());
    }
    return title.toString();
  }

  private static String preamble(List<Line> lines, int typeLine, int firstSection) {
    if (typeLine < 0) {
      return null;
    }
    List<String> texts = new ArrayList<>();
    boolean started = false;
    for (int i = typeLine + 2; i < Math.min(firstSection, lines.size()); i++) {
      String f = Folding.fold(lines.get(i).text());
      started |= PREAMBLE_START.matcher(f).find();
      if (started && !lines.get(i).isTableRow()) {
        texts.add(lines.get(i).text());
      }
    }
    return texts.isEmpty() ? null : String.join("\n", texts);
  }
}
