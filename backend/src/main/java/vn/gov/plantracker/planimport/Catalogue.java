package vn.gov.plantracker.planimport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitGroup;
import vn.gov.plantracker.unit.UnitRepository;

/**
 * The units and groups a draft may name, by the keys the draft uses: a unit's own key, or {@code
 * unit-<id>} for one created without a key; a group's code. Loaded once per request, in two
 * queries.
 */
final class Catalogue {

  private final Map<String, Unit> units = new LinkedHashMap<>();
  private final Map<String, UnitGroup> groups = new LinkedHashMap<>();

  private Catalogue() {}

  static Catalogue load(UnitRepository repository) {
    Catalogue catalogue = new Catalogue();
    for (Unit unit : repository.listAllByPath()) {
      catalogue.units.put(keyOf(unit), unit);
    }
    for (UnitGroup group : repository.listGroups()) {
      if (group.code != null) {
        catalogue.groups.put(group.code, group);
      }
    }
    return catalogue;
  }

  static String keyOf(Unit unit) {
    return unit.key != null ? unit.key : "unit-" + unit.id;
  }

  List<KnownUnit> known() {
    return units.entrySet().stream()
        .map(e -> new KnownUnit(e.getKey(), e.getValue().name, e.getValue().shortName))
        .toList();
  }

  List<KnownGroup> knownGroups() {
    return groups.values().stream().map(g -> new KnownGroup(g.code, g.name)).toList();
  }

  boolean hasUnit(String key) {
    return units.containsKey(key);
  }

  boolean hasGroup(String code) {
    return groups.containsKey(code);
  }

  Unit unit(String key) {
    return units.get(key);
  }

  UnitGroup group(String code) {
    return groups.get(code);
  }
}
