package vn.gov.plantracker.task;

/** How a unit or group named in an assignment block takes part. */
public enum PartyRole {
  /** Phối hợp: contributes and reports on its part. */
  COORDINATING,
  /** Thực hiện: does the task where the block names no lead, or alongside it. */
  IMPLEMENTING
}
