package vn.gov.plantracker.task;

/** What a unit is for a task it owes. */
public enum Role {
  /** Chủ trì: accountable. */
  LEAD,
  /** Phối hợp. */
  COORDINATING,
  /** Thực hiện. */
  IMPLEMENTING,
  /** Hướng dẫn: the others act on its guidance. */
  GUIDANCE;

  /**
   * Whether a unit in this role reports on the task. A guiding unit does not: the units it guides
   * report, and it reads their reports.
   */
  public boolean reports() {
    return this != GUIDANCE;
  }

  static Role of(PartyRole role) {
    return role == PartyRole.COORDINATING ? COORDINATING : IMPLEMENTING;
  }
}
