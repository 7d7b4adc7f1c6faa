package vn.gov.plantracker.planimport;

import java.math.BigDecimal;
import java.util.List;

/**
 * A plan as read from its text, field for field the shape of the seed's plan so the same writer can
 * store it; units by key and groups by code where they were recognised.
 */
public record DraftPlan(
    String key,
    String documentType,
    String number,
    String symbol,
    String issuer,
    String coordinator,
    String place,
    String issueDate,
    Integer issueYear,
    String status,
    String title,
    String preamble,
    String purpose,
    String implementationArrangements,
    DraftSignature signature,
    List<DraftReference> references,
    List<DraftTarget> targets,
    List<DraftTaskGroup> tasks,
    List<DraftRecipient> recipients) {

  /** Who signs: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", the name. */
  public record DraftSignature(
      String onBehalfOf, String signingFor, String signerTitle, String signerName) {}

  /** A document the plan implements, cites, or names in a footnote on a task. */
  public record DraftReference(
      String kind,
      String documentType,
      String number,
      String issueDate,
      String issuer,
      String title,
      Integer footnoteMark,
      String task) {}

  /** A dated goal; quantitative when the text gives a figure. */
  public record DraftTarget(
      Integer targetYear,
      String text,
      String kind,
      BigDecimal low,
      BigDecimal high,
      String measureUnit,
      boolean approximate,
      DraftIndicator indicator) {}

  /** How a target is measured; never in the text, so the parser leaves it empty. */
  public record DraftIndicator(
      String name,
      String numeratorDefinition,
      String denominatorDefinition,
      String areas,
      String numeratorSupplier,
      String denominatorSupplier,
      String sourceNote) {}

  /** A numbered task group ("1."). */
  public record DraftTaskGroup(String label, String text, List<DraftItem> items) {}

  /** An item ("a)") with its actions and the blocks that close runs of them, in order. */
  public record DraftItem(String label, String text, List<DraftEntry> body) {}

  /** Either an action ("-" bullet) or an assignment block. */
  public record DraftEntry(String action, DraftBlock block) {}

  /** "Đơn vị thực hiện" and "Thời gian thực hiện" of the actions before it. */
  public record DraftBlock(
      String lead,
      String guidance,
      List<DraftParty> coordinating,
      List<DraftParty> implementing,
      String timeframe,
      String dueDate,
      String sourceText,
      String timeframeText) {}

  /** A unit by key or a group by code. */
  public record DraftParty(String unit, String group) {}

  /** A "Nơi nhận" line. */
  public record DraftRecipient(String text, String note, int level, String unit, String group) {}
}
