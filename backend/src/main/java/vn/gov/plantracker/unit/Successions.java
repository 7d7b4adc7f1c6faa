package vn.gov.plantracker.unit;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
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
 * with no successor, or had not opened yet, has nobody carrying it. Where a change shared a
 * predecessor's duties out among its successors, each duty goes only to those chosen for it.
 */
@ApplicationScoped
public class Successions {

  private final UnitRepository units;

  Successions(UnitRepository units) {
    this.units = units;
  }

  /** The successions in effect on the day, read in three statements at most. */
  public Carriers on(LocalDate day) {
    return new Carriers(day);
  }

  /** Whether the unit exists on the day. */
  public static boolean existsOn(Unit unit, LocalDate day) {
    return (unit.validFrom == null || !unit.validFrom.isAfter(day))
        && (unit.validTo == null || !unit.validTo.isBefore(day));
  }

  /** One duty of one unit: its part in a block, its membership of a group, or its area. */
  public record Duty(DutyKind kind, Long objectId) {
    public static Duty block(long id) {
      return new Duty(DutyKind.ASSIGNMENT_BLOCK, id);
    }

    public static Duty group(long id) {
      return new Duty(DutyKind.GROUP, id);
    }

    public static final Duty AREA = new Duty(DutyKind.AREA, null);
  }

  /** A predecessor's passage through one change: to whom, and how its duties were shared. */
  private record Passage(long changeId, List<Long> successors) {}

  private record ShareKey(long changeId, long predecessorId, DutyKind duty, Long objectId) {}

  /** Successions in effect on one day. */
  public final class Carriers {
    private final LocalDate day;
    private final Map<Long, List<Passage>> passages = new LinkedHashMap<>();
    private final Map<ShareKey, List<Long>> shares = new HashMap<>();
    private final Set<Long> sharedOut = new HashSet<>();
    private final Map<Long, Unit> known = new HashMap<>();

    private Carriers(LocalDate day) {
      this.day = day;
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
      predecessorsOf.forEach(
          (change, predecessors) ->
              predecessors.forEach(
                  p ->
                      passages
                          .computeIfAbsent(p, k -> new ArrayList<>())
                          .add(new Passage(change, successorsOf.getOrDefault(change, List.of())))));
      // Only a change with several successors can have shared its duties out.
      List<Long> several =
          successorsOf.entrySet().stream()
              .filter(e -> e.getValue().size() > 1 && predecessorsOf.containsKey(e.getKey()))
              .map(Map.Entry::getKey)
              .toList();
      if (several.isEmpty()) {
        return;
      }
      units
          .getEntityManager()
          .createQuery(
              "select c.id, s.predecessorId, s.duty, s.objectId, s.successorId"
                  + " from OrganisationChange c join c.shares s where c.id in :changes",
              Object[].class)
          .setParameter("changes", several)
          .getResultList()
          .forEach(
              row -> {
                long change = (Long) row[0];
                long predecessor = (Long) row[1];
                shares
                    .computeIfAbsent(
                        new ShareKey(change, predecessor, (DutyKind) row[2], (Long) row[3]),
                        k -> new ArrayList<>())
                    .add((Long) row[4]);
              });
      shares.keySet().forEach(k -> sharedOut.add(k.changeId()));
    }

    /** Every unit carrying any duty of the unit on the day. */
    public List<Unit> of(Unit unit) {
      return of(unit, null);
    }

    /**
     * The units carrying this duty of the unit on the day. An indicator area nobody was chosen for
     * stands for the change's first successor, so no territory is counted twice.
     */
    public List<Unit> of(Unit unit, Duty duty) {
      remember(unit);
      Set<Unit> found = new LinkedHashSet<>();
      collect(unit.id, duty, new HashSet<>(), found);
      return new ArrayList<>(found);
    }

    /** Whether {@code carrier} carries this duty of {@code unit} on the day. */
    public boolean carries(Unit carrier, Unit unit, Duty duty) {
      return carrier.id.equals(unit.id)
          ? existsOn(unit, day)
          : of(unit, duty).stream().anyMatch(u -> u.id.equals(carrier.id));
    }

    /**
     * The closed units some of whose duties this unit carries on the day: its predecessors, theirs,
     * and so on back, nearest first. None when the unit itself does not exist that day.
     */
    public List<Unit> carriedBy(Unit unit) {
      if (!existsOn(unit, day)) {
        return List.of();
      }
      Map<Long, List<Long>> predecessorIds = new LinkedHashMap<>();
      passages.forEach(
          (predecessor, through) ->
              through.forEach(
                  p ->
                      p.successors()
                          .forEach(
                              s ->
                                  predecessorIds
                                      .computeIfAbsent(s, k -> new ArrayList<>())
                                      .add(predecessor))));
      Set<Long> found = new LinkedHashSet<>();
      Deque<Long> next = new ArrayDeque<>(List.of(unit.id));
      while (!next.isEmpty()) {
        for (Long predecessor : predecessorIds.getOrDefault(next.poll(), List.of())) {
          if (!predecessor.equals(unit.id) && found.add(predecessor)) {
            next.add(predecessor);
          }
        }
      }
      load(found);
      return found.stream().map(known::get).toList();
    }

    private void collect(long unitId, Duty duty, Set<Long> seen, Set<Unit> found) {
      if (!seen.add(unitId)) {
        return;
      }
      Unit unit = known.get(unitId);
      if (existsOn(unit, day)) {
        found.add(unit);
        return;
      }
      List<Long> next = new ArrayList<>();
      for (Passage passage : passages.getOrDefault(unitId, List.of())) {
        next.addAll(takers(unitId, passage, duty));
      }
      load(next);
      for (Long successor : next) {
        collect(successor, duty, seen, found);
      }
    }

    /** Who took the duty from the predecessor in this change. */
    private List<Long> takers(long predecessor, Passage passage, Duty duty) {
      if (duty == null || passage.successors().size() < 2) {
        return passage.successors();
      }
      if (sharedOut.contains(passage.changeId())) {
        List<Long> chosen =
            shares.get(new ShareKey(passage.changeId(), predecessor, duty.kind(), duty.objectId()));
        if (chosen != null) {
          return chosen;
        }
      }
      return duty.kind() == DutyKind.AREA
          ? passage.successors().subList(0, 1)
          : passage.successors();
    }

    private void remember(Unit unit) {
      known.putIfAbsent(unit.id, unit);
    }

    /** Loads the units not met yet, all successors of the day at once the first time. */
    private void load(Collection<Long> ids) {
      if (known.keySet().containsAll(ids)) {
        return;
      }
      Set<Long> missing = new HashSet<>();
      passages.forEach(
          (predecessor, through) -> {
            missing.add(predecessor);
            through.forEach(p -> missing.addAll(p.successors()));
          });
      missing.addAll(ids);
      missing.removeAll(known.keySet());
      units.listByIds(missing).forEach(this::remember);
    }
  }
}
