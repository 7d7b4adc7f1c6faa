package vn.gov.plantracker.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.plantracker.auth.Actor;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.common.time.VietnamTime;
import vn.gov.plantracker.plan.PlanAccess;
import vn.gov.plantracker.plan.PlanRepository;
import vn.gov.plantracker.task.TaskDtos.AssignmentBlockInput;
import vn.gov.plantracker.task.TaskDtos.AssignmentBlockView;
import vn.gov.plantracker.task.TaskDtos.PartyInput;
import vn.gov.plantracker.unit.Successions;
import vn.gov.plantracker.unit.UnitRepository;

/** Reads and changes assignment blocks, keeping each task in at most one block. */
@ApplicationScoped
public class AssignmentService {

  private final AssignmentRepository blocks;
  private final TaskRepository tasks;
  private final PlanRepository plans;
  private final UnitRepository units;
  private final Event<DutiesChanged> dutiesChanged;
  private final Successions successions;

  AssignmentService(
      AssignmentRepository blocks,
      TaskRepository tasks,
      PlanRepository plans,
      UnitRepository units,
      Event<DutiesChanged> dutiesChanged,
      Successions successions) {
    this.blocks = blocks;
    this.tasks = tasks;
    this.plans = plans;
    this.units = units;
    this.dutiesChanged = dutiesChanged;
    this.successions = successions;
  }

  @Transactional
  public Page<AssignmentBlockView> list(Long planId, LocalDate asOf, PageRequest page) {
    plans.get(planId);
    BlockCarriers carriers = new BlockCarriers(successions, VietnamTime.dayOr(asOf));
    return Page.slice(blocks.listByPlan(planId), page).map(b -> AssignmentMapper.view(b, carriers));
  }

  @Transactional
  public AssignmentBlockView get(Long id) {
    return AssignmentMapper.view(blocks.get(id), today());
  }

  @Transactional
  public AssignmentBlockView create(Long planId, AssignmentBlockInput input, Actor actor) {
    AssignmentBlock block = new AssignmentBlock();
    block.plan = plans.get(planId);
    PlanAccess.requireCoordinator(block.plan, actor);
    apply(block, input);
    blocks.persistAndFlush(block);
    dutiesChanged.fire(new DutiesChanged(planId));
    return AssignmentMapper.view(block, today());
  }

  @Transactional
  public AssignmentBlockView update(Long id, AssignmentBlockInput input, Actor actor) {
    AssignmentBlock block = blocks.get(id);
    PlanAccess.requireCoordinator(block.plan, actor);
    ApiException.checkVersion(input.version(), block.version, "entity.assignmentBlock", id);
    apply(block, input);
    blocks.flush();
    dutiesChanged.fire(new DutiesChanged(block.plan.id));
    return AssignmentMapper.view(block, today());
  }

  @Transactional
  public void delete(Long id, Long version, Actor actor) {
    AssignmentBlock block = blocks.get(id);
    PlanAccess.requireCoordinator(block.plan, actor);
    ApiException.checkVersion(version, block.version, "entity.assignmentBlock", id);
    blocks.delete(block);
    blocks.flush();
    dutiesChanged.fire(new DutiesChanged(block.plan.id));
  }

  private BlockCarriers today() {
    return new BlockCarriers(successions, VietnamTime.dayOr(null));
  }

  private void apply(AssignmentBlock block, AssignmentBlockInput input) {
    Task item = tasks.get(input.itemId());
    if (item.kind != TaskKind.ITEM || !item.plan.id.equals(block.plan.id)) {
      throw ApiException.rule("rule.block.taskOutsideItem", item.code);
    }
    block.item = item;
    block.ordinal = input.ordinal() != null ? input.ordinal() : blocks.nextOrdinal(item);
    block.schedule(input.timeframe(), input.dueDate());
    block.sourceText = input.sourceText();
    block.timeframeText = input.timeframeText();
    List<AssignmentParty> parties = new ArrayList<>();
    addParties(parties, PartyRole.COORDINATING, input.coordinating());
    addParties(parties, PartyRole.IMPLEMENTING, input.implementing());
    block.assign(
        input.leadUnitId() == null ? null : units.get(input.leadUnitId()),
        input.guidanceUnitId() == null ? null : units.get(input.guidanceUnitId()),
        parties);
    block.tasks = coveredTasks(block, item, input.taskIds());
  }

  private void addParties(List<AssignmentParty> into, PartyRole role, List<PartyInput> inputs) {
    if (inputs == null) {
      return;
    }
    for (PartyInput input : inputs) {
      if ((input.unitId() == null) == (input.groupId() == null)) {
        throw ApiException.rule("rule.block.party");
      }
      into.add(
          AssignmentParty.of(
              role,
              input.unitId() == null ? null : units.get(input.unitId()),
              input.groupId() == null ? null : units.getGroup(input.groupId())));
    }
  }

  /** The tasks a block may cover: actions of its item, or the item itself. */
  private Set<Task> coveredTasks(AssignmentBlock block, Task item, List<Long> taskIds) {
    Set<Long> wanted = new LinkedHashSet<>(taskIds);
    Map<Long, Task> found = new HashMap<>();
    tasks.listByIds(wanted).forEach(t -> found.put(t.id, t));
    Set<Task> covered = new LinkedHashSet<>();
    for (Long taskId : wanted) {
      Task task = found.get(taskId);
      if (task == null) {
        throw ApiException.notFound("entity.task", taskId);
      }
      boolean inItem =
          task.id.equals(item.id) || (task.parent != null && task.parent.id.equals(item.id));
      if (!inItem) {
        throw ApiException.rule("rule.block.taskOutsideItem", task.code);
      }
      covered.add(task);
    }
    List<Long> taken = blocks.coveredElsewhere(wanted, block.id);
    if (!taken.isEmpty()) {
      throw ApiException.rule("rule.block.taskTaken", found.get(taken.get(0)).code);
    }
    return covered;
  }
}
