package vn.gov.plantracker.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitDtos.UnitRef;

/** The areas an indicator expects figures from, under one unit. */
final class Areas {

  private Areas() {}

  /** One area: who it is and in which years it existed. */
  record Area(UnitRef unit, LocalDate validFrom, LocalDate validTo) {

    static Area of(Unit unit) {
      return new Area(UnitRef.of(unit), unit.validFrom, unit.validTo);
    }

    long id() {
      return unit.id();
    }

    /** The name officers know it by. */
    String name() {
      return unit.shortName() == null ? unit.name() : unit.shortName();
    }

    boolean existedIn(int year) {
      return (validFrom == null || !validFrom.isAfter(LocalDate.of(year, 12, 31)))
          && (validTo == null || !validTo.isBefore(LocalDate.of(year, 1, 1)));
    }
  }

  /** The indicator's areas that lie in the territory (tree paths, see {@link Territory}). */
  static List<Area> under(Indicator indicator, List<String> territory) {
    return under(members(indicator), territory);
  }

  /** Every area of the indicator with its tree path, in one statement, for {@link #under}. */
  static List<Object[]> members(Indicator indicator) {
    return Indicator.getEntityManager()
        .createQuery(
            "select m.id, m.name, m.shortName, m.validFrom, m.validTo, m.path"
                + " from UnitGroup g join g.members m where g = :group",
            Object[].class)
        .setParameter("group", indicator.areas)
        .getResultList();
  }

  /** Those of the areas read by {@link #members} that lie in the territory. */
  static List<Area> under(List<Object[]> members, List<String> territory) {
    return members.stream()
        .filter(row -> territory.stream().anyMatch(((String) row[5])::startsWith))
        .map(
            row ->
                new Area(
                    new UnitRef((Long) row[0], (String) row[1], (String) row[2]),
                    (LocalDate) row[3],
                    (LocalDate) row[4]))
        .toList();
  }

  /** 100 × numerator ÷ denominator to two decimals; null for a zero denominator. */
  static BigDecimal percent(long numerator, long denominator) {
    if (denominator == 0) {
      return null;
    }
    return BigDecimal.valueOf(numerator)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
  }
}
