package vn.gov.plantracker.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.plantracker.task.TaskDtos.RoleView;
import vn.gov.plantracker.unit.Successions;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitDtos.UnitRef;
import vn.gov.plantracker.unit.UnitRepository;

/**
 * What a unit owes on a day: its own roles, and the roles of the closed units whose parts it
 * carries, each marked with whose it is. Read in the statements of the day's successions and one
 * for the groups.
 */
final class Owing {

  private final Unit unit;
  private final Map<Long, Unit> owners = new LinkedHashMap<>();
  private final Map<Long, List<Long>> groupsOf;
  private final Successions.Carriers carriers;

  Owing(Unit unit, LocalDate day, Successions successions, UnitRepository units) {
    this.unit = unit;
    this.carriers = successions.on(day);
    owners.put(unit.id, unit);
    carriers.carriedBy(unit).forEach(p -> owners.put(p.id, p));
    this.groupsOf = units.groupIdsOf(owners.keySet());
  }

  /** The unit and the closed units it carries. */
  Collection<Long> unitIds() {
    return owners.keySet();
  }

  /** Every group any of them is in. */
  Set<Long> groupIds() {
    Set<Long> all = new HashSet<>();
    groupsOf.values().forEach(all::addAll);
    return all;
  }

  /** The roles owed in the block; a closed unit's only where its part passed to this unit. */
  List<RoleView> roles(AssignmentBlock block) {
    List<RoleView> roles = new ArrayList<>();
    for (Unit owner : owners.values()) {
      for (RoleView role : UnitRoles.of(block, owner.id, groupsOf.get(owner.id))) {
        if (owner == unit) {
          roles.add(role);
        } else if (carriers.carries(unit, owner, UnitRoles.source(block, role))) {
          roles.add(role.carriedFor(UnitRef.of(owner)));
        }
      }
    }
    return roles;
  }
}
