package vn.gov.plantracker.planimport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The warnings and proposed units gathered while one text is parsed. */
final class Findings {

  private final List<ImportWarning> warnings = new ArrayList<>();
  private final Map<String, ProposedUnit> proposed = new LinkedHashMap<>();

  void warn(ImportWarning.Kind kind, String text, String where) {
    warnings.add(new ImportWarning(kind, text, where));
  }

  /** A provisional key for a name no unit answers to, flagged for the user. */
  String propose(String name, String where) {
    String slug = Folding.slug(name);
    String key = "new-" + (slug.isEmpty() ? "unit" : slug);
    if (!proposed.containsKey(key)) {
      proposed.put(key, new ProposedUnit(key, name, where));
    }
    warn(ImportWarning.Kind.UNMATCHED_UNIT, name, where);
    return key;
  }

  List<ImportWarning> warnings() {
    return List.copyOf(warnings);
  }

  List<ProposedUnit> proposedUnits() {
    return List.copyOf(proposed.values());
  }
}
