package vn.gov.plantracker.planimport;

import java.util.List;

/** What the parser gives back: the draft, the units it would create, and its doubts. */
public record ImportResult(
    DraftPlan plan, List<ProposedUnit> proposedUnits, List<ImportWarning> warnings) {

  /** Whether some warning of this kind was raised. */
  public boolean hasWarning(ImportWarning.Kind kind) {
    return warnings.stream().anyMatch(w -> w.kind() == kind);
  }
}
