package vn.gov.plantracker.task;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.plantracker.task.TaskDtos.RoleView;
import vn.gov.plantracker.unit.Successions;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitGroup;

/**
 * Who owes a report on which task of a plan, as {@link UnitRoles} reads each block: the units with
 * a role that reports, named or through a group, once per task whatever their number of roles.
 */
@ApplicationScoped
public class ReportDuties {

  /**
   * One unit's duty to report on one task; {@code source} says what gives it (the block itself, or
   * a group the block names), which decides who carries it once the unit has closed.
   */
  public record Duty(Unit unit, Task task, Role role, Successions.Duty source) {}

  private final AssignmentRepository blocks;
  private final Successions successions;

  ReportDuties(AssignmentRepository blocks, Successions successions) {
    this.blocks = blocks;
    this.successions = successions;
  }

  /**
   * Every duty in the plan owed on the day: a unit that has closed by then passes its duties to the
   * successors existing that day (the plan's text keeps naming the unit it was issued to).
   */
  public List<Duty> owedOn(long planId, LocalDate day) {
    return owedOn(planId, successions.on(day));
  }

  /** As {@link #owedOn(long, LocalDate)}, with the successions of the day already read. */
  public List<Duty> owedOn(long planId, Successions.Carriers carriers) {
    return owedOn(List.of(planId), carriers).get(planId);
  }

  /** As {@link #owedOn(long, Successions.Carriers)} for several plans at once, by plan. */
  public Map<Long, List<Duty>> owedOn(Collection<Long> planIds, Successions.Carriers carriers) {
    Map<Long, List<Duty>> byPlan = new LinkedHashMap<>();
    of(planIds)
        .forEach(
            (planId, named) -> {
              Map<List<Long>, Duty> owed = new LinkedHashMap<>();
              for (Duty duty : named) {
                for (Unit carrier : carriers.of(duty.unit(), duty.source())) {
                  owed.putIfAbsent(
                      key(carrier, duty.task()),
                      new Duty(carrier, duty.task(), duty.role(), duty.source()));
                }
              }
              byPlan.put(planId, new ArrayList<>(owed.values()));
            });
    return byPlan;
  }

  /** Every duty in the plan, in document order; three statements whatever the plan's size. */
  public List<Duty> of(long planId) {
    return of(List.of(planId)).get(planId);
  }

  /** Every duty in each plan, in document order; three statements however many plans. */
  public Map<Long, List<Duty>> of(Collection<Long> planIds) {
    List<AssignmentBlock> planBlocks = blocks.listByPlans(planIds);
    Map<Long, UnitGroup> groups = groupsWithMembers(planBlocks);
    Map<Long, List<Duty>> byPlan = new LinkedHashMap<>();
    planIds.forEach(id -> byPlan.put(id, new ArrayList<>()));
    for (AssignmentBlock block : planBlocks) {
      List<Duty> inBlock = byPlan.get(block.plan.id);
      List<Reporter> reporters = reporters(block, groups);
      for (Task task : block.tasks) {
        for (Reporter r : reporters) {
          inBlock.add(new Duty(r.unit(), task, r.role().role(), UnitRoles.source(block, r.role())));
        }
      }
    }
    return byPlan;
  }

  /**
   * Every unit the block concerns (named, or in a group it names), in document order, with the role
   * it reports in, read by {@link UnitRoles}; units that only guide are left out.
   */
  static List<Reporter> reporters(AssignmentBlock block, Map<Long, UnitGroup> groups) {
    Map<Long, Unit> concerned = new LinkedHashMap<>();
    Map<Long, Set<Long>> groupsOf = new HashMap<>();
    if (block.lead != null) {
      concerned.putIfAbsent(block.lead.id, block.lead);
    }
    if (block.guidance != null) {
      concerned.putIfAbsent(block.guidance.id, block.guidance);
    }
    for (AssignmentParty party : block.parties) {
      if (party.unit != null) {
        concerned.putIfAbsent(party.unit.id, party.unit);
      }
    }
    for (AssignmentParty party : block.parties) {
      if (party.group != null) {
        for (Unit member : groups.get(party.group.id).members) {
          concerned.putIfAbsent(member.id, member);
          groupsOf.computeIfAbsent(member.id, id -> new HashSet<>()).add(party.group.id);
        }
      }
    }
    List<Reporter> reporters = new ArrayList<>();
    for (Unit unit : concerned.values()) {
      List<RoleView> roles = UnitRoles.of(block, unit.id, groupsOf.getOrDefault(unit.id, Set.of()));
      UnitRoles.reporting(roles).ifPresent(role -> reporters.add(new Reporter(unit, role)));
    }
    return reporters;
  }

  record Reporter(Unit unit, RoleView role) {}

  private static List<Long> key(Unit unit, Task task) {
    return List.of(unit.id, task.id);
  }

  private Map<Long, UnitGroup> groupsWithMembers(List<AssignmentBlock> planBlocks) {
    Set<Long> ids = new HashSet<>();
    planBlocks.forEach(
        b -> b.parties.stream().filter(p -> p.group != null).forEach(p -> ids.add(p.group.id)));
    Map<Long, UnitGroup> groups = new LinkedHashMap<>();
    if (!ids.isEmpty()) {
      blocks
          .getEntityManager()
          .createQuery(
              "select distinct g from UnitGroup g left join fetch g.members where g.id in :ids",
              UnitGroup.class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(g -> groups.put(g.id, g));
    }
    return groups;
  }
}
