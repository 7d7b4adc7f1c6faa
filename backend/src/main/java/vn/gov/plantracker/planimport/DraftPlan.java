package vn.gov.plantracker.planimport;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A plan as read from its text, field for field the shape of the seed's plan so the same writer can
 * store it; units by key and groups by code where they were recognised. Any field the document does
 * not give is null.
 */
public record DraftPlan(
    @Schema(nullable = true) String key,
    @Schema(nullable = true) String documentType,
    @Schema(nullable = true) String number,
    @Schema(nullable = true) String symbol,
    @Schema(nullable = true) String issuer,
    @Schema(nullable = true) String coordinator,
    @Schema(nullable = true) String place,
    @Schema(nullable = true) String issueDate,
    @Schema(nullable = true) Integer issueYear,
    @Schema(nullable = true) String status,
    @Schema(nullable = true) String title,
    @Schema(nullable = true) String preamble,
    @Schema(nullable = true) String purpose,
    @Schema(nullable = true) String implementationArrangements,
    @Schema(nullable = true) DraftSignature signature,
    @Schema(nullable = true) List<DraftReference> references,
    @Schema(nullable = true) List<DraftTarget> targets,
    @Schema(nullable = true) List<DraftTaskGroup> tasks,
    @Schema(nullable = true) List<DraftRecipient> recipients) {

  /** Who signs: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", the name. */
  public record DraftSignature(
      @Schema(nullable = true) String onBehalfOf,
      @Schema(nullable = true) String signingFor,
      @Schema(nullable = true) String signerTitle,
      @Schema(nullable = true) String signerName) {}

  /** A document the plan implements, cites, or names in a footnote on a task. */
  public record DraftReference(
      @Schema(nullable = true) String kind,
      @Schema(nullable = true) String documentType,
      @Schema(nullable = true) String number,
      @Schema(nullable = true) String issueDate,
      @Schema(nullable = true) String issuer,
      @Schema(nullable = true) String title,
      @Schema(nullable = true) Integer footnoteMark,
      @Schema(nullable = true) String task) {}

  /** A dated goal; quantitative when the text gives a figure. */
  public record DraftTarget(
      @Schema(nullable = true) Integer targetYear,
      @Schema(nullable = true) String text,
      @Schema(nullable = true) String kind,
      @Schema(nullable = true) BigDecimal low,
      @Schema(nullable = true) BigDecimal high,
      @Schema(nullable = true) String measureUnit,
      boolean approximate,
      @Schema(nullable = true) DraftIndicator indicator) {}

  /** How a target is measured; never in the text, so the parser leaves it empty. */
  public record DraftIndicator(
      @Schema(nullable = true) String name,
      @Schema(nullable = true) String numeratorDefinition,
      @Schema(nullable = true) String denominatorDefinition,
      @Schema(nullable = true) String areas,
      @Schema(nullable = true) String numeratorSupplier,
      @Schema(nullable = true) String denominatorSupplier,
      @Schema(nullable = true) String sourceNote) {}

  /** A numbered task group ("1."). */
  public record DraftTaskGroup(
      @Schema(nullable = true) String label,
      @Schema(nullable = true) String text,
      @Schema(nullable = true) List<DraftItem> items) {}

  /** An item ("a)") with its actions and the blocks that close runs of them, in order. */
  public record DraftItem(
      @Schema(nullable = true) String label,
      @Schema(nullable = true) String text,
      @Schema(nullable = true) List<DraftEntry> body) {}

  /** Either an action ("-" bullet) or an assignment block. */
  public record DraftEntry(
      @Schema(nullable = true) String action, @Schema(nullable = true) DraftBlock block) {}

  /** "Đơn vị thực hiện" and "Thời gian thực hiện" of the actions before it. */
  public record DraftBlock(
      @Schema(nullable = true) String lead,
      @Schema(nullable = true) String guidance,
      @Schema(nullable = true) List<DraftParty> coordinating,
      @Schema(nullable = true) List<DraftParty> implementing,
      @Schema(nullable = true) String timeframe,
      @Schema(nullable = true) String dueDate,
      @Schema(nullable = true) String sourceText,
      @Schema(nullable = true) String timeframeText) {}

  /** A unit by key or a group by code. */
  public record DraftParty(
      @Schema(nullable = true) String unit, @Schema(nullable = true) String group) {}

  /** A "Nơi nhận" line. */
  public record DraftRecipient(
      @Schema(nullable = true) String text,
      @Schema(nullable = true) String note,
      int level,
      @Schema(nullable = true) String unit,
      @Schema(nullable = true) String group) {}
}
