package vn.gov.plantracker.audit;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.plantracker.auth.Actor;

/** One recorded change of an entity, with what changed from what to what. */
@Schema(name = "HistoryEntry", description = "One recorded change: who, when, from where, what.")
public record HistoryEntry(
    @Schema(description = "The revision number, shared by everything changed together.")
        long revision,
    Instant at,
    Change change,
    HistoryActor actor,
    @Schema(nullable = true) String ip,
    @Schema(
            nullable = true,
            description = "Why, where the change says: the reason for a correction of records.")
        String note,
    List<FieldChange> changes) {

  /** What happened to the entity. */
  public enum Change {
    ADDED,
    MODIFIED,
    DELETED
  }

  @Schema(
      name = "HistoryActor",
      description = "Who made the change; SYSTEM for the service itself.")
  public record HistoryActor(
      @Schema(nullable = true) Long userId,
      @Schema(nullable = true) String username,
      Actor.Via via) {}

  @Schema(name = "FieldChange", description = "A field's value before and after the change.")
  public record FieldChange(
      @Schema(example = "title") String field,
      @Schema(nullable = true) String before,
      @Schema(nullable = true) String after) {}
}
