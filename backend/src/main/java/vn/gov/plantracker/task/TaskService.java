package vn.gov.plantracker.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.gov.plantracker.auth.Actor;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.common.text.SearchText;
import vn.gov.plantracker.common.time.VietnamTime;
import vn.gov.plantracker.plan.Plan;
import vn.gov.plantracker.plan.PlanAccess;
import vn.gov.plantracker.plan.PlanRepository;
import vn.gov.plantracker.task.TaskDtos.RoleView;
import vn.gov.plantracker.task.TaskDtos.TaskInput;
import vn.gov.plantracker.task.TaskDtos.TaskNode;
import vn.gov.plantracker.task.TaskDtos.TaskRow;
import vn.gov.plantracker.task.TaskDtos.TaskUpdate;
import vn.gov.plantracker.task.TaskDtos.TaskView;
import vn.gov.plantracker.unit.Successions;
import vn.gov.plantracker.unit.UnitRepository;

/** Reads a plan's tasks as a tree or a filtered list, and changes them. */
@ApplicationScoped
public class TaskService {

  private final TaskRepository tasks;
  private final AssignmentRepository blocks;
  private final PlanRepository plans;
  private final UnitRepository units;
  private final Successions successions;

  TaskService(
      TaskRepository tasks,
      AssignmentRepository blocks,
      PlanRepository plans,
      UnitRepository units,
      Successions successions) {
    this.tasks = tasks;
    this.blocks = blocks;
    this.plans = plans;
    this.units = units;
    this.successions = successions;
  }

  @Transactional
  public List<TaskNode> tree(Long planId, LocalDate asOf) {
    PlanTasks plan = load(planId);
    return nodes(plan, plan.roots(), new BlockCarriers(successions, VietnamTime.dayOr(asOf)));
  }

  @Transactional
  public Page<TaskRow> list(Long planId, TaskFilter filter, PageRequest page) {
    PlanTasks plan = load(planId);
    if (filter.unitId != null && filter.groupId != null) {
      throw ApiException.rule("rule.task.unitOrGroup");
    }
    LocalDate day = VietnamTime.dayOr(filter.asOf);
    Owing owing =
        filter.unitId == null ? null : new Owing(units.get(filter.unitId), day, successions, units);
    if (filter.groupId != null) {
      units.getGroup(filter.groupId);
    }
    BlockCarriers carriers = new BlockCarriers(successions, day);
    String words = SearchText.fold(filter.query);
    List<TaskRow> rows = new ArrayList<>();
    for (Task task : plan.leavesInOrder()) {
      AssignmentBlock block = plan.blockOf(task);
      if (!words.isEmpty() && !task.searchText.contains(words)) {
        continue;
      }
      if (filter.timeframe != null && (block == null || block.timeframe != filter.timeframe)) {
        continue;
      }
      List<RoleView> roles = List.of();
      if (owing != null || filter.groupId != null) {
        roles =
            block == null
                ? List.of()
                : owing != null ? owing.roles(block) : UnitRoles.ofGroup(block, filter.groupId);
        if (filter.role != null) {
          roles = roles.stream().filter(r -> r.role() == filter.role).toList();
        }
        if (roles.isEmpty()) {
          continue;
        }
      } else if (filter.role != null
          && (block == null || !UnitRoles.anyoneHas(block, filter.role))) {
        continue;
      }
      rows.add(
          new TaskRow(
              task.id,
              task.code,
              task.kind,
              task.text,
              task.parent == null ? null : task.parent.code,
              block == null ? null : AssignmentMapper.view(block, carriers),
              roles));
    }
    return Page.slice(rows, page);
  }

  @Transactional
  public TaskView get(Long id) {
    Task task = tasks.get(id);
    return view(task, blocks.findCovering(task.id).orElse(null));
  }

  @Transactional
  public TaskView create(Long planId, TaskInput input, Actor actor) {
    Plan plan = plans.get(planId);
    PlanAccess.requireCoordinator(plan, actor);
    Task parent = input.parentId() == null ? null : tasks.get(input.parentId());
    Task task = new Task();
    task.plan = plan;
    task.placeUnder(parent, input.kind());
    task.relabel(input.label().strip());
    if (tasks.codeTaken(planId, task.code, null)) {
      throw ApiException.rule("rule.task.codeTaken", task.code);
    }
    task.text = input.text().strip();
    task.ordinal = input.ordinal() != null ? input.ordinal() : tasks.nextOrdinal(planId, parent);
    tasks.persistAndFlush(task);
    task.refreshPath();
    // The path needs the new id; flushing it now makes the answer carry the stored version.
    tasks.flush();
    return view(task, null);
  }

  @Transactional
  public TaskView update(Long id, TaskUpdate input, Actor actor) {
    Task task = tasks.get(id);
    PlanAccess.requireCoordinator(task.plan, actor);
    ApiException.checkVersion(input.version(), task.version, "entity.task", id);
    String label = input.label().strip();
    if (!label.equals(task.label)) {
      relabelSubtree(task, label);
    }
    task.text = input.text().strip();
    if (input.ordinal() != null) {
      task.ordinal = input.ordinal();
    }
    tasks.flush();
    return view(task, blocks.findCovering(task.id).orElse(null));
  }

  @Transactional
  public void delete(Long id, Long version, Actor actor) {
    Task task = tasks.get(id);
    PlanAccess.requireCoordinator(task.plan, actor);
    ApiException.checkVersion(version, task.version, "entity.task", id);
    if (tasks.hasChildren(task)) {
      throw ApiException.conflict("rule.task.hasChildren", task.code);
    }
    blocks.uncover(task.id);
    tasks.delete(task);
    // Flush here so a task still holding assignment blocks fails as a 409 now.
    tasks.flush();
  }

  private void relabelSubtree(Task task, String label) {
    String code = task.parent == null ? label : task.parent.code + "." + label;
    if (tasks.codeTaken(task.plan.id, code, task.id)) {
      throw ApiException.rule("rule.task.codeTaken", code);
    }
    List<Task> subtree = tasks.listSubtree(task);
    task.relabel(label);
    for (Task descendant : subtree) {
      if (descendant != task) {
        descendant.relabel(descendant.label);
      }
    }
  }

  private PlanTasks load(Long planId) {
    plans.get(planId);
    return new PlanTasks(tasks.listByPlan(planId), blocks.listByPlan(planId));
  }

  private List<TaskNode> nodes(PlanTasks plan, List<Task> level, BlockCarriers carriers) {
    return level.stream()
        .map(
            t -> {
              AssignmentBlock block = plan.blockOf(t);
              return new TaskNode(
                  t.id,
                  t.code,
                  t.kind,
                  t.label,
                  t.text,
                  t.ordinal,
                  block == null ? null : AssignmentMapper.view(block, carriers),
                  nodes(plan, plan.children(t), carriers),
                  t.version);
            })
        .toList();
  }

  private TaskView view(Task task, AssignmentBlock block) {
    return new TaskView(
        task.id,
        task.plan.id,
        task.parent == null ? null : task.parent.id,
        task.code,
        task.kind,
        task.label,
        task.text,
        task.ordinal,
        block == null
            ? null
            : AssignmentMapper.view(block, new BlockCarriers(successions, VietnamTime.today())),
        task.version);
  }
}
