package vn.gov.plantracker.task;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.gov.plantracker.task.TaskDtos.PartyType;
import vn.gov.plantracker.task.TaskDtos.PartyView;
import vn.gov.plantracker.task.TaskDtos.RoleView;
import vn.gov.plantracker.unit.Successions;

/**
 * The one reading of who owes what in an assignment block, used by a unit's obligations, the task
 * filter and the reports a period expects ({@link ReportDuties}):
 *
 * <ul>
 *   <li>a unit named in the block (lead, guidance, a party) has every role it is named with;
 *   <li>a unit in a group the block names owes the task as that group does, unless the block also
 *       names the unit itself: then only its own roles count (a guiding office that is also one of
 *       "the offices" guides and does not report as one of them);
 *   <li>a unit reports on the task when one of its roles {@link Role#reports() reports}: once,
 *       however many roles it has.
 * </ul>
 */
final class UnitRoles {

  private UnitRoles() {}

  static List<RoleView> of(AssignmentBlock block, Long unitId, Collection<Long> groupIds) {
    List<RoleView> direct = new ArrayList<>();
    if (block.lead != null && block.lead.id.equals(unitId)) {
      direct.add(new RoleView(Role.LEAD, null));
    }
    if (block.guidance != null && block.guidance.id.equals(unitId)) {
      direct.add(new RoleView(Role.GUIDANCE, null));
    }
    for (AssignmentParty party : block.parties) {
      if (party.unit != null && party.unit.id.equals(unitId)) {
        direct.add(new RoleView(Role.of(party.role), null));
      }
    }
    if (!direct.isEmpty()) {
      return direct;
    }
    List<RoleView> viaGroups = new ArrayList<>();
    for (AssignmentParty party : block.parties) {
      if (party.group != null && groupIds.contains(party.group.id)) {
        viaGroups.add(
            new RoleView(
                Role.of(party.role),
                new PartyView(
                    PartyType.GROUP, party.group.id, party.group.name, party.group.code)));
      }
    }
    return viaGroups;
  }

  /** The role a unit reports in on the block's tasks: its first that reports, if any. */
  static Optional<RoleView> reporting(List<RoleView> roles) {
    return roles.stream().filter(r -> r.role().reports()).findFirst();
  }

  /** The roles a whole group has in the block. */
  static List<RoleView> ofGroup(AssignmentBlock block, Long groupId) {
    return block.parties.stream()
        .filter(p -> p.group != null && p.group.id.equals(groupId))
        .map(
            p ->
                new RoleView(
                    Role.of(p.role),
                    new PartyView(PartyType.GROUP, p.group.id, p.group.name, p.group.code)))
        .toList();
  }

  /** Whether anyone in the block has the role (for a role filter without a unit). */
  static boolean anyoneHas(AssignmentBlock block, Role role) {
    return switch (role) {
      case LEAD -> block.lead != null;
      case GUIDANCE -> block.guidance != null;
      case COORDINATING, IMPLEMENTING ->
          block.parties.stream().anyMatch(p -> Role.of(p.role) == role);
    };
  }

  /** What gives the role: the block itself, or the group the block names. */
  static Successions.Duty source(AssignmentBlock block, RoleView role) {
    return role.viaGroup() == null
        ? Successions.Duty.block(block.id)
        : Successions.Duty.group(role.viaGroup().id());
  }
}
