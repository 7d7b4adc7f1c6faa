package vn.gov.plantracker.indicator;

import java.time.LocalDate;
import java.util.List;
import vn.gov.plantracker.unit.Unit;

/** The areas an indicator expects figures from, under one unit. */
final class Areas {

  private Areas() {}

  /** One area: enough to say under which unit it lies and in which years it existed. */
  record Area(long id, String name, String path, LocalDate validFrom, LocalDate validTo) {

    boolean existedIn(int year) {
      return (validFrom == null || !validFrom.isAfter(LocalDate.of(year, 12, 31)))
          && (validTo == null || !validTo.isBefore(LocalDate.of(year, 1, 1)));
    }
  }

  /** The indicator's areas that are the unit or lie under it. */
  static List<Area> under(Indicator indicator, Unit root) {
    return Indicator.getEntityManager()
        .createQuery(
            "select m.id, coalesce(m.shortName, m.name), m.path, m.validFrom, m.validTo"
                + " from UnitGroup g join g.members m where g = :group and m.path like :prefix",
            Object[].class)
        .setParameter("group", indicator.areas)
        .setParameter("prefix", root.path + "%")
        .getResultList()
        .stream()
        .map(
            row ->
                new Area(
                    (Long) row[0],
                    (String) row[1],
                    (String) row[2],
                    (LocalDate) row[3],
                    (LocalDate) row[4]))
        .toList();
  }

  /** 100 × numerator ÷ denominator to two decimals; null for a zero denominator. */
  static java.math.BigDecimal percent(long numerator, long denominator) {
    if (denominator == 0) {
      return null;
    }
    return java.math.BigDecimal.valueOf(numerator)
        .multiply(java.math.BigDecimal.valueOf(100))
        .divide(java.math.BigDecimal.valueOf(denominator), 2, java.math.RoundingMode.HALF_UP);
  }
}
