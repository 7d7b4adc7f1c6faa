package vn.gov.plantracker.orgchange;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.plantracker.unit.ChangeKind;
import vn.gov.plantracker.unit.DutyKind;
import vn.gov.plantracker.unit.UnitDtos.UnitRef;
import vn.gov.plantracker.unit.UnitKind;

/** What the API says about organisation changes. */
public final class OrgChangeDtos {

  private OrgChangeDtos() {}

  @Schema(name = "LegalBasis", description = "The document that decided the change.")
  public record LegalBasis(
      @NotBlank
          @Size(max = 10)
          @Schema(
              description =
                  "L for a law, or the abbreviation in its number: NQ, QĐ, NĐ, TT, KH, CT, CV, TB.",
              example = "NQ")
          String documentType,
      @NotBlank
          @Size(max = 60)
          @Schema(description = "Number and symbol as printed.", example = "1677/NQ-UBTVQH15")
          String number,
      @NotNull @Schema(example = "2025-06-16") LocalDate issueDate,
      @NotBlank @Size(max = 255) @Schema(example = "Ủy ban Thường vụ Quốc hội") String issuer,
      @Size(max = 500) @Schema(nullable = true) String title) {}

  @Schema(name = "NewUnit", description = "A unit the change opens.")
  public record NewUnit(
      @NotBlank @Size(max = 255) @Schema(example = "Ủy ban nhân dân xã Bờ Y") String name,
      @Size(max = 120) @Schema(nullable = true, example = "UBND xã Bờ Y") String shortName,
      @Schema(nullable = true, description = "Defaults to the first predecessor's kind.")
          UnitKind kind,
      @Schema(nullable = true, description = "Defaults to the first predecessor's parent.")
          Long parentId,
      @Size(max = 20) @Schema(nullable = true) String officialCode,
      @Size(max = 60)
          @Schema(
              nullable = true,
              description = "A name for the new unit that later changes of the same batch use.")
          String ref,
      @Size(max = 60)
          @Schema(nullable = true, description = "The parent: a unit opened earlier in the batch.")
          String parentRef) {}

  @Schema(
      name = "DutyShareInput",
      description =
          "Which successors take one duty of a predecessor, where a change has several successors"
              + " (a split, or a dissolution into several units). Duties not listed go to every"
              + " successor; the predecessor's past figures (AREA) go to the first one.")
  public record DutyShareInput(
      @NotNull DutyKind duty,
      @Schema(nullable = true, description = "The assignment block or unit group; none for AREA.")
          Long objectId,
      @Schema(
              nullable = true,
              description = "The predecessor whose duty it is; may be left out when there is one.")
          Long predecessorId,
      @Schema(nullable = true, description = "Existing successors that take the duty.")
          List<@NotNull Long> successorIds,
      @Schema(nullable = true, description = "New units of this change that take it, by ref.")
          List<@NotNull String> successorRefs) {}

  @Schema(
      name = "OrgChangeInput",
      description =
          "A change to record. RENAME, MERGE, SPLIT, CREATE and MOVE open the units in newUnits; ABSORB"
              + " and DISSOLVE pass the predecessors' duties to existing units (successorIds).")
  public record OrgChangeInput(
      @NotNull ChangeKind kind,
      @NotNull @Schema(description = "The first day of the new organisation.")
          LocalDate effectiveDate,
      @NotNull @Valid LegalBasis basis,
      @Size(max = 2000) @Schema(nullable = true) String note,
      @Schema(description = "Units that close the day before the effective date.")
          List<@NotNull Long> predecessorIds,
      @Schema(description = "Existing units that take over (ABSORB, DISSOLVE).")
          List<@NotNull Long> successorIds,
      @Schema(description = "Units the change opens (RENAME, MERGE, SPLIT, CREATE, MOVE).")
          List<@NotNull @Valid NewUnit> newUnits,
      @Schema(nullable = true, description = "Predecessors opened earlier in the same batch.")
          List<@NotNull String> predecessorRefs,
      @Schema(nullable = true, description = "Successors opened earlier in the same batch.")
          List<@NotNull String> successorRefs,
      @Schema(
              nullable = true,
              description =
                  "Plans coordinated by a predecessor pass to the first successor (default true).")
          Boolean passCoordination,
      @Schema(nullable = true, description = "How the predecessors' duties are shared out.")
          List<@NotNull @Valid DutyShareInput> shares) {}

