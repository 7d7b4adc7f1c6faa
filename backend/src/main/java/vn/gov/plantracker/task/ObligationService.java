package vn.gov.plantracker.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.common.time.VietnamTime;
import vn.gov.plantracker.task.TaskDtos.ObligationView;
import vn.gov.plantracker.task.TaskDtos.RoleView;
import vn.gov.plantracker.task.TaskDtos.TaskRef;
import vn.gov.plantracker.unit.Successions;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitDtos.UnitRef;
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
    Map<Long, Unit> owing = new LinkedHashMap<>();
    owing.put(unit.id, unit);
    Successions.Carriers carriers = successions.on(day);
    carriers.carriedBy(unit).forEach(p -> owing.put(p.id, p));
    Map<Long, List<Long>> groupsOf = units.groupIdsOf(owing.keySet());
    Set<Long> allGroups = new HashSet<>();
    groupsOf.values().forEach(allGroups::addAll);
    List<ObligationView> obligations = new ArrayList<>();
    for (AssignmentBlock block : blocks.listInvolving(owing.keySet(), allGroups, planId)) {
      for (Unit owner : owing.values()) {
        UnitRef via = owner.id.equals(unitId) ? null : UnitRef.of(owner);
        List<RoleView> roles =
            UnitRoles.of(block, owner.id, groupsOf.get(owner.id)).stream()
                .filter(
                    role ->
                        via == null || carriers.carries(unit, owner, UnitRoles.source(block, role)))
                .toList();
        for (Task task : block.tasks) {
          for (RoleView role : roles) {
            obligations.add(
                new ObligationView(
                    block.plan.id,
                    new TaskRef(task.id, task.code, task.text),
                    role.role(),
                    role.viaGroup(),
                    via,
                    block.id,
                    block.timeframe,
                    block.dueDate));
          }
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
