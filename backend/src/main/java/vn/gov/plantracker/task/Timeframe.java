package vn.gov.plantracker.task;

/**
 * "Thời gian thực hiện": {@code ONGOING} (Thường xuyên) is reported every period; {@code DUE} must
 * be done by its due date ("Hoàn thành trong tháng 12/2023" = by 31/12/2023).
 */
public enum Timeframe {
  ONGOING,
  DUE
}