  @Schema(
      name = "OrgChangeBatch",
      description =
          "Changes recorded together, in order, all or none; a later change may name units an"
              + " earlier one opens by their ref.")
  public record OrgChangeBatch(
      @NotNull @Size(min = 1, max = 500) List<@NotNull @Valid OrgChangeInput> changes) {}

  @Schema(name = "OrgChangePackageSummary", description = "A prepared set of changes.")
  public record OrgChangePackageSummary(
      @Schema(example = "ngoc-hoi-2025") String code, String title, int changes) {}

  @Schema(
      name = "OrgChangePackage",
      description =
          "A reorganisation prepared as data: the changes with this database's unit ids, to check,"
              + " correct where the published mapping differs, preview and record as one batch.")
  public record OrgChangePackage(
      String code, String title, List<String> notes, List<OrgChangeInput> changes) {}

  @Schema(name = "PlanRole", description = "A plan whose coordinator or issuer is a predecessor.")
  public record PlanRole(long planId, String title, String role, UnitRef from, UnitRef to) {}

  @Schema(
      name = "DutyShare",
      description = "One duty of a predecessor and the successors that will carry it.")
  public record DutyShareView(
      DutyKind duty,
      @Schema(nullable = true, description = "The assignment block or unit group.") Long objectId,
      @Schema(
              nullable = true,
              description = "The plan and task codes of a block, or the group's name.")
          String label,
      UnitRef from,
      @Schema(description = "Names of the successors that carry it.") List<String> to,
      @Schema(description = "Whether the recorder chose them, rather than the default.")
          boolean chosen) {}

  @Schema(
      name = "OrgChangePreview",
      description = "What recording the change would do; nothing is written.")
  public record OrgChangePreview(
      ChangeKind kind,
      LocalDate effectiveDate,
      @Schema(description = "Units closed the day before the effective date.")
          List<UnitRef> closing,
      @Schema(description = "Names of the units opened.") List<String> opening,
      @Schema(description = "Existing units that take over.") List<UnitRef> continuing,
      @Schema(description = "Assignment blocks naming a predecessor (lead, party or guidance).")
          long assignments,
      @Schema(description = "Unit groups that have a predecessor as a member.") long groups,
      List<PlanRole> plans,
      @Schema(
              description =
                  "Reports of open periods due from the effective date on, still editable.")
          long openReports,
      @Schema(description = "Accounts attached to a predecessor.") List<String> users,
      @Schema(description = "API tokens scoped to a predecessor; they stop writing for it.")
          long tokens,
      @Schema(
              description =
                  "Where the change has several successors: each duty of the predecessors and who"
                      + " takes it.")
          List<DutyShareView> shares) {}

  @Schema(name = "OrgChange", description = "A recorded organisation change.")
  public record OrgChangeView(
      long id,
      ChangeKind kind,
      LocalDate effectiveDate,
      LegalBasis basis,
      @Schema(nullable = true) String note,
      List<UnitRef> predecessors,
      List<UnitRef> successors,
      String recordedBy,
      Instant recordedAt,
      @Schema(description = "Whether the change can still be undone (nothing relies on it yet).")
          boolean undoable,
      @Schema(
              nullable = true,
              description =
                  "Why it can no longer be undone, in the caller's language; null while it can.")
          String undoRefusal,
      @Schema(description = "What the caller may do with it now.") List<OrgChangeAction> actions,
      long version) {}

  @Schema(
      name = "OrgChangeList",
      description = "One page of organisation changes, and what the caller may do with them.")
  public record OrgChangeList(
      List<OrgChangeView> items,
      int page,
      int size,
      long totalItems,
      int totalPages,
      @Schema(description = "RECORD when the caller may preview and record changes.")
          List<OrgChangeAction> actions) {}

  @Schema(name = "LineageStep", description = "One change in a unit's lineage.")
  public record LineageStep(
      long changeId,
      ChangeKind kind,
      LocalDate effectiveDate,
      String basisNumber,
      List<UnitRef> from,
      List<UnitRef> to) {}

  @Schema(
      name = "UnitLineage",
      description = "The changes a unit came from and went into, oldest first, through time.")
  public record UnitLineage(UnitRef unit, List<LineageStep> before, List<LineageStep> after) {}
}
