package vn.gov.plantracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import vn.gov.plantracker.unit.Successions;
import vn.gov.plantracker.unit.Unit;

/**
 * Whose territory stands for a unit in a year, as it was at the year's end: the unit itself while
 * it exists; after it closed, its successors; before it opened, the predecessors whose area it took
 * (where a unit split, one successor takes the whole past area). So figures run on across an
 * organisation change without counting any territory twice.
 */
@ApplicationScoped
class Territory {

  private final Successions successions;

  Territory(Successions successions) {
    this.successions = successions;
  }

  /** The tree paths whose units make up the unit's territory in the year. */
  List<String> of(Unit unit, int year) {
    LocalDate end = LocalDate.of(year, 12, 31);
    if (Successions.existsOn(unit, end)) {
      return List.of(unit.path);
    }
    if (unit.validFrom != null && unit.validFrom.isAfter(end)) {
      Successions.Carriers carriers = successions.on(unit.validFrom);
      return carriers.carriedBy(unit).stream()
          .filter(p -> Successions.existsOn(p, end))
          .filter(p -> carriers.carries(unit, p, Successions.Duty.AREA))
          .map(p -> p.path)
          .toList();
    }
    return successions.carriersOn(List.of(unit), end).get(unit.id).stream()
        .map(u -> u.path)
        .toList();
  }
}
