package vn.gov.plantracker.planimport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Vietnamese documents write them: "17-11-2023", "15/9/2023", "17 tháng 11 năm 2023". */
final class VnDates {

  static final Pattern NUMERIC =
      Pattern.compile("(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{4})");
  static final Pattern WORDS =
      Pattern.compile("(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s*,?\\s+nam\\s+(\\d{4})");

  private VnDates() {}

  /** The first date written in the text, or null; a day that does not exist is null too. */
  static LocalDate find(String text) {
    String f = Folding.fold(text);
    Matcher m = NUMERIC.matcher(f);
    Matcher w = WORDS.matcher(f);
    boolean numeric = m.find();
    boolean words = w.find();
    if (numeric && (!words || m.start() <= w.start())) {
      return of(m.group(3), m.group(2), m.group(1));
    }
    return words ? of(w.group(3), w.group(2), w.group(1)) : null;
  }

  static LocalDate of(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
