package vn.gov.plantracker.unit;

/** What an organisation change does to its units. */
public enum ChangeKind {
  /** One unit continues under a new name: the old one closes, a new one opens. */
  RENAME,
  /** Several units become one new unit. */
  MERGE,
  /** One unit becomes several new units. */
  SPLIT,
  /** Units close and an existing unit takes them over. */
  ABSORB,
  /** Units close and their duties go to existing units. */
  DISSOLVE,
  /** New units open with no predecessor. */
  CREATE,
  /** One unit moves under another parent: it closes, and a new one opens there. */
  MOVE;

  /** Whether the successors are new units this change opens, rather than existing ones. */
  public boolean opensSuccessors() {
    return this == RENAME || this == MERGE || this == SPLIT || this == CREATE || this == MOVE;
  }
}
