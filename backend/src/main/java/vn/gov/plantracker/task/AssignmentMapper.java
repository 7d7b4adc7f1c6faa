package vn.gov.plantracker.task;

import java.util.Comparator;
import java.util.List;
import vn.gov.plantracker.task.TaskDtos.AssignmentBlockView;
import vn.gov.plantracker.task.TaskDtos.PartyType;
import vn.gov.plantracker.task.TaskDtos.PartyView;
import vn.gov.plantracker.unit.UnitDtos.UnitRef;

/** Maps assignment blocks to their API view. */
final class AssignmentMapper {

  private AssignmentMapper() {}

  static AssignmentBlockView view(AssignmentBlock block, BlockCarriers carriers) {
    List<Task> covered =
        block.tasks.stream()
            .sorted(Comparator.comparingInt((Task t) -> t.level).thenComparingInt(t -> t.ordinal))
            .toList();
    return new AssignmentBlockView(
        block.id,
        block.item.id,
        block.item.code,
        block.ordinal,
        UnitRef.of(block.lead),
        UnitRef.of(block.guidance),
        parties(block, PartyRole.COORDINATING),
        parties(block, PartyRole.IMPLEMENTING),
        block.timeframe,
        block.dueDate,
        block.sourceText,
        block.timeframeText,
        covered.stream().map(t -> t.id).toList(),
        covered.stream().map(t -> t.code).toList(),
        carriers.of(block),
        block.version);
  }

  private static List<PartyView> parties(AssignmentBlock block, PartyRole role) {
    return block.parties.stream()
        .filter(p -> p.role == role)
        .map(
            p ->
                p.unit != null
                    ? new PartyView(PartyType.UNIT, p.unit.id, p.unit.name, p.unit.shortName)
                    : new PartyView(PartyType.GROUP, p.group.id, p.group.name, p.group.code))
        .toList();
  }
}
