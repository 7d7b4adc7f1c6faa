package vn.gov.plantracker.unit;

/** A kind of duty a unit carries, which a change with several successors may share out. */
public enum DutyKind {
  /** Its role (lead, guidance, coordinating, implementing) in one assignment block. */
  ASSIGNMENT_BLOCK,
  /** Its membership of one unit group, and what the group is assigned. */
  GROUP,
  /** Its territory, for the indicator figures of the years before the change. */
  AREA
}
