package vn.gov.plantracker.orgchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.plantracker.orgchange.OrgChangeDtos.LineageStep;
import vn.gov.plantracker.orgchange.OrgChangeDtos.UnitLineage;
import vn.gov.plantracker.unit.OrganisationChange;
import vn.gov.plantracker.unit.OrganisationChange.Side;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitDtos.UnitRef;
import vn.gov.plantracker.unit.UnitRepository;

/** A unit's predecessors and successors through every recorded change. */
@ApplicationScoped
public class LineageService {

  private final UnitRepository units;

  LineageService(UnitRepository units) {
    this.units = units;
  }

  @Transactional
  public UnitLineage of(long unitId) {
    Unit unit = units.get(unitId);
    List<OrganisationChange> all = reachable(unit.id);
    return new UnitLineage(
        UnitRef.of(unit),
        walk(unit.id, all, Side.SUCCESSOR, Side.PREDECESSOR),
        walk(unit.id, all, Side.PREDECESSOR, Side.SUCCESSOR));
  }

  /**
   * The changes linked to the unit through any chain of changes, one statement per step of the
   * chain: a superset of what the walks below visit, not every change ever recorded.
   */
  private List<OrganisationChange> reachable(long unitId) {
    Map<Long, OrganisationChange> found = new LinkedHashMap<>();
    Set<Long> seenUnits = new HashSet<>(List.of(unitId));
    Set<Long> next = new HashSet<>(List.of(unitId));
    while (!next.isEmpty()) {
      List<OrganisationChange> touching =
          units
              .getEntityManager()
              .createQuery(
                  "select distinct c from OrganisationChange c left join fetch c.units cu"
                      + " left join fetch cu.unit where c.id in (select d.id from"
                      + " OrganisationChange d join d.units du where du.unit.id in :ids)",
                  OrganisationChange.class)
              .setParameter("ids", next)
              .getResultList();
      next = new HashSet<>();
      for (OrganisationChange change : touching) {
        if (found.putIfAbsent(change.id, change) == null) {
          for (OrganisationChange.ChangedUnit side : change.units) {
            if (seenUnits.add(side.unit.id)) {
              next.add(side.unit.id);
            }
          }
        }
      }
    }
    return new ArrayList<>(found.values());
  }

  /** Changes reached from the unit: on {@code from}'s side, then onward from {@code to}'s units. */
  private static List<LineageStep> walk(
      long start, List<OrganisationChange> all, Side from, Side to) {
    List<LineageStep> steps = new ArrayList<>();
    Set<Long> seenChanges = new HashSet<>();
    Deque<Long> queue = new ArrayDeque<>(List.of(start));
    Set<Long> seenUnits = new HashSet<>(List.of(start));
    while (!queue.isEmpty()) {
      long unitId = queue.poll();
      for (OrganisationChange change : all) {
        boolean touches =
            change.units.stream().anyMatch(u -> u.side == from && u.unit.id == unitId);
        if (!touches || !seenChanges.add(change.id)) {
          continue;
        }
        steps.add(step(change));
        change.units.stream()
            .filter(u -> u.side == to && seenUnits.add(u.unit.id))
            .forEach(u -> queue.add(u.unit.id));
      }
    }
    steps.sort(
        Comparator.comparing(LineageStep::effectiveDate).thenComparing(LineageStep::changeId));
    return steps;
  }

  private static LineageStep step(OrganisationChange change) {
    return new LineageStep(
        change.id,
        change.kind,
        change.effectiveDate,
        change.basisNumber,
        change.predecessors().stream().map(UnitRef::of).toList(),
        change.successors().stream().map(UnitRef::of).toList());
  }
}
