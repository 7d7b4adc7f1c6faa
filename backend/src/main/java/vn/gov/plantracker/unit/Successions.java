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
