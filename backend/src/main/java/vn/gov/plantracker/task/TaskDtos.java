package vn.gov.plantracker.task;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.plantracker.unit.UnitDtos.UnitRef;

/** What the API says about tasks, assignment blocks and obligations. */
public final class TaskDtos {

  private TaskDtos() {}

  /** Whether a party is a single unit or a group of units. */
  public enum PartyType {
    UNIT,
    GROUP
  }

  @Schema(description = "A unit or a unit group named in an assignment block.")
  public record PartyView(
      PartyType type,
      @Schema(example = "12") long id,
      @Schema(example = "Ủy ban nhân dân các xã, thị trấn") String name,
      @Schema(
              nullable = true,
              example = "ALL_COMMUNES",
              description = "Short name of a unit, code of a group.")
          String shortName) {}

  @Schema(description = "Who does a run of actions, and by when.")
  public record AssignmentBlockView(
      long id,
      @Schema(description = "The item the block is written in.") long itemId,
      @Schema(example = "3.a") String itemCode,
      int ordinal,
      @Schema(
              nullable = true,
              description = "Chủ trì; null when the block names only implementers.")
          UnitRef lead,
      @Schema(nullable = true, description = "The unit whose guidance the others follow.")
          UnitRef guidance,
      @Schema(description = "Phối hợp.") List<PartyView> coordinating,
      @Schema(description = "Thực hiện.") List<PartyView> implementing,
      Timeframe timeframe,
      @Schema(nullable = true, description = "Set when timeframe is DUE.", example = "2023-12-31")
          LocalDate dueDate,
      @Schema(nullable = true, description = "The assignment as printed.") String sourceText,
      @Schema(nullable = true, example = "Thường xuyên.") String timeframeText,
      @Schema(description = "The tasks the block covers, in order.") List<Long> taskIds,
      @Schema(example = "[\"3.a.8\"]") List<String> taskCodes,
      @Schema(
              description =
                  "For each unit the block names that does not exist on the day asked (asOf,"
                      + " default today): the units carrying its part in the block.")
          List<CarrierView> carriers,
      long version) {}

  @Schema(description = "The units carrying a closed unit's part in a block.")
  public record CarrierView(
      @Schema(description = "The unit named in the block.") long unitId,
      @Schema(description = "Its successors that carry it; empty when nobody does.")
          List<UnitRef> carriedBy) {}

  @Schema(name = "TaskNode", description = "A task with its sub-tasks.")
  public record TaskNode(
      long id,
      @Schema(example = "3.a.8") String code,
      TaskKind kind,
      @Schema(example = "8") String label,
      String text,
      int ordinal,
      @Schema(
              nullable = true,
              description = "The block covering this task; set on actions, and on items without.")
          AssignmentBlockView assignment,
      List<TaskNode> children,
      long version) {}

  @Schema(description = "What the filtered unit is for a task.")
  public record RoleView(
      Role role,
      @Schema(
              nullable = true,
              description = "The group through which the unit owes it, if not named directly.")
          PartyView viaGroup,
      @Schema(
              nullable = true,
              description =
                  "The closed unit whose part the unit carries as its successor, if not its own.")
          UnitRef carriedFor) {

    RoleView(Role role, PartyView viaGroup) {
      this(role, viaGroup, null);
    }

    RoleView carriedFor(UnitRef predecessor) {
      return new RoleView(role, viaGroup, predecessor);
    }
  }

  @Schema(name = "TaskRow", description = "An actionable task in a flat list.")
  public record TaskRow(
      long id,
      @Schema(example = "3.a.8") String code,
      TaskKind kind,
      String text,
      @Schema(nullable = true, example = "3.a") String parentCode,
      @Schema(nullable = true) AssignmentBlockView assignment,
      @Schema(description = "The filtered unit's roles; empty without unitId.")
          List<RoleView> roles) {}

  @Schema(description = "A task of a plan.")
  public record TaskView(
      long id,
      long planId,
      @Schema(nullable = true) Long parentId,
      @Schema(example = "3.a.8") String code,
      TaskKind kind,
      String label,
      String text,
      int ordinal,
      @Schema(nullable = true) AssignmentBlockView assignment,
      long version) {}

  @Schema(name = "TaskInput", description = "A task to create.")
  public record TaskInput(
      @Schema(description = "Null for a group (top level).") Long parentId,
      @NotNull TaskKind kind,
      @NotBlank @Size(max = 20) @Pattern(regexp = "[\\p{L}\\p{N}]+") @Schema(example = "d")
          String label,
      @NotBlank @Size(max = 8000) String text,
      @Min(1) @Schema(description = "Position among siblings; appended when absent.")
          Integer ordinal) {}

  @Schema(name = "TaskUpdate", description = "Changes to a task.")
  public record TaskUpdate(
      @NotBlank @Size(max = 20) @Pattern(regexp = "[\\p{L}\\p{N}]+") String label,
      @NotBlank @Size(max = 8000) String text,
      @Min(1) Integer ordinal,
      @Schema(description = "The version you loaded; 409 if stale.") Long version) {}

  @Schema(name = "PartyInput", description = "A unit or a group: exactly one of the two.")
  public record PartyInput(Long unitId, Long groupId) {}

  @Schema(name = "AssignmentBlockInput", description = "An assignment block to create or update.")
  public record AssignmentBlockInput(
      @NotNull @Schema(description = "The item the block is written in.") Long itemId,
      Long leadUnitId,
      Long guidanceUnitId,
      List<@NotNull PartyInput> coordinating,
      List<@NotNull PartyInput> implementing,
      @NotNull Timeframe timeframe,
      LocalDate dueDate,
      @Size(max = 4000) String sourceText,
      @Size(max = 255) String timeframeText,
      @NotNull @Size(min = 1) @Schema(description = "Actions of the item, or the item itself.")
          List<@NotNull Long> taskIds,
      @Min(1) Integer ordinal,
      @Schema(description = "Required on update: the version you loaded.") Long version) {}

  @Schema(name = "TaskRef", description = "A task named inside another resource.")
  public record TaskRef(long id, @Schema(example = "3.a.8") String code, String text) {}

  @Schema(description = "A task a unit owes, as what, and through what.")
  public record ObligationView(
      long planId,
      TaskRef task,
      Role role,
      @Schema(
              description =
                  "Whether the unit reports on the task in this role: not when it only guides. A"
                      + " unit with several roles on a task reports once; the period's expected"
                      + " reports follow the same rule.")
          boolean reportOwed,
      @Schema(
              nullable = true,
              description = "The group through which the unit owes it, if not named directly.")
          PartyView viaGroup,
      @Schema(
              nullable = true,
              description =
                  "The closed unit whose duty this unit carries as its successor, if it is not"
                      + " the unit's own.")
          UnitRef viaPredecessor,
      long blockId,
      Timeframe timeframe,
      @Schema(nullable = true) LocalDate dueDate) {}
}
