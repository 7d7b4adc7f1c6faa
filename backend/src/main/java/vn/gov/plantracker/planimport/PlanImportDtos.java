package vn.gov.plantracker.planimport;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.plantracker.unit.UnitKind;

/** What the plan-import endpoints take and give. */
public final class PlanImportDtos {

  /** About 150 pages of plain text; a plan is rarely a tenth of that. */
  public static final int MAX_TEXT_CHARS = 500_000;

  private PlanImportDtos() {}

  @Schema(description = "The text of a plan document, as copied from it.")
  public record PlanImportInput(
      @NotBlank @Size(max = MAX_TEXT_CHARS) @Schema(example = "ỦY BAN NHÂN DÂN …") String text) {}

  @Schema(
      description =
          "What becomes of a unit name no existing unit answers to: an existing unit (unitId), a"
              + " new unit (kind, with name and parentId), or neither yet.")
  public record UnitChoice(
      @Schema(
              description = "The provisional key the draft uses for it.",
              example = "new-phong-y-te")
          String key,
      @Schema(description = "The name as the document gives it.") String name,
      @Schema(description = "Where the document names it.", nullable = true) String where,
      @Schema(description = "The existing unit chosen for it.", nullable = true) Long unitId,
      @Schema(description = "The kind of the unit to create for it.", nullable = true)
          UnitKind kind,
      @Schema(description = "The name of the unit to create.", nullable = true) String newName,
      @Schema(description = "The parent of the unit to create.", nullable = true) Long parentId,
      @Schema(description = "Whether a choice has been made.") boolean resolved) {

    UnitChoice choose(UnitChoiceInput input) {
      if (input.unitId() != null) {
        return new UnitChoice(key, name, where, input.unitId(), null, null, null, true);
      }
      if (input.kind() != null) {
        String created = input.name() == null || input.name().isBlank() ? name : input.name();
        return new UnitChoice(
            key, name, where, null, input.kind(), created.strip(), input.parentId(), true);
      }
      return new UnitChoice(key, name, where, null, null, null, null, false);
    }

    static UnitChoice open(ProposedUnit proposed) {
      return new UnitChoice(
          proposed.key(), proposed.name(), proposed.where(), null, null, null, null, false);
    }
  }

  @Schema(description = "A choice for one unit the document names and no unit answers to.")
  public record UnitChoiceInput(
      @NotBlank @Schema(example = "new-phong-y-te") String key,
      @Schema(description = "Use this existing unit.") Long unitId,
      @Schema(description = "Or create a unit of this kind.") UnitKind kind,
      @Size(max = 255) @Schema(description = "The new unit's name; the document's by default.")
          String name,
      @Schema(description = "The new unit's parent; none for a top-level unit.") Long parentId) {}

  @Schema(description = "Something that must be put right before the draft can be confirmed.")
  public record DraftProblem(
      @Schema(example = "MISSING_SYMBOL") String code,
      @Schema(description = "Where in the draft, as a path.", example = "symbol") String field,
      @Schema(description = "What is wrong, in the language asked for.") String message) {}

  @Schema(description = "An import in a list.")
  public record PlanImportSummary(
      long id,
      ImportStatus status,
      @Schema(nullable = true) String sourceName,
      @Schema(nullable = true) String title,
      Instant createdAt,
      @Schema(nullable = true) Long planId) {}

  @Schema(description = "A document read into a draft plan, with what to check before confirming.")
  public record PlanImportView(
      long id,
      ImportStatus status,
      @Schema(description = "The uploaded file's name; null for pasted text.", nullable = true)
          String sourceName,
      @Schema(description = "The text as read, to show beside the draft.") String sourceText,
      @Schema(description = "The draft, in the seed file's plan shape; units by key.")
          DraftPlan plan,
      @Schema(description = "The names no existing unit answers to, and what to do with them.")
          List<UnitChoice> units,
      @Schema(description = "What the reader was unsure of, for a person to check.")
          List<ImportWarning> warnings,
      @Schema(description = "What stops confirmation now; empty when the draft can go live.")
          List<DraftProblem> problems,
      @Schema(description = "The names of the existing units the draft refers to, by key.")
          Map<String, String> unitNames,
      @Schema(description = "The names of the unit groups the draft refers to, by code.")
          Map<String, String> groupNames,
      @Schema(description = "The plan it became, once confirmed.", nullable = true) Long planId,
      Instant createdAt,
      long version) {}

  @Schema(description = "The checked draft and the choices for unknown units.")
  public record PlanImportUpdate(
      @NotNull @Schema(description = "The whole draft, as loaded and corrected.") DraftPlan plan,
      @NotNull @Size(max = 500) List<@NotNull @Valid UnitChoiceInput> units,
      @NotNull @Schema(description = "The version you loaded.") Long version) {}

  @Schema(description = "Makes the draft a live plan.")
  public record PlanImportConfirmInput(
      @NotNull @Schema(description = "The version you loaded.") Long version) {}
}
