package vn.gov.plantracker.target;

/** Whether a target has a number to measure (45–50 %) or is a statement (the 2045 vision). */
public enum TargetKind {
  QUANTITATIVE,
  QUALITATIVE
}
