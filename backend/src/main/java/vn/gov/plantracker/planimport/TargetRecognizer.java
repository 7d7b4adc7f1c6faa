package vn.gov.plantracker.planimport;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.plantracker.planimport.DraftPlan.DraftTarget;
import vn.gov.plantracker.planimport.ImportWarning.Kind;
import vn.gov.plantracker.planimport.SourceText.Line;

/**
 * Section II: "Đến năm 2030: …" statements split into targets, with their figures ("45-50%",
 * "khoảng 50%" approximate); a statement without a figure is qualitative.
 */
final class TargetRecognizer {

  private static final Pattern NUMBERING =
      Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2})*[.)]|[a-zđ]\\)|[-+–•])\\s*");
  private static final Pattern BY_YEAR =
      Pattern.compile("^(?:den|trong|giai doan \\d{4}\\s*-)?\\s*nam\\s+(\\d{4})\\s*[:,.]?\\s*");
  private static final Pattern ANY_YEAR = Pattern.compile("(?:den nam|nam)\\s+(\\d{4})");
  private static final String NUM = "(\\d+(?:[.,]\\d+)?)";
  private static final Pattern RANGE =
      Pattern.compile(NUM + "\\s*%?\\s*(?:-|–|den)\\s*" + NUM + "\\s*%");
  private static final Pattern PERCENT = Pattern.compile(NUM + "\\s*%");
  private static final Pattern COUNT =
      Pattern.compile(
          "(\\d{1,3}(?:\\.\\d{3})+|\\d+)\\s+(nguoi|lao dong|hoc vien|luot|hoc sinh|doanh nghiep)\\b");
  private static final Pattern APPROXIMATE =
      Pattern.compile("(?:khoang|gan|xap xi|chung|tren duoi)\\s*$");
  private static final Pattern HEADING_ONLY =
      Pattern.compile("^(muc tieu( chung| cu the| tong quat)?|chi tieu( cu the)?)\\s*:?$");

  private final Findings findings;

  TargetRecognizer(Findings findings) {
    this.findings = findings;
  }

  List<DraftTarget> read(List<Line> lines) {
    List<DraftTarget> targets = new ArrayList<>();
    Integer headingYear = null;
    for (Line line : lines) {
      String text = NUMBERING.matcher(line.text()).replaceFirst("").strip();
      String f = Folding.fold(text);
      if (HEADING_ONLY.matcher(f).matches() || text.isEmpty()) {
        continue;
      }
      Integer year = null;
      Matcher y = BY_YEAR.matcher(f);
      if (y.find() && y.end() > 0) {
        year = Integer.parseInt(y.group(1));
        text = text.substring(y.end()).strip();
        if (text.isEmpty()) {
          headingYear = year;
          continue;
        }
      } else {
        String headless =
            f.replaceFirst("^(muc tieu( chung| cu the| tong quat)?|chi tieu)\\s*:\\s*", "");
        if (headless.length() != f.length()) {
          text = text.substring(f.length() - headless.length()).strip();
        }
        Matcher any = ANY_YEAR.matcher(Folding.fold(text));
        year = any.find() ? Integer.valueOf(any.group(1)) : headingYear;
      }
      if (year == null) {
        findings.warn(Kind.TARGET_YEAR_UNKNOWN, text, "line " + line.number());
      }
      List<String> parts = ReferenceRecognizer.splitTopLevel(text);
      boolean split = parts.size() > 1 && parts.stream().anyMatch(p -> hasFigure(p));
      for (String part : split ? parts : List.of(text)) {
        targets.add(target(year, part.strip()));
      }
    }
    return targets;
  }

  private static boolean hasFigure(String text) {
    String f = Folding.fold(text);
    return PERCENT.matcher(f).find() || COUNT.matcher(f).find();
  }

  private static DraftTarget target(Integer year, String text) {
    String f = Folding.fold(text);
    Matcher r = RANGE.matcher(f);
    if (r.find()) {
      return new DraftTarget(
          year,
          text,
          "QUANTITATIVE",
          number(r.group(1)),
          number(r.group(2)),
          "%",
          approximate(f, r.start()),
          null);
    }
    Matcher p = PERCENT.matcher(f);
    if (p.find()) {
      return new DraftTarget(
          year,
          text,
          "QUANTITATIVE",
          number(p.group(1)),
          null,
          "%",
          approximate(f, p.start()),
          null);
    }
    Matcher c = COUNT.matcher(f);
    if (c.find()) {
      return new DraftTarget(
          year,
          text,
          "QUANTITATIVE",
          new BigDecimal(c.group(1).replace(".", "")),
          null,
          text.substring(c.start(2), c.end(2)),
          approximate(f, c.start()),
          null);
    }
    return new DraftTarget(year, text, "QUALITATIVE", null, null, null, false, null);
  }

  private static boolean approximate(String folded, int at) {
    return APPROXIMATE.matcher(folded.substring(0, at)).find();
  }

  private static BigDecimal number(String s) {
    return new BigDecimal(s.replace(',', '.'));
  }
}
