package vn.gov.plantracker.planimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.plantracker.planimport.DraftPlan.DraftReference;
import vn.gov.plantracker.planimport.ImportWarning.Kind;
import vn.gov.plantracker.planimport.SourceText.Footnote;

/**
 * Documents named in the title, the preamble ("Căn cứ …", "Thực hiện …") and footnotes: type,
 * number and symbol, date, issuer and title; documents named inside their titles are cited.
 */
final class ReferenceRecognizer {

  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("ke hoach", "KH"),
          Map.entry("chi thi", "CT"),
          Map.entry("quyet dinh", "QĐ"),
          Map.entry("nghi quyet", "NQ"),
          Map.entry("nghi dinh", "NĐ"),
          Map.entry("thong tu", "TT"),
          Map.entry("luat", "Luật"),
          Map.entry("cong van", "CV"),
          Map.entry("huong dan", "HD"),
          Map.entry("ket luan", "KL"),
          Map.entry("chuong trinh", "CTr"),
          Map.entry("de an", "ĐA"),
          Map.entry("thong bao", "TB"),
          Map.entry("bao cao", "BC"),
          Map.entry("van ban", "VB"));
  private static final Pattern MENTION =
      Pattern.compile(
          "(ke hoach|chi thi|quyet dinh|nghi quyet|nghi dinh|thong tu|luat|cong van|huong dan"
              + "|ket luan|chuong trinh|de an|thong bao|bao cao|van ban)\\s+so\\s*:?\\s*"
              + "(\\d+[\\p{L}\\d]*(?:\\s*[-/]\\s*[\\p{L}\\d&]+)+)");
  private static final Pattern DATE =
      Pattern.compile(
          "^\\s*,?\\s*ngay\\s+(\\d{1,2}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{4}"
              + "|\\d{1,2}\\s+thang\\s+\\d{1,2}\\s*,?\\s+nam\\s+\\d{4})");
  private static final Pattern OF = Pattern.compile("^\\s*,?\\s*cua\\s+");
  private static final Pattern TITLE_START =
      Pattern.compile(
          "^(?:ve|thuc hien|trien khai|ban hanh|quy dinh|phe duyet|huong dan|sau day|nham|tai)\\b");
  private static final Set<String> LEVELS = Set.of("huyen", "tinh", "xa", "tran", "pho");

  private final Findings findings;
  private final Set<String> seen = new HashSet<>();
  private final List<DraftReference> implemented = new ArrayList<>();
  private final List<DraftReference> cited = new ArrayList<>();

  ReferenceRecognizer(Findings findings) {
    this.findings = findings;
  }

  /** The plan's title: the document it implements and those cited inside. */
  void readTitle(String title) {
    readSegments(title, "IMPLEMENTS");
  }

  /** The preamble, one "Căn cứ …" or "Thực hiện …" statement after another. */
  void readPreamble(String preamble) {
    if (preamble == null) {
      return;
    }
    for (String paragraph : preamble.split("\n")) {
      String kind = Folding.startsWithAny(paragraph, "can cu") ? "CITES" : "IMPLEMENTS";
      readSegments(paragraph, kind);
    }
  }

  /** Implemented documents first, then cited ones, then the footnotes' documents by mark. */
  List<DraftReference> references(List<Footnote> footnotes, Map<Integer, String> markTasks) {
    List<DraftReference> all = new ArrayList<>(implemented);
    all.addAll(cited);
    for (Footnote footnote : footnotes) {
      String task = markTasks.get(footnote.mark());
      if (task == null) {
        findings.warn(Kind.FOOTNOTE_NOT_PLACED, footnote.text(), "line " + footnote.line());
      }
      for (String segment : splitTopLevel(footnote.text())) {
        Parsed p = parse(segment.replaceAll("(?i)^\\s*theo\\s+", ""), 0, "FOOTNOTE");
        if (p != null) {
          DraftReference r = p.reference();
          all.add(
              new DraftReference(
                  "FOOTNOTE",
                  r.documentType(),
                  r.number(),
                  r.issueDate(),
                  r.issuer(),
                  r.title(),
                  footnote.mark(),
                  task));
        }
      }
    }
    return all;
  }

  private record Parsed(DraftReference reference, String title) {}

  private void readSegments(String text, String kind) {
    if (text == null) {
      return;
    }
    String currentKind = kind;
    for (String segment : splitTopLevel(text)) {
      String f = Folding.fold(segment);
      if (f.stripLeading().startsWith("can cu")) {
        currentKind = "CITES";
      } else if (f.stripLeading().matches("^(trien khai thuc hien|thuc hien|trien khai)\\b.*")) {
        currentKind = "IMPLEMENTS";
      }
      String cleaned = cutTail(segment);
      Matcher m = MENTION.matcher(Folding.fold(cleaned));
      if (!m.find()) {
        continue;
      }
      Parsed p = parse(cleaned, m.start(), currentKind);
      if (p == null) {
        continue;
      }
      add(p.reference(), currentKind.equals("CITES") ? cited : implemented);
      cite(p.title());
    }
  }

  private void cite(String title) {
    if (title == null) {
      return;
    }
    Matcher m = MENTION.matcher(Folding.fold(title));
    int from = 0;
    while (from < title.length() && m.find(from)) {
      Parsed p = parse(title, m.start(), "CITES");
      if (p == null) {
        break;
      }
      add(p.reference(), cited);
      cite(p.title());
      from = m.end();
    }
  }

  private void add(DraftReference reference, List<DraftReference> into) {
    if (seen.add(reference.number())) {
      into.add(reference);
    }
  }

  /** A mention starting at {@code start}: "Kế hoạch số 135-KH/HU ngày … của … title". */
  private Parsed parse(String text, int start, String kind) {
    String f = Folding.fold(text);
    Matcher m = MENTION.matcher(f);
    if (!m.find(start)) {
      return null;
    }
    String type = TYPES.get(m.group(1));
    String number = text.substring(m.start(2), m.end(2)).replaceAll("\\s+", "");
    int pos = m.end();
    String issueDate = null;
    Matcher d = DATE.matcher(f.substring(pos));
    if (d.find()) {
      LocalDate date = VnDates.find(d.group(1));
      if (date == null) {
        findings.warn(
            Kind.DATE_NOT_UNDERSTOOD, text.substring(pos + d.start(1), pos + d.end(1)), number);
      }
      issueDate = VnDates.iso(date);
      pos += d.end();
    }
    String issuer = null;
    Matcher o = OF.matcher(f.substring(pos));
    if (o.find()) {
      pos += o.end();
      int end = issuerEnd(text, pos);
      issuer = stripPunctuation(text.substring(pos, end));
      pos = end;
    }
    String title = stripPunctuation(text.substring(pos));
    if (title.isEmpty()) {
      title = null;
    } else if (isQuotedWhole(title)) {
      title = title.substring(1, title.length() - 1).strip();
    }
    return new Parsed(
        new DraftReference(
            kind,
            type,
            number,
            issueDate,
            issuer == null || issuer.isEmpty() ? null : issuer,
            title,
            null,
            null),
        title);
  }

  private static int issuerEnd(String text, int from) {
    String f = Folding.fold(text);
    int i = from;
    String previousWord = null;
    while (i < text.length()) {
      char c = text.charAt(i);
      if ("“\"«(;,".indexOf(c) >= 0) {
        return i;
      }
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      String word = text.substring(i, end);
      if (previousWord != null && TITLE_START.matcher(f.substring(i)).find()) {
        return i;
      }
      if (previousWord != null
          && Character.isLowerCase(previousWord.charAt(0))
          && LEVELS.contains(Folding.fold(previousWord))
          && Character.isLowerCase(word.charAt(0))) {
        return i;
      }
      previousWord = word.replaceAll("[.,;:]$", "");
      i = end;
    }
    return text.length();
  }

  private static boolean isQuotedWhole(String s) {
    if (s.length() < 2) {
      return false;
    }
    char first = s.charAt(0);
    char last = s.charAt(s.length() - 1);
    boolean quoted = (first == '“' && last == '”') || (first == '"' && last == '"');
    return quoted && s.substring(1, s.length() - 1).chars().noneMatch(c -> c == '“' || c == '"');
  }

  private static String stripPunctuation(String s) {
    return s.strip().replaceAll("^[,;:\\s]+|[,;:.\\s]+$", "").strip();
  }

  /** The statement without a closing "(Kế hoạch số …)" and ", … ban hành Kế hoạch …" clause. */
  private static String cutTail(String segment) {
    String s = segment.strip();
    String f = Folding.fold(s);
    Matcher issue = Pattern.compile(",[^,;“”\"]*\\bban hanh\\b[^“”\"]*$").matcher(f);
    if (issue.find()) {
      s = s.substring(0, issue.start());
    }
    s = s.replaceAll("\\s*\\([^()“”]*\\)\\s*$", "");
    return s;
  }

  /** Splits on ";" outside quotes and brackets. */
  static List<String> splitTopLevel(String text) {
    List<String> parts = new ArrayList<>();
    if (text == null) {
      return parts;
    }
    int depth = 0;
    boolean inQuote = false;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '“') {
        inQuote = true;
      } else if (c == '”') {
        inQuote = false;
      } else if (c == '"') {
        inQuote = !inQuote;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (c == ';' && depth == 0 && !inQuote) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    parts.removeIf(p -> p.isBlank());
    return parts;
  }
}
