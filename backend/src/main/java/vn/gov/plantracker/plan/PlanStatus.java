package vn.gov.plantracker.plan;

/** Where a plan is in its life: circulated as a draft, signed and issued, or ended. */
public enum PlanStatus {
  DRAFT,
  ISSUED,
  ENDED
}
