package vn.gov.plantracker.planimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.plantracker.planimport.ImportWarning.Kind;
import vn.gov.plantracker.planimport.SourceText.Line;

/**
 * The head of a document: issuing body, "Số: 3714/KH-UBND" (or a blank number in a draft), "Lâm
 * Đồng, ngày 11 tháng 4 năm 2025" (or blanks with only the year), and the document type heading.
 */
final class HeaderRecognizer {

  /** What the head says; any part may be missing. The issuing body's lines are upper case. */
  record Header(
      List<String> issuerLines,
      String number,
      String symbol,
      String place,
      String issueDate,
      Integer issueYear,
      String documentType,
      int typeLine) {}

  private static final Pattern NUMBER =
      Pattern.compile(
          "(?:^|[\\s|])so\\s*:?\\s*(\\d*)\\s*/\\s*([a-z0-9&]+(?:\\s*[-/]\\s*[a-z0-9&]+)*)");
  private static final Pattern PARTY_NUMBER =
      Pattern.compile("(?:^|[\\s|])so\\s*:?\\s*(\\d+)\\s*-\\s*([a-z]+\\s*/\\s*[a-z0-9-]+)");

  /**
   * "ngày 11 tháng 4 năm 2025" (day and month may be blank); the place is what stands before it
   * since the last comma or table border. Matched from "ngay" on, so a long line costs linear time.
   */
  private static final Pattern DATE =
      Pattern.compile("ngay\\s*(\\d{1,2})?\\s*(?:/|thang)\\s*(\\d{1,2})?\\s*(?:/|nam)\\s*(\\d{4})");

  private static final List<String[]> TYPES =
      List.of(
          new String[] {"ke hoach", "PLAN"},
          new String[] {"chuong trinh", "PROGRAMME"},
          new String[] {"chuong trinh hanh dong", "PROGRAMME"},
          new String[] {"chi thi", "DIRECTIVE"},
          new String[] {"quyet dinh", "DECISION"});

  private final Findings findings;

  HeaderRecognizer(Findings findings) {
    this.findings = findings;
  }

  /** "Số: 3714/KH-UBND", "Số: /KH-UBND" or a party's "Số 135-KH/HU" in a folded line. */
  private static Matcher numberIn(String folded) {
    for (Pattern pattern : List.of(PARTY_NUMBER, NUMBER)) {
      Matcher m = pattern.matcher(folded);
      if (m.find()) {
        return m;
      }
    }
    return null;
  }

  /** "Lâm Đồng" in "| Lâm Đồng, ngày …": back from the date over one comma to a comma or border. */
  private static String placeBefore(String text, int dateStart) {
    int end = dateStart;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > 0 && text.charAt(end - 1) == ',') {
      end--;
    }
    int start = end;
    while (start > 0 && text.charAt(start - 1) != ',' && text.charAt(start - 1) != '|') {
      start--;
    }
    String place = text.substring(start, end).strip();
    return place.isEmpty() ? null : place;
  }

  Header read(List<Line> lines, int limit) {
    int typeLine = -1;
    String documentType = null;
    for (int i = 0; i < Math.min(limit, lines.size()) && typeLine < 0; i++) {
      String f = Folding.fold(lines.get(i).text()).replaceAll("[^a-z ]", "").strip();
      for (String[] type : TYPES) {
        if (f.equals(type[0])) {
          typeLine = i;
          documentType = type[1];
        }
      }
    }
    int headEnd = typeLine >= 0 ? typeLine : Math.min(limit, Math.min(lines.size(), 12));
    String number = null;
    String symbol = null;
    String place = null;
    String issueDate = null;
    Integer issueYear = null;
    List<String> issuer = new ArrayList<>();
    boolean sawNumber = false;
    boolean sawDate = false;
    for (int i = 0; i < headEnd; i++) {
      String text = lines.get(i).text();
      String f = Folding.fold(text);
      Matcher n = sawNumber ? null : numberIn(f);
      if (n != null) {
        sawNumber = true;
        number = n.group(1).isEmpty() ? null : n.group(1);
        symbol = text.substring(n.start(2), n.end(2)).replaceAll("\\s+", "");
        continue;
      }
      Matcher d = DATE.matcher(f);
      if (!sawDate && d.find()) {
        sawDate = true;
        place = placeBefore(text, d.start());
        issueYear = Integer.valueOf(d.group(3));
        if (d.group(1) != null && d.group(2) != null) {
          LocalDate date = VnDates.of(d.group(3), d.group(2), d.group(1));
          if (date == null) {
            findings.warn(Kind.DATE_NOT_UNDERSTOOD, text, "line " + lines.get(i).number());
          }
          issueDate = VnDates.iso(date);
        }
        continue;
      }
      if (ClosingRecognizer.isUpperCase(text)
          && !f.startsWith("cong hoa")
          && !f.startsWith("doc lap")
          && !f.startsWith("so")) {
        issuer.add(text);
      }
    }
    if (documentType == null) {
      findings.warn(Kind.MISSING_TITLE, "no document type heading such as KẾ HOẠCH", null);
    }
    if (number == null) {
      findings.warn(
          Kind.MISSING_NUMBER,
          sawNumber ? "the number is left blank" : "no \"Số:\" line",
          symbol == null ? null : symbol);
    }
    if (issueDate == null) {
      findings.warn(
          Kind.MISSING_DATE,
          sawDate ? "the day and month are left blank" : "no place and date line",
          issueYear == null ? null : String.valueOf(issueYear));
    }
    return new Header(
        List.copyOf(issuer), number, symbol, place, issueDate, issueYear, documentType, typeLine);
  }
}
