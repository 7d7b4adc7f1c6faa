package vn.gov.plantracker.indicator;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.plantracker.unit.ChangeKind;
import vn.gov.plantracker.unit.UnitDtos.UnitRef;

/** What the indicator endpoints send and receive. */
public final class IndicatorDtos {

  private IndicatorDtos() {}

  @Schema(description = "A unit group, by id and name.")
  public record GroupRef(long id, String code, String name) {}

  @Schema(
      description =
          "The measurable quantity behind a quantitative target: 100 × numerator ÷ denominator, in"
              + " percent, reported per area and year.")
  public record IndicatorView(
      long id,
      long targetId,
      String targetText,
      int targetYear,
      @Schema(description = "Percent; the target is met from here up.") BigDecimal targetLow,
      @Schema(nullable = true, description = "Percent; the top of a range target.")
          BigDecimal targetHigh,
      String name,
      String numeratorDefinition,
      String denominatorDefinition,
      @Schema(description = "The numerator is part of the denominator, so never above it.")
          boolean bounded,
      @Schema(description = "The areas that report; completeness counts against them.")
          GroupRef areas,
      @Schema(nullable = true, description = "Supplies every area's numerator; else the areas.")
          UnitRef numeratorSupplier,
      @Schema(nullable = true, description = "Supplies every area's denominator; else the areas.")
          UnitRef denominatorSupplier,
      @Schema(nullable = true) String sourceNote,
      @Schema(nullable = true) Integer baselineYear,
      @Schema(nullable = true, description = "Percent.") BigDecimal baselineValue,
      long version) {}

  @Schema(
      name = "IndicatorInput",
      description =
          "The indicator of a quantitative target. Leave version out to create it; baseline year"
              + " and value go together.")
  public record IndicatorInput(
      @NotBlank @Size(max = 300) String name,
      @NotBlank @Size(max = 5000) String numeratorDefinition,
      @NotBlank @Size(max = 5000) String denominatorDefinition,
      @NotNull Boolean bounded,
      @NotNull Long areaGroupId,
      Long numeratorSupplierId,
      Long denominatorSupplierId,
      @Size(max = 5000) String sourceNote,
      @Min(1990) @Max(2100) Integer baselineYear,
      @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
          BigDecimal baselineValue,
      Long version) {}

  @Schema(
      name = "IndicatorValueInput",
      description =
          "An area's figures for a year, whole numbers. A supplier of one part sends only that"
              + " part; the other stays as it is. Breakdowns are optional.")
  public record ValueInput(
      @PositiveOrZero Long numerator,
      @PositiveOrZero Long denominator,
      @PositiveOrZero Long femaleNumerator,
      @PositiveOrZero Long femaleDenominator,
      @PositiveOrZero Long minorityNumerator,
      @PositiveOrZero Long minorityDenominator,
      @Size(max = 1000) String sourceNote,
      @Schema(description = "Leave out for the first figures of the area and year.")
          Long version) {}

  @Schema(description = "An area's figures for a year, or nulls where it has not reported.")
  public record AreaValue(
      UnitRef unit,
      int year,
      @Schema(nullable = true) Long id,
      @Schema(nullable = true) Long numerator,
      @Schema(nullable = true) Long denominator,
      @Schema(nullable = true, description = "Percent, when both parts are in.") BigDecimal value,
      @Schema(nullable = true) Long femaleNumerator,
      @Schema(nullable = true) Long femaleDenominator,
      @Schema(nullable = true) Long minorityNumerator,
      @Schema(nullable = true) Long minorityDenominator,
      @Schema(nullable = true) String sourceNote,
      @Schema(nullable = true) Instant updatedAt,
      @Schema(nullable = true) Long version) {}

  @Schema(
      description =
          "A year of the roll-up: summed numerators over summed denominators of the areas that"
              + " reported both, beside how many areas were expected.")
  public record YearPoint(
      int year,
      long numerator,
      long denominator,
      @Schema(nullable = true, description = "Percent; null when nothing was reported.")
          BigDecimal value,
      @Schema(description = "Areas that reported both parts.") int reported,
      @Schema(description = "Areas that existed in the year.") int expected,
      @Schema(nullable = true, description = "Percent the straight path expects.")
          BigDecimal pathValue,
      @Schema(nullable = true) TargetStatus status) {}

  @Schema(description = "Where the reported trend leads by the target year.")
  public record Projection(int year, BigDecimal value, TargetStatus status) {}

  @Schema(description = "An indicator rolled up for an area and everything under it, by year.")
  public record Series(
      long indicatorId,
      UnitRef unit,
      int targetYear,
      BigDecimal targetLow,
      @Schema(nullable = true) BigDecimal targetHigh,
      @Schema(nullable = true) Integer baselineYear,
      @Schema(nullable = true) BigDecimal baselineValue,
      List<YearPoint> years,
      @Schema(nullable = true, description = "Needs two years of values (the baseline counts).")
          Projection projection,
      @Schema(
              description =
                  "Organisation changes of the unit or its areas within the series' years, for"
                      + " the chart to mark; the figures run on across them.")
          List<SeriesChange> changes) {}

  @Schema(description = "An organisation change a series runs across.")
  public record SeriesChange(
      long id,
      ChangeKind kind,
      @Schema(example = "2025-07-01") LocalDate effectiveDate,
      @Schema(example = "1677/NQ-UBTVQH15") String basisNumber) {}
}
