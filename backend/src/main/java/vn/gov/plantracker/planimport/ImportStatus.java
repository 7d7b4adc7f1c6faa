package vn.gov.plantracker.planimport;

/** A draft under review, or one confirmed into a live plan. */
public enum ImportStatus {
  DRAFT,
  CONFIRMED
}
