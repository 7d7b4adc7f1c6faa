package vn.gov.plantracker.seed;

import java.math.BigDecimal;
import java.util.List;

/**
 * The shape of a seed file: units, groups and one plan as written in its document, and corrections
 * made to those records since they were first loaded.
 */
record SeedFile(
    List<SeedUnit> units, List<SeedGroup> groups, SeedPlan plan, List<SeedCorrection> corrections) {

  record SeedUnit(
      String key, String name, String shortName, String kind, String parent, String officialCode) {}

  /** Names set right, with the reason; not a rename, so each unit stays the same unit. */
  record SeedCorrection(String reason, List<CorrectedName> units) {}

  /** A unit, by key, and its right name. */
  record CorrectedName(String key, String name, String shortName) {}

  record SeedGroup(String code, String name, String selection, List<String> members) {}

  record SeedPlan(
      String key,
      String documentType,
      String number,
      String symbol,
      String issuer,
      String coordinator,
      String place,
      String issueDate,
      int issueYear,
      String status,
      String title,
      String preamble,
      String purpose,
      String implementationArrangements,
      SeedSignature signature,
      List<SeedReference> references,
      List<SeedTarget> targets,
      List<SeedTaskGroup> tasks,
      List<SeedRecipient> recipients) {}

  record SeedSignature(
      String onBehalfOf, String signingFor, String signerTitle, String signerName) {}

  record SeedReference(
      String kind,
      String documentType,
      String number,
      String issueDate,
      String issuer,
      String title,
      Integer footnoteMark,
      String task) {}

  record SeedTarget(
      int targetYear,
      String text,
      String kind,
      BigDecimal low,
      BigDecimal high,
      String measureUnit,
      boolean approximate,
      SeedIndicator indicator) {}

  /** How a quantitative target is measured; units by key, the reporting areas by group code. */
  record SeedIndicator(
      String name,
      String numeratorDefinition,
      String denominatorDefinition,
      String areas,
      String numeratorSupplier,
      String denominatorSupplier,
      String sourceNote) {}

  record SeedTaskGroup(String label, String text, List<SeedItem> items) {}

  /** An item's body in document order: actions, and the blocks that close runs of them. */
  record SeedItem(String label, String text, List<SeedEntry> body) {}

  record SeedEntry(String action, SeedBlock block) {}

  record SeedBlock(
      String lead,
      String guidance,
      List<SeedParty> coordinating,
      List<SeedParty> implementing,
      String timeframe,
      String dueDate,
      String sourceText,
      String timeframeText) {}

  record SeedParty(String unit, String group) {}

  record SeedRecipient(String text, String note, int level, String unit, String group) {}
}
