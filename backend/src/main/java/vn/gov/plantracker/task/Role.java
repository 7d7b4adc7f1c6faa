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

  static Role of(PartyRole role) {
    return role == PartyRole.COORDINATING ? COORDINATING : IMPLEMENTING;
  }
}
