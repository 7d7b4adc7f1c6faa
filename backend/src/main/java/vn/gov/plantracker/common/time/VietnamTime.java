package vn.gov.plantracker.common.time;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates people set here (due dates, token expiry) are days in Vietnam. */
public final class VietnamTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  /** How a day is written for people here: 31/12/2026. */
  public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private VietnamTime() {}

  /** Today in Vietnam. */
  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  /** The day asked for, or today when none was. */
  public static LocalDate dayOr(LocalDate asked) {
    return asked != null ? asked : today();
  }
}
