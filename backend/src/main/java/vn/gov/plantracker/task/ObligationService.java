package vn.gov.plantracker.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.common.time.VietnamTime;
import vn.gov.plantracker.task.TaskDtos.ObligationView;
import vn.gov.plantracker.task.TaskDtos.RoleView;
import vn.gov.plantracker.task.TaskDtos.TaskRef;
import vn.gov.plantracker.unit.Successions;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitRepository;

/**
 * What a unit owes on a day: every task assigned to it, directly or through its groups, and every
 * task of the closed units it succeeds.
 */
@ApplicationScoped
public class ObligationService {

  private final AssignmentRepository blocks;
  private final UnitRepository units;
  private final Successions successions;

  ObligationService(AssignmentRepository blocks, UnitRepository units, Successions successions) {
    this.blocks = blocks;
    this.units = units;
    this.successions = successions;
  }

  @Transactional
  public Page<ObligationView> list(Long unitId, Long planId, LocalDate asOf, PageRequest page) {
    Unit unit = units.get(unitId);
    LocalDate day = VietnamTime.dayOr(asOf);
    Owing owing = new Owing(unit, day, successions, units);
    List<ObligationView> obligations = new ArrayList<>();
    for (AssignmentBlock block : blocks.listInvolving(owing.unitIds(), owing.groupIds(), planId)) {
      for (RoleView role : owing.roles(block)) {
        for (Task task : block.tasks) {
          obligations.add(
              new ObligationView(
                  block.plan.id,
                  new TaskRef(task.id, task.code, task.text),
                  role.role(),
                  role.role().reports(),
                  role.viaGroup(),
                  role.carriedFor(),
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
