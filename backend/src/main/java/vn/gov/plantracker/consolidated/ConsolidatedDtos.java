package vn.gov.plantracker.consolidated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.plantracker.reporting.ReportingDtos.Compliance;
import vn.gov.plantracker.unit.UnitDtos.UnitRef;

/** What the API says about consolidated reports. */
public final class ConsolidatedDtos {

  private ConsolidatedDtos() {}

  @Schema(description = "A heading of the report's body and the text under it.")
  public record SectionView(
      @Schema(description = "1 for a part (I, II, …), 2 for a task under it.") int level,
      String heading,
      String body,
      @Schema(description = "The compliance table is printed after this section's text.")
          boolean complianceTable) {}

  @Schema(description = "A period's consolidated report.")
  public record ConsolidatedView(
      long id,
      long periodId,
      String periodTitle,
      UnitRef issuer,
      ConsolidatedStatus status,
      String title,
      String place,
      String symbol,
      @Schema(nullable = true, description = "Given on finalising.") Integer number,
      @Schema(nullable = true, example = "Số: 05/BC-UBND") String numberText,
      @Schema(nullable = true) LocalDate issuedOn,
      List<String> recipients,
      @Schema(nullable = true, example = "TM. ỦY BAN NHÂN DÂN") String onBehalfOf,
      @Schema(nullable = true, example = "KT. CHỦ TỊCH") String signingFor,
      @Schema(nullable = true, example = "PHÓ CHỦ TỊCH") String signerTitle,
      @Schema(nullable = true) String signerName,
      Instant compiledAt,
      @Schema(nullable = true) Instant finalisedAt,
      List<SectionView> sections,
      @Schema(description = "The period's compliance now.") Compliance compliance,
      long version) {}

  @Schema(name = "SectionInput", description = "A heading and its text.")
  public record SectionInput(
      @NotNull @Min(1) @Max(2) Integer level,
      @NotBlank @Size(max = 2000) String heading,
      @Size(max = 1_000_000) String body,
      boolean complianceTable) {}

  @Schema(
      name = "ConsolidatedUpdate",
      description = "The coordinator's edit of a draft: the whole header, signature and body.")
  public record ConsolidatedUpdate(
      @NotBlank @Size(max = 1000) String title,
      @NotBlank @Size(max = 100) String place,
      @NotBlank @Size(max = 50) String symbol,
      @NotNull @Size(max = 50) List<@NotBlank @Size(max = 300) String> recipients,
      @Size(max = 200) String onBehalfOf,
      @Size(max = 200) String signingFor,
      @Size(max = 200) String signerTitle,
      @Size(max = 200) String signerName,
      @NotEmpty @Size(max = 2000) List<@NotNull @Valid SectionInput> sections,
      @NotNull Long version) {}

  @Schema(
      name = "FinaliseInput",
      description = "Finalising takes the next number of the issuer's register for the year.")
  public record FinaliseInput(
      @Schema(nullable = true, description = "The date it is signed; today when left out.")
          LocalDate issuedOn,
      @NotNull Long version) {}
}
