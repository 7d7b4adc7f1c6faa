package vn.gov.plantracker.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API says about units. */
public final class UnitDtos {

  private UnitDtos() {}

  /** A unit named inside another resource. */
  @Schema(name = "UnitRef", description = "A unit named inside another resource.")
  public record UnitRef(
      @Schema(example = "5") long id,
      @Schema(example = "Phòng Giáo dục và Đào tạo") String name,
      @Schema(nullable = true, example = "Phòng GD&ĐT") String shortName) {

    public static UnitRef of(Unit unit) {
      return unit == null ? null : new UnitRef(unit.id, unit.name, unit.shortName);
    }
  }

  @Schema(description = "An office, commune or other body that issues or owes tasks.")
  public record UnitView(
      long id,
      @Schema(example = "Ủy ban nhân dân xã Bờ Y") String name,
      @Schema(nullable = true, example = "UBND xã Bờ Y") String shortName,
      UnitKind kind,
      @Schema(nullable = true) Long parentId,
      @Schema(description = "Materialised path of ids from the root.", example = "/1/3/12/")
          String path,
      @Schema(nullable = true, description = "Official administrative code, where known.")
          String officialCode,
      @Schema(nullable = true) LocalDate validFrom,
      @Schema(nullable = true) LocalDate validTo,
      @Schema(description = "Send it back on update; a stale value gets 409.") long version) {

    public static UnitView of(Unit unit) {
      return new UnitView(
          unit.id,
          unit.name,
          unit.shortName,
          unit.kind,
          unit.parent == null ? null : unit.parent.id,
          unit.path,
          unit.officialCode,
          unit.validFrom,
          unit.validTo,
          unit.version);
    }
  }

  @Schema(name = "UnitInput", description = "A unit to create or update.")
  public record UnitInput(
      @NotBlank @Size(max = 255) @Schema(example = "Ủy ban nhân dân xã Bờ Y") String name,
      @Size(max = 120) @Schema(example = "UBND xã Bờ Y") String shortName,
      @NotNull UnitKind kind,
      @Schema(description = "Parent unit id; null for a top-level unit.") Long parentId,
      @Size(max = 20) String officialCode,
      LocalDate validFrom,
      LocalDate validTo,
      @Schema(description = "Required on update: the version you loaded.") Long version) {}

  @Schema(name = "UnitNode", description = "A unit with its sub-units.")
  public record UnitNode(
      long id,
      String name,
      @Schema(nullable = true) String shortName,
      UnitKind kind,
      @Schema(nullable = true) String officialCode,
      @Schema(nullable = true) LocalDate validFrom,
      @Schema(nullable = true) LocalDate validTo,
      @Schema(description = "The units it took over (\"formerly …\"), by name.")
          List<String> formerly,
      List<UnitNode> children) {}

  @Schema(description = "Units named together in plans.")
  public record UnitGroupView(
      long id,
      @Schema(example = "ALL_COMMUNES") String code,
      @Schema(example = "Ủy ban nhân dân các xã, thị trấn") String name,
      GroupSelection selection,
      List<UnitRef> members,
      long version) {}

  @Schema(name = "UnitGroupInput", description = "A unit group's name and members.")
  public record UnitGroupInput(
      @NotBlank @Size(max = 255) @Schema(example = "Các đơn vị liên quan") String name,
      @NotNull @Schema(description = "Ids of the member units; replaces the current members.")
          List<@NotNull Long> memberIds,
      @Schema(description = "The version you loaded; 409 if stale.") Long version) {}

  @Schema(name = "UnitTree", description = "All units as a tree, and the groups.")
  public record UnitTree(List<UnitNode> units, List<UnitGroupView> groups) {}
}
