package vn.gov.plantracker.consolidated;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;
import vn.gov.plantracker.indicator.TargetStatus;
import vn.gov.plantracker.reporting.ObstacleStatus;
import vn.gov.plantracker.reporting.Progress;
import vn.gov.plantracker.reporting.ReportStatus;
import vn.gov.plantracker.task.Role;

/**
 * The words an official document uses. The consolidated report is an administrative document in
 * Vietnamese whatever language its reader's screen is in.
 */
final class Wording {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private Wording() {}

  /** A figure as Vietnamese write it: 1.234,5. */
  static String number(BigDecimal value) {
    NumberFormat format = NumberFormat.getNumberInstance(VIETNAMESE);
    format.setMaximumFractionDigits(2);
    return format.format(value);
  }

  static String progress(Progress progress) {
    return switch (progress) {
      case NOT_STARTED -> "chưa thực hiện";
      case IN_PROGRESS -> "đang thực hiện";
      case DONE -> "hoàn thành";
      case DIFFICULTIES -> "gặp khó khăn";
      case NOT_APPLICABLE -> "không áp dụng";
    };
  }

  static String role(Role role) {
    return switch (role) {
      case LEAD -> "chủ trì";
      case COORDINATING -> "phối hợp";
      case IMPLEMENTING -> "thực hiện";
      case GUIDANCE -> "hướng dẫn";
    };
  }

  static String report(ReportStatus status) {
    return switch (status) {
      case DRAFT -> "Chưa nộp";
      case SUBMITTED -> "Đã nộp";
      case RETURNED -> "Trả lại để bổ sung";
      case ACCEPTED -> "Đã tiếp nhận";
    };
  }

  static String obstacle(ObstacleStatus status) {
    return switch (status) {
      case OPEN -> "chưa xử lý";
      case BEING_HANDLED -> "đang xử lý";
      case RESOLVED -> "đã giải quyết";
      case ESCALATED -> "đã báo cáo, kiến nghị cấp trên";
    };
  }

  /** A target's figure: "45-50%", or "50%" when it has no upper end. */
  static String range(BigDecimal low, BigDecimal high) {
    return high == null ? number(low) + "%" : number(low) + "-" + number(high) + "%";
  }

  static String target(TargetStatus status) {
    return switch (status) {
      case ON_TRACK -> "đạt lộ trình";
      case AT_RISK -> "có nguy cơ không đạt lộ trình";
      case OFF_TRACK -> "chậm so với lộ trình";
    };
  }

  /** "Số: 05/BC-UBND"; numbers below 10 take a leading zero (Decree 30/2020). */
  static String number(Integer number, String symbol) {
    return "Số: " + (number == null ? "" : "%02d".formatted(number)) + "/" + symbol;
  }

  /**
   * "Ngọc Hồi, ngày 05 tháng 02 năm 2026": days below 10 and the months January and February take a
   * leading zero. A draft without a date leaves the blanks to fill by hand.
   */
  static String placeAndDate(String place, LocalDate date) {
    if (date == null) {
      return place + ", ngày     tháng     năm     ";
    }
    String month =
        date.getMonthValue() < 3
            ? "%02d".formatted(date.getMonthValue())
            : "" + date.getMonthValue();
    return "%s, ngày %02d tháng %s năm %d"
        .formatted(place, date.getDayOfMonth(), month, date.getYear());
  }

  static String upper(String text) {
    return text == null ? "" : text.toUpperCase(VIETNAMESE);
  }
}
