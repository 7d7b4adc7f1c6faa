package vn.gov.plantracker.task;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A plan's task tree in memory, read in two queries: the tasks, then the blocks. */
final class PlanTasks {

  private final List<Task> roots = new ArrayList<>();
  private final Map<Long, List<Task>> childrenOf = new HashMap<>();
  private final Map<Long, AssignmentBlock> blockOf = new HashMap<>();
  private final List<AssignmentBlock> blocks;

  PlanTasks(List<Task> tasks, List<AssignmentBlock> blocks) {
    this.blocks = blocks;
    for (Task task : tasks) {
      if (task.parent == null) {
        roots.add(task);
      } else {
        childrenOf.computeIfAbsent(task.parent.id, k -> new ArrayList<>()).add(task);
      }
    }
    for (AssignmentBlock block : blocks) {
      for (Task task : block.tasks) {
        blockOf.put(task.id, block);
      }
    }
  }

  List<Task> roots() {
    return roots;
  }

  List<Task> children(Task task) {
    return childrenOf.getOrDefault(task.id, List.of());
  }

  AssignmentBlock blockOf(Task task) {
    return blockOf.get(task.id);
  }

  List<AssignmentBlock> blocks() {
    return blocks;
  }

  /** The tasks without sub-tasks, in document order: what units actually owe. */
  List<Task> leavesInOrder() {
    List<Task> leaves = new ArrayList<>();
    collectLeaves(roots, leaves);
    return leaves;
  }

  private void collectLeaves(List<Task> level, List<Task> leaves) {
    for (Task task : level) {
      List<Task> children = children(task);
      if (children.isEmpty()) {
        leaves.add(task);
      } else {
        collectLeaves(children, leaves);
      }
    }
  }
}
