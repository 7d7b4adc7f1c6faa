package vn.gov.plantracker.reporting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.plantracker.task.Role;
import vn.gov.plantracker.unit.UnitDtos.UnitRef;

/** What the API says about reporting periods and unit reports. */
public final class ReportingDtos {

  private ReportingDtos() {}

  @Schema(
      name = "PeriodInput",
      description =
          "A new reporting period. ANNUAL needs the year (window 15/12 of the year before to 14/12,"
              + " due 15/12 unless given); AD_HOC and REVIEW need a title, window and due date.")
  public record PeriodInput(
      @NotNull PeriodKind kind,
      @Min(2000) @Max(2100) @Schema(example = "2026") Integer year,
      @Size(max = 300) String title,
      LocalDate windowStart,
      LocalDate windowEnd,
      LocalDate dueDate) {}

  @Schema(description = "How many of a period's expected reports are in.")
  public record Compliance(
      @Schema(description = "Reports expected: one per unit that owes tasks and existed then.")
          long expected,
      @Schema(description = "Submitted at least once.") long submitted,
      long onTime,
      long late,
      @Schema(description = "Never submitted.") long missing,
      @Schema(description = "Returned for changes and not yet resubmitted.") long returned,
      long accepted) {}

  @Schema(description = "A reporting period with its compliance.")
  public record PeriodView(
      long id,
      long planId,
      PeriodKind kind,
      String title,
      LocalDate windowStart,
      LocalDate windowEnd,
      LocalDate dueDate,
      Compliance compliance) {}

  @Schema(description = "A unit report without its entries.")
  public record ReportSummary(
      long id,
      long periodId,
      UnitRef unit,
      ReportStatus status,
      @Schema(nullable = true) Instant submittedAt,
      boolean late,
      @Schema(nullable = true) Instant acceptedAt,
      long version) {}

  @Schema(description = "A unit's account of one task.")
  public record EntryView(
      long taskId,
      String taskCode,
      String taskText,
      Role role,
      Progress progress,
      @Schema(nullable = true) String results,
      @Schema(nullable = true) String obstacles) {}

  @Schema(description = "A unit report with an entry per task the unit owes.")
  public record ReportView(
      long id,
      long periodId,
      String periodTitle,
      LocalDate dueDate,
      UnitRef unit,
      ReportStatus status,
      @Schema(nullable = true) Instant submittedAt,
      boolean late,
      @Schema(nullable = true) String returnReason,
      @Schema(nullable = true) Instant acceptedAt,
      List<EntryView> entries,
      @Schema(description = "Send it back on every change; a stale value gets 409.")
          long version) {}

  @Schema(name = "EntryInput", description = "What the unit reports on one task.")
  public record EntryInput(
      @NotNull Long taskId,
      @NotNull Progress progress,
      @Size(max = 20000) String results,
      @Size(max = 20000) String obstacles) {}

  @Schema(name = "ReportUpdate", description = "Entries to save in a draft or returned report.")
  public record ReportUpdate(
      @NotNull List<@NotNull @Valid EntryInput> entries, @NotNull Long version) {}

  @Schema(name = "ReportActionInput", description = "The version of the report you loaded.")
  public record ReportActionInput(@NotNull Long version) {}

  @Schema(name = "ReportReturnInput", description = "Why the report goes back to the unit.")
  public record ReportReturnInput(
      @NotBlank @Size(max = 2000) String reason, @NotNull Long version) {}
}
