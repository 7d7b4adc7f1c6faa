package vn.gov.plantracker.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.task.TaskDtos.ObligationView;
import vn.gov.plantracker.task.TaskDtos.RoleView;
import vn.gov.plantracker.task.TaskDtos.TaskRef;
import vn.gov.plantracker.unit.UnitRepository;

/** What a unit owes: every task assigned to it, directly or through its groups. */
@ApplicationScoped
public class ObligationService {

  private final AssignmentRepository blocks;
  private final UnitRepository units;

  ObligationService(AssignmentRepository blocks, UnitRepository units) {
    this.blocks = blocks;
    this.units = units;
  }

  @Transactional
  public Page<ObligationView> list(Long unitId, Long planId, PageRequest page) {
    units.get(unitId);
    List<Long> groupIds = units.groupIdsOf(unitId);
    List<ObligationView> obligations = new ArrayList<>();
    for (AssignmentBlock block : blocks.listInvolving(unitId, groupIds, planId)) {
      List<RoleView> roles = UnitRoles.of(block, unitId, groupIds);
      for (Task task : block.tasks) {
        for (RoleView role : roles) {
          obligations.add(
              new ObligationView(
                  block.plan.id,
                  new TaskRef(task.id, task.code, task.text),
                  role.role(),
                  role.viaGroup(),
                  block.id,
                  block.timeframe,
                  block.dueDate));
        }
      }
    }
    obligations.sort(
        Comparator.comparingLong(ObligationView::planId)
            .thenComparing(o -> o.task().code(), TaskCodes.ORDER)
            .thenComparing(ObligationView::role));
    return Page.slice(obligations, page);
  }
}
