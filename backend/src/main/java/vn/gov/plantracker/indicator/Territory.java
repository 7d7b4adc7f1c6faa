package vn.gov.plantracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    return of(unit, year, new HashMap<>());
  }

  /**
   * The territory in each year from {@code first} to {@code last}; the successions of a day are
   * read once for all the years that need them.
   */
  Map<Integer, List<String>> of(Unit unit, int first, int last) {
    Map<LocalDate, Successions.Carriers> read = new HashMap<>();
    Map<Integer, List<String>> years = new HashMap<>();
    for (int year = first; year <= last; year++) {
      years.put(year, of(unit, year, read));
    }
    return years;
  }

  private List<String> of(Unit unit, int year, Map<LocalDate, Successions.Carriers> read) {
    LocalDate end = LocalDate.of(year, 12, 31);
    if (Successions.existsOn(unit, end)) {
      return List.of(unit.path);
    }
    if (unit.validFrom != null && unit.validFrom.isAfter(end)) {
      Successions.Carriers carriers = read.computeIfAbsent(unit.validFrom, successions::on);
      return carriers.carriedBy(unit).stream()
          .filter(p -> Successions.existsOn(p, end))
          .filter(p -> carriers.carries(unit, p, Successions.Duty.AREA))
          .map(p -> p.path)
          .toList();
    }
    return read.computeIfAbsent(end, successions::on).of(unit).stream().map(u -> u.path).toList();
  }
}
