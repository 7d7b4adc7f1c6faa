package vn.gov.plantracker.task;

/** The three levels of section III: group {@code 1.}, item {@code a)}, action {@code -}. */
public enum TaskKind {
  GROUP,
  ITEM,
  ACTION;

  /** The kind a child of this kind must have, or null if it can have none. */
  public TaskKind childKind() {
    return switch (this) {
      case GROUP -> ITEM;
      case ITEM -> ACTION;
      case ACTION -> null;
    };
  }
}
