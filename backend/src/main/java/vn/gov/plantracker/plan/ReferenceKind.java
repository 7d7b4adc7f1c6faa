package vn.gov.plantracker.plan;

/** How a plan refers to another document. */
public enum ReferenceKind {
  /** The plan implements it ("Triển khai thực hiện …"). */
  IMPLEMENTS,
  /** Cited in the title or preamble. */
  CITES,
  /** Named in a footnote on a task. */
  FOOTNOTE
}
