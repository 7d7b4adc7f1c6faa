package vn.gov.plantracker.plan;

/** The kind of administrative document tracked; plans (Kế hoạch) first. */
public enum DocumentType {
  PLAN,
  PROGRAMME,
  DIRECTIVE,
  DECISION
}
