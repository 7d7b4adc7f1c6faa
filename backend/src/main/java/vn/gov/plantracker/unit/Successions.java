package vn.gov.plantracker.unit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.plantracker.unit.OrganisationChange.Side;

/**
 * Who carries a unit's duties on a given day: the unit itself while it exists, otherwise its
 * successors through every organisation change since, as they exist that day. A unit that closed
 * with no successor, or had not opened yet, has nobody carrying it.
 */
@ApplicationScoped
public class Successions {

  private final UnitRepository units;

  Successions(UnitRepository units) {
    this.units = units;
  }

  /** For each unit, the units carrying its duties on the day; two statements at most. */
  public Map<Long, List<Unit>> carriersOn(Collection<Unit> named, LocalDate day) {
    Map<Long, List<Long>> successorIds = successorIdsUntil(day);
    Map<Long, Unit> known = new LinkedHashMap<>();
    named.forEach(u -> known.put(u.id, u));
    Set<Long> missing = new HashSet<>();
    successorIds.values().forEach(missing::addAll);
    missing.removeAll(known.keySet());
    if (!missing.isEmpty()) {
      units.listByIds(missing).forEach(u -> known.put(u.id, u));
    }
    Map<Long, List<Unit>> carriers = new LinkedHashMap<>();
    for (Unit unit : named) {
      Set<Unit> found = new LinkedHashSet<>();
      collect(unit, day, successorIds, known, new HashSet<>(), found);
      carriers.put(unit.id, new ArrayList<>(found));
    }
    return carriers;
  }

  /**
   * The closed units whose duties this unit carries on the day: its predecessors, theirs, and so on
   * back, oldest last. None when the unit itself does not exist that day.
   */
  public List<Unit> carriedBy(Unit unit, LocalDate day) {
    if (!existsOn(unit, day)) {
      return List.of();
    }
    Map<Long, List<Long>> successorIds = successorIdsUntil(day);
    Map<Long, List<Long>> predecessorIds = new LinkedHashMap<>();
    successorIds.forEach(
        (predecessor, successors) ->
            successors.forEach(
                s -> predecessorIds.computeIfAbsent(s, k -> new ArrayList<>()).add(predecessor)));
    Set<Long> found = new LinkedHashSet<>();
    java.util.Deque<Long> next = new java.util.ArrayDeque<>(List.of(unit.id));
    while (!next.isEmpty()) {
      for (Long predecessor : predecessorIds.getOrDefault(next.poll(), List.of())) {
        if (!predecessor.equals(unit.id) && found.add(predecessor)) {
          next.add(predecessor);
        }
      }
    }
    Map<Long, Unit> loaded = new LinkedHashMap<>();
    units.listByIds(found).forEach(u -> loaded.put(u.id, u));
    return found.stream().map(loaded::get).toList();
  }

  /** Whether the unit exists on the day. */
  public static boolean existsOn(Unit unit, LocalDate day) {
    return (unit.validFrom == null || !unit.validFrom.isAfter(day))
        && (unit.validTo == null || !unit.validTo.isBefore(day));
  }

  private static void collect(
      Unit unit,
      LocalDate day,
      Map<Long, List<Long>> successorIds,
      Map<Long, Unit> known,
      Set<Long> seen,
      Set<Unit> found) {
    if (!seen.add(unit.id)) {
      return;
    }
    if (existsOn(unit, day)) {
      found.add(unit);
      return;
    }
    for (Long next : successorIds.getOrDefault(unit.id, List.of())) {
      collect(known.get(next), day, successorIds, known, seen, found);
    }
  }

  /** Predecessor id → successor ids, for every change in effect on the day. */
  private Map<Long, List<Long>> successorIdsUntil(LocalDate day) {
    Map<Long, List<Long>> predecessorsOf = new LinkedHashMap<>();
    Map<Long, List<Long>> successorsOf = new LinkedHashMap<>();
    units
        .getEntityManager()
        .createQuery(
            "select c.id, cu.unit.id, cu.side from OrganisationChange c join c.units cu"
                + " where c.effectiveDate <= :day order by c.effectiveDate, c.id, cu.ordinal",
            Object[].class)
        .setParameter("day", day)
        .getResultList()
        .forEach(
            row ->
                (row[2] == Side.PREDECESSOR ? predecessorsOf : successorsOf)
                    .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add((Long) row[1]));
    Map<Long, List<Long>> next = new LinkedHashMap<>();
    predecessorsOf.forEach(
        (change, predecessors) ->
            predecessors.forEach(
                p ->
                    next.computeIfAbsent(p, k -> new ArrayList<>())
                        .addAll(successorsOf.getOrDefault(change, List.of()))));
    return next;
  }
}
