package vn.gov.plantracker.planimport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitGroup;
import vn.gov.plantracker.unit.UnitRepository;

/**
 * The units and groups a draft may name, by the keys the draft uses: a unit's own key, or {@code
 * unit-<id>} for one created without a key (every unit also answers to that); a group's code.
 * Loaded once per request, in two queries.
 */
final class Catalogue {

  private final Map<String, Unit> byKey = new LinkedHashMap<>();
  private final Map<String, Unit> units = new LinkedHashMap<>();
  private final Map<String, UnitGroup> groups = new LinkedHashMap<>();

  private Catalogue() {}

  static Catalogue load(UnitRepository repository) {
    Catalogue catalogue = new Catalogue();
    for (Unit unit : repository.listAllByPath()) {
      catalogue.byKey.put(keyOf(unit), unit);
      catalogue.units.put(keyOf(unit), unit);
      // Any unit also answers to its id, so a client can name one it found by searching.
      catalogue.units.put("unit-" + unit.id, unit);
    }
    // Codes and names only: the members stay unread.
    for (UnitGroup group : UnitGroup.<UnitGroup>listAll()) {
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
    return byKey.entrySet().stream()
        .map(e -> new KnownUnit(e.getKey(), e.getValue().name, e.getValue().shortName))
        .toList();
  }

  List<KnownGroup> knownGroups() {
    return groups.values().stream().map(g -> new KnownGroup(g.code, g.name)).toList();
  }

  /** The names of the units and groups a draft refers to, by the keys it uses. */
  Map<String, String> unitNames(java.util.Collection<String> keys) {
    Map<String, String> names = new java.util.TreeMap<>();
    keys.stream().filter(units::containsKey).forEach(k -> names.put(k, units.get(k).name));
    return names;
  }

  Map<String, String> groupNames(java.util.Collection<String> codes) {
    Map<String, String> names = new java.util.TreeMap<>();
    codes.stream().filter(groups::containsKey).forEach(c -> names.put(c, groups.get(c).name));
    return names;
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
