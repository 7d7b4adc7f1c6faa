package vn.gov.plantracker.reporting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
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
      LocalDate dueDate,
      @Schema(
              nullable = true,
              description = "Only these tasks (and those under them); all when left out.")
          @Size(max = 500)
          List<@NotNull Long> taskIds,
      @Schema(
              nullable = true,
              description = "Only these units (and those under them); all when left out.")
          @Size(max = 500)
          List<@NotNull Long> unitIds) {}

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
      @Schema(description = "The tasks asked; empty when all are.") List<Long> taskIds,
      @Schema(description = "The units asked; empty when all are.") List<Long> unitIds,
      Compliance compliance,
      @Schema(
              description =
                  "Whether you may read the period's consolidated report while it is compiled"
                      + " (administrators, leaders, the plan's coordinators).")
          boolean canReadConsolidatedReport) {}

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
      @Schema(
              nullable = true,
              description =
                  "What was achieved, as sanitised HTML: p, br, strong, b, em, i, u, s, ul, ol, li"
                      + " and links (http, https, mailto).")
          String results,
      @Schema(description = "Figures the unit gives, in its order.") List<FigureView> figures,
      @Schema(description = "Difficulties raised on the task, in the unit's order.")
          List<ObstacleView> obstacles,
      @Schema(description = "Files attached as evidence, oldest first.")
          List<EvidenceView> evidence) {}

  @Schema(description = "A figure given with an entry, such as a number of people trained.")
  public record FigureView(
      @Schema(example = "Số lao động nông thôn được đào tạo nghề") String label,
      @Schema(example = "120") BigDecimal value,
      @Schema(nullable = true, example = "người") String unit) {

    static FigureView of(EntryFigure f) {
      return new FigureView(f.label, f.amount, f.unitOfMeasure);
    }
  }

  @Schema(name = "FigureInput", description = "A figure to give with an entry.")
  public record FigureInput(
      @NotBlank @Size(max = 200) String label,
      @Schema(description = "Not negative, at most 2 decimals.")
          @NotNull
          @DecimalMin("0")
          @Digits(integer = 13, fraction = 2)
          BigDecimal value,
      @Size(max = 50) String unit) {}

  @Schema(description = "An evidence file: its type is the one its content shows.")
  public record EvidenceView(
      long id,
      String fileName,
      @Schema(example = "application/pdf") String mediaType,
      @Schema(description = "Bytes.") long size,
      @Schema(description = "SHA-256 of the content, in hex.") String sha256,
      Instant uploadedAt) {

    static EvidenceView of(Evidence e) {
      return new EvidenceView(e.id, e.fileName, e.mediaType, e.size, e.sha256, e.uploadedAt);
    }
  }

  @Schema(description = "A difficulty raised on a task, with how the coordinator handles it.")
  public record ObstacleView(
      long id,
      String description,
      @Schema(nullable = true) String proposal,
      ObstacleStatus status,
      @Schema(nullable = true, description = "The unit expected to resolve it.") UnitRef owner,
      @Schema(nullable = true) String response,
      @Schema(nullable = true) Instant handledAt,
      long version) {

    static ObstacleView of(Obstacle o) {
      return new ObstacleView(
          o.id,
          o.description,
          o.proposal,
          o.status,
          UnitRef.of(o.owner),
          o.response,
          o.handledAt,
          o.version);
    }
  }

  @Schema(
      name = "ObstacleInput",
      description =
          "A difficulty on the task and what the unit proposes. Send the id of one already saved to"
              + " keep it; once the coordinator has handled it, it can no longer change.")
  public record ObstacleInput(
      @Schema(nullable = true) Long id,
      @NotBlank @Size(max = 5000) String description,
      @Size(max = 5000) String proposal) {}

  @Schema(description = "An obstacle on the coordinator's board, with where it was raised.")
  public record ObstacleItem(
      long id,
      long periodId,
      String periodTitle,
      long reportId,
      @Schema(description = "The unit that raised it.") UnitRef unit,
      long taskId,
      String taskCode,
      String taskText,
      String description,
      @Schema(nullable = true) String proposal,
      ObstacleStatus status,
      @Schema(nullable = true) UnitRef owner,
      @Schema(nullable = true) String response,
      @Schema(nullable = true) Instant handledAt,
      long version) {}

  @Schema(
      name = "ObstacleHandlingInput",
      description =
          "The coordinator's handling of an obstacle. Resolving or escalating needs a response;"
              + " the owner stays as it is when not given.")
  public record ObstacleHandling(
      @NotNull ObstacleStatus status,
      Long ownerUnitId,
      @Size(max = 5000) String response,
      @NotNull Long version) {}

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
      @Schema(
              nullable = true,
              description =
                  "Set when the report passed from a unit closed by an organisation change: from"
                      + " whom, by which decision.")
          String transferNote,
      List<EntryView> entries,
      @Schema(description = "Send it back on every change; a stale value gets 409.")
          long version) {}

  @Schema(name = "EntryInput", description = "What the unit reports on one task.")
  public record EntryInput(
      @NotNull Long taskId,
      @NotNull Progress progress,
      @Schema(
              description =
                  "What was achieved, as HTML. Tags and attributes outside those EntryView keeps"
                      + " are removed on save; text without tags is taken as paragraphs, one per"
                      + " line.")
          @Size(max = 20000)
          String results,
      @Schema(
              nullable = true,
              description = "The entry's figures as they should be; leave out to keep them.")
          @Size(max = 20)
          List<@NotNull @Valid FigureInput> figures,
      @Schema(
              nullable = true,
              description = "The entry's obstacles as they should be; leave out to keep them.")
          @Size(max = 50)
          List<@NotNull @Valid ObstacleInput> obstacles) {}

  @Schema(name = "ReportUpdate", description = "Entries to save in a draft or returned report.")
  public record ReportUpdate(
      @NotNull List<@NotNull @Valid EntryInput> entries, @NotNull Long version) {}

  @Schema(name = "ReportVersion", description = "A report and the version you loaded.")
  public record ReportVersion(@NotNull Long id, @NotNull Long version) {}

  @Schema(
      name = "BulkAcceptInput",
      description = "Submitted reports of the period to accept together: all of them or none.")
  public record BulkAcceptInput(
      @NotEmpty @Size(max = 500) List<@NotNull @Valid ReportVersion> reports) {}

  @Schema(description = "The reports accepted.")
  public record BulkAcceptResult(List<ReportSummary> accepted) {}

  @Schema(name = "ReportActionInput", description = "The version of the report you loaded.")
  public record ReportActionInput(@NotNull Long version) {}

  @Schema(name = "ReportReturnInput", description = "Why the report goes back to the unit.")
  public record ReportReturnInput(
      @NotBlank @Size(max = 2000) String reason, @NotNull Long version) {}
}
