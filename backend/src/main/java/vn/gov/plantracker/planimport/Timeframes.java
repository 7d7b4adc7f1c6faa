package vn.gov.plantracker.planimport;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "Thời gian thực hiện" read as ongoing or due by a date: "Hoàn thành trong tháng 12/2023". */
final class Timeframes {

  /** ONGOING or DUE with its date; both null when the text was not understood. */
  record Reading(String timeframe, String dueDate) {}

  private static final Pattern MONTH =
      Pattern.compile("thang\\s*(\\d{1,2})\\s*(?:/|-|nam)\\s*(\\d{4})");
  private static final Pattern QUARTER =
      Pattern.compile("quy\\s*(iv|iii|ii|i|[1-4])\\s*(?:/|-|nam)\\s*(\\d{4})");
  private static final Pattern PERIOD = Pattern.compile("(\\d{4})\\s*-\\s*(\\d{4})");
  private static final Pattern YEAR = Pattern.compile("(?:nam|cuoi nam)\\s*(\\d{4})|^(\\d{4})");

  private Timeframes() {}

  static Reading read(String text) {
    String f = Folding.fold(text == null ? "" : text).strip();
    if (f.contains("thuong xuyen") || f.contains("hang nam") || f.contains("hang quy")) {
      return new Reading("ONGOING", null);
    }
    LocalDate date = VnDates.find(f);
    if (date != null) {
      return due(date);
    }
    Matcher m = MONTH.matcher(f);
    if (m.find()) {
      int month = Integer.parseInt(m.group(1));
      if (month >= 1 && month <= 12) {
        return due(YearMonth.of(Integer.parseInt(m.group(2)), month).atEndOfMonth());
      }
    }
    m = QUARTER.matcher(f);
    if (m.find()) {
      int quarter =
          switch (m.group(1)) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
          };
      return due(YearMonth.of(Integer.parseInt(m.group(2)), quarter * 3).atEndOfMonth());
    }
    m = PERIOD.matcher(f);
    if (m.find()) {
      return due(LocalDate.of(Integer.parseInt(m.group(2)), 12, 31));
    }
    m = YEAR.matcher(f);
    if (m.find()) {
      String year = m.group(1) != null ? m.group(1) : m.group(2);
      return due(LocalDate.of(Integer.parseInt(year), 12, 31));
    }
    return new Reading(null, null);
  }

  private static Reading due(LocalDate date) {
    return new Reading("DUE", date.toString());
  }
}
