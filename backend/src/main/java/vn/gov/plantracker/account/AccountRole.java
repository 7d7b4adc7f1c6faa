package vn.gov.plantracker.account;

/** What a user may do; one per user, scoped by the units the user belongs to. */
public enum AccountRole {
  /** Manages users, units and plans. */
  ADMIN,
  /** Works for a plan's coordinating office: follows every unit up and compiles reports. */
  COORDINATOR,
  /** Works for a commune or office: sees the plan, owes and writes its own units' reports. */
  UNIT_OFFICER,
  /** Reads the overview of everything, changes nothing. */
  LEADER
}
