package vn.gov.plantracker.common.time;

import java.time.ZoneId;

/** Dates people set here (due dates, token expiry) are days in Vietnam. */
public final class VietnamTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private VietnamTime() {}
}
