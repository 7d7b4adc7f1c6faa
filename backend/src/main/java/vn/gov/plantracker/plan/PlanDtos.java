package vn.gov.plantracker.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.plantracker.target.TargetDtos.TargetView;
import vn.gov.plantracker.unit.UnitDtos.UnitRef;

/** What the API says about plans. */
public final class PlanDtos {

  /** Characters that always fit a TEXT column (64 KiB) at four bytes per character. */
  static final int LONG_TEXT = 16_000;

  private PlanDtos() {}

  @Schema(name = "PlanSummary", description = "A plan in a list.")
  public record PlanSummary(
      long id,
      DocumentType documentType,
      @Schema(
              nullable = true,
              description = "Number; null while the plan is an unsigned draft.",
              example = "3714")
          String number,
      @Schema(example = "KH-UBND") String symbol,
      @Schema(example = "Triển khai thực hiện Kế hoạch số 135-KH/HU …") String title,
      UnitRef issuer,
      @Schema(example = "2023") int issueYear,
      @Schema(nullable = true, description = "Null until the signed copy gives the exact date.")
          LocalDate issueDate,
      PlanStatus status,
      long version) {

    public static PlanSummary of(Plan p) {
      return new PlanSummary(
          p.id,
          p.documentType,
          p.number,
          p.symbol,
          p.title,
          UnitRef.of(p.issuer),
          p.issueYear,
          p.issueDate,
          p.status,
          p.version);
    }
  }

  @Schema(description = "The signature block.")
  public record SignatureView(
      @Schema(nullable = true, example = "TM. ỦY BAN NHÂN DÂN") @Size(max = 200) String onBehalfOf,
      @Schema(nullable = true, example = "KT. CHỦ TỊCH") @Size(max = 200) String signingFor,
      @Schema(nullable = true, example = "PHÓ CHỦ TỊCH") @Size(max = 200) String signerTitle,
      @Schema(nullable = true, example = "Y Lan") @Size(max = 200) String signerName) {

    static SignatureView of(Signature s) {
      return s == null
          ? new SignatureView(null, null, null, null)
          : new SignatureView(s.onBehalfOf, s.signingFor, s.signerTitle, s.signerName);
    }
  }

  @Schema(description = "A document the plan implements or cites.")
  public record ReferenceView(
      long id,
      ReferenceKind kind,
      @Schema(nullable = true, description = "Footnote number, for FOOTNOTE references.")
          Integer footnoteMark,
      @Schema(
              nullable = true,
              description = "Code of the task carrying the footnote.",
              example = "1.b.1")
          String taskCode,
      @Schema(example = "KH") String documentType,
      @Schema(example = "135-KH/HU") String number,
      @Schema(nullable = true) LocalDate issueDate,
      @Schema(example = "Ban Thường vụ Huyện ủy") String issuer,
      @Schema(nullable = true) String title) {}

  @Schema(description = "One line of Nơi nhận.")
  public record RecipientView(
      @Schema(example = "Thường trực Huyện ủy") String text,
      @Schema(nullable = true, example = "b/c") String note,
      @Schema(description = "1 for a '-' line, 2 for a '+' line under it.") int level,
      @Schema(nullable = true) Long unitId,
      @Schema(nullable = true) Long groupId) {

    static RecipientView of(PlanRecipient r) {
      return new RecipientView(r.text, r.note, r.level, r.unitId, r.groupId);
    }
  }

  @Schema(name = "PlanDetail", description = "A plan with its targets, references and recipients.")
  public record PlanDetail(
      long id,
      DocumentType documentType,
      @Schema(nullable = true) String number,
      String symbol,
      String title,
      UnitRef issuer,
      int issueYear,
      @Schema(nullable = true) LocalDate issueDate,
      PlanStatus status,
      long version,
      @Schema(nullable = true, example = "Ngọc Hôi") String place,
      @Schema(nullable = true) String preamble,
      @Schema(nullable = true, description = "Section I, Mục đích, yêu cầu.") String purpose,
      @Schema(nullable = true, description = "Section IV, Tổ chức thực hiện.")
          String implementationArrangements,
      @Schema(nullable = true) UnitRef coordinator,
      SignatureView signature,
      List<TargetView> targets,
      List<ReferenceView> references,
      List<RecipientView> recipients) {}

  @Schema(name = "PlanInput", description = "A plan to create or update.")
  public record PlanInput(
      @Schema(defaultValue = "PLAN") DocumentType documentType,
      @Size(max = 40) String number,
      @NotBlank @Size(max = 60) @Schema(example = "KH-UBND") String symbol,
      @NotNull Long issuerId,
      Long coordinatorId,
      @Size(max = 120) String place,
      LocalDate issueDate,
      @NotNull @Min(1945) @Max(2200) Integer issueYear,
      @NotBlank @Size(max = 4000) String title,
      @Size(max = LONG_TEXT) String preamble,
      @Size(max = LONG_TEXT) String purpose,
      @Size(max = LONG_TEXT) String implementationArrangements,
      PlanStatus status,
      @Valid SignatureView signature,
      @Schema(description = "Required on update: the version you loaded.") Long version) {}
}
