package vn.gov.plantracker.target;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API says about targets. */
public final class TargetDtos {

  private TargetDtos() {}

  @Schema(description = "A dated goal of a plan.")
  public record TargetView(
      long id,
      long planId,
      @Schema(description = "Position in the plan, from 1.") int ordinal,
      @Schema(example = "2030") int targetYear,
      @Schema(example = "Thu hút 45-50% học sinh trung học vào hệ thống giáo dục nghề nghiệp")
          String text,
      TargetKind kind,
      @Schema(nullable = true, example = "45") BigDecimal low,
      @Schema(
              nullable = true,
              example = "50",
              description = "Null when the plan gives a single figure.")
          BigDecimal high,
      @Schema(nullable = true, example = "%") String measureUnit,
      @Schema(description = "The plan says about (khoảng) the figure.") boolean approximate,
      long version) {

    public static TargetView of(Target t) {
      return new TargetView(
          t.id,
          t.plan.id,
          t.ordinal,
          t.targetYear,
          t.text,
          t.kind,
          t.low,
          t.high,
          t.measureUnit,
          t.approximate,
          t.version);
    }
  }

  @Schema(name = "TargetInput", description = "A target to create or update.")
  public record TargetInput(
      @NotNull @Min(1900) @Max(2200) Integer targetYear,
      @NotBlank @Size(max = 4000) String text,
      @NotNull TargetKind kind,
      @Digits(integer = 10, fraction = 2) BigDecimal low,
      @Digits(integer = 10, fraction = 2) BigDecimal high,
      @Size(max = 40) String measureUnit,
      boolean approximate,
      @Schema(description = "Position in the plan; appended at the end when absent.") @Min(1)
          Integer ordinal,
      @Schema(description = "Required on update: the version you loaded.") Long version) {}
}
