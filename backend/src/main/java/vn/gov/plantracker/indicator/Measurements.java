package vn.gov.plantracker.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.gov.plantracker.auth.Actor;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.common.text.VietnameseOrder;
import vn.gov.plantracker.indicator.Areas.Area;
import vn.gov.plantracker.indicator.IndicatorDtos.AreaValue;
import vn.gov.plantracker.indicator.IndicatorDtos.ValueInput;
import vn.gov.plantracker.reporting.ReportAccess;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitDtos.UnitRef;

/**
 * The figures areas report for an indicator, year by year. An area's officer gives both parts; an
 * office named as the supplier of one part gives that part for every area; the coordinator corrects
 * either. Every change is audited.
 */
@ApplicationScoped
public class Measurements {

  private final Territory territory;

  Measurements(Territory territory) {
    this.territory = territory;
  }

  /** Every area the indicator expects under a unit in a year, with its figures or none yet. */
  @Transactional
  public Page<AreaValue> forYear(long indicatorId, int year, Long unitId, PageRequest page) {
    Indicator indicator = IndicatorService.find(indicatorId);
    Unit root = unitId == null ? indicator.target.plan.issuer : unit(unitId);
    List<Area> areas =
        Areas.under(indicator, territory.of(root, year)).stream()
            .filter(a -> a.existedIn(year))
            .sorted(Comparator.comparing(Area::name, VietnameseOrder.names()))
            .toList();
    List<Area> shown = areas.stream().skip(page.offset()).limit(page.size()).toList();
    Map<Long, IndicatorValue> values =
        shown.isEmpty()
            ? Map.of()
            : IndicatorValue.<IndicatorValue>find(
                    "indicator = ?1 and year = ?2 and unit.id in ?3",
                    indicator,
                    year,
                    shown.stream().map(Area::id).toList())
                .stream()
                .collect(Collectors.toMap(v -> v.unit.id, Function.identity()));
    List<AreaValue> items =
        shown.stream().map(a -> view(a.unit(), year, values.get(a.id()))).toList();
    return Page.of(items, page, areas.size());
  }

  @Transactional
  public AreaValue record(long indicatorId, long unitId, int year, ValueInput input, Actor actor) {
    Indicator indicator = IndicatorService.find(indicatorId);
    Unit area = unit(unitId);
    boolean member =
        Indicator.getEntityManager()
                .createQuery(
                    "select count(m) from UnitGroup g join g.members m where g = :g and m = :u",
                    Long.class)
                .setParameter("g", indicator.areas)
                .setParameter("u", area)
                .getSingleResult()
            > 0;
    if (!member) {
      throw ApiException.rule("rule.indicator.notAnArea", area.name, indicator.areas.name);
    }
    if (!Area.of(area).existedIn(year)) {
      throw ApiException.rule("rule.indicator.areaNotInYear", area.name, year);
    }
    boolean coordinator = ReportAccess.coordinates(indicator.target.plan, actor);
    boolean forArea = coordinator || ReportAccess.writesFor(area.id, actor);
    boolean numerators = forArea || supplies(indicator.numeratorSupplier, actor);
    boolean denominators = forArea || supplies(indicator.denominatorSupplier, actor);
    if (!numerators && !denominators) {
      throw ApiException.forbidden();
    }
    IndicatorValue value =
        IndicatorValue.<IndicatorValue>find(
                "indicator = ?1 and unit = ?2 and year = ?3", indicator, area, year)
            .firstResult();
    if (value == null) {
      value = new IndicatorValue();
      value.indicator = indicator;
      value.unit = area;
      value.year = year;
    } else {
      ApiException.checkVersion(input.version(), value.version, "entity.indicatorValue", value.id);
    }
    if (numerators) {
      value.numerator = input.numerator();
      value.femaleNumerator = input.femaleNumerator();
      value.minorityNumerator = input.minorityNumerator();
    } else {
      requireUnchanged(value.numerator, input.numerator());
      requireUnchanged(value.femaleNumerator, input.femaleNumerator());
      requireUnchanged(value.minorityNumerator, input.minorityNumerator());
    }
    if (denominators) {
      value.denominator = input.denominator();
      value.femaleDenominator = input.femaleDenominator();
      value.minorityDenominator = input.minorityDenominator();
    } else {
      requireUnchanged(value.denominator, input.denominator());
      requireUnchanged(value.femaleDenominator, input.femaleDenominator());
      requireUnchanged(value.minorityDenominator, input.minorityDenominator());
    }
    if (input.sourceNote() != null || (numerators && denominators)) {
      value.sourceNote =
          input.sourceNote() == null || input.sourceNote().isBlank()
              ? null
              : input.sourceNote().strip();
    }
    FigureRules.check(value, indicator.bounded);
    value.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    value.persist();
    IndicatorValue.flush();
    return view(UnitRef.of(area), year, value);
  }

  private static boolean supplies(Unit supplier, Actor actor) {
    return supplier != null && ReportAccess.writesFor(supplier.id, actor);
  }

  /** A supplier of one part may send the other part back as it is, or leave it out. */
  private static void requireUnchanged(Long current, Long sent) {
    if (sent != null && !Objects.equals(current, sent)) {
      throw ApiException.forbidden();
    }
  }

  private static Unit unit(long id) {
    return Unit.<Unit>findByIdOptional(id)
        .orElseThrow(() -> ApiException.notFound("entity.unit", id));
  }

  static AreaValue view(UnitRef unit, int year, IndicatorValue v) {
    if (v == null) {
      return new AreaValue(
          unit, year, null, null, null, null, null, null, null, null, null, null, null);
    }
    return new AreaValue(
        unit,
        year,
        v.id,
        v.numerator,
        v.denominator,
        v.complete() ? Areas.percent(v.numerator, v.denominator) : null,
        v.femaleNumerator,
        v.femaleDenominator,
        v.minorityNumerator,
        v.minorityDenominator,
        v.sourceNote,
        v.updatedAt,
        v.version);
  }
}
