package vn.gov.plantracker.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.gov.plantracker.task.TaskDtos.CarrierView;
import vn.gov.plantracker.unit.Successions;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitDtos.UnitRef;

/**
 * Who carries, on one day, the part of each unit a block names that no longer exists. The
 * successions are read only once a block names such a unit, so a plan untouched by organisation
 * changes costs no extra statement.
 */
final class BlockCarriers {

  private final Successions successions;
  private final LocalDate day;
  private Successions.Carriers carriers;

  BlockCarriers(Successions successions, LocalDate day) {
    this.successions = successions;
    this.day = day;
  }

  List<CarrierView> of(AssignmentBlock block) {
    Map<Long, Unit> written = new LinkedHashMap<>();
    if (block.lead != null) {
      written.put(block.lead.id, block.lead);
    }
    if (block.guidance != null) {
      written.put(block.guidance.id, block.guidance);
    }
    block.parties.stream().filter(p -> p.unit != null).forEach(p -> written.put(p.unit.id, p.unit));
    List<CarrierView> found = new ArrayList<>();
    for (Unit unit : written.values()) {
      if (!Successions.existsOn(unit, day)) {
        List<UnitRef> by =
            carriers().of(unit, Successions.Duty.block(block.id)).stream()
                .map(UnitRef::of)
                .toList();
        found.add(new CarrierView(unit.id, by));
      }
    }
    return found;
  }

  private Successions.Carriers carriers() {
    if (carriers == null) {
      carriers = successions.on(day);
    }
    return carriers;
  }
}
