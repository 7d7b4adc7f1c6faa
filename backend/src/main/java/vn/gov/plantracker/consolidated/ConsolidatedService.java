package vn.gov.plantracker.consolidated;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.gov.plantracker.auth.Actor;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.error.ErrorCode;
import vn.gov.plantracker.common.time.VietnamTime;
import vn.gov.plantracker.consolidated.ConsolidatedDtos.ConsolidatedUpdate;
import vn.gov.plantracker.consolidated.ConsolidatedDtos.ConsolidatedView;
import vn.gov.plantracker.consolidated.ConsolidatedDtos.SectionInput;
import vn.gov.plantracker.consolidated.ConsolidatedDtos.SectionView;
import vn.gov.plantracker.plan.Plan;
import vn.gov.plantracker.plan.PlanRecipient;
import vn.gov.plantracker.reporting.PeriodKind;
import vn.gov.plantracker.reporting.PeriodService;
import vn.gov.plantracker.reporting.ReportAccess;
import vn.gov.plantracker.reporting.ReportingPeriod;
import vn.gov.plantracker.unit.UnitDtos.UnitRef;

/**
 * A period's consolidated report: compiled from the unit reports, edited by the coordinator, then
 * finalised with the issuer's next number and kept as issued.
 */
@ApplicationScoped
public class ConsolidatedService {

  /** A file and what to call it. */
  public record Export(String fileName, ExportFormat format, byte[] content) {}

  private final PeriodService periods;
  private final Compiler compiler;
  private final NumberRegister register;
  private final IssuedFiles files;

  ConsolidatedService(
      PeriodService periods, Compiler compiler, NumberRegister register, IssuedFiles files) {
    this.periods = periods;
    this.compiler = compiler;
    this.register = register;
    this.files = files;
  }

  @Transactional
  public ConsolidatedView get(long periodId, Actor actor) {
    return view(readable(periodId, actor));
  }

  /** Compiles the draft, or compiles its body again from the latest reports; edits are lost. */
  @Transactional
  public ConsolidatedView compile(long periodId, Actor actor) {
    ReportingPeriod period = periods.find(periodId);
    ReportAccess.requireCoordinatorOf(period.plan, actor);
    ConsolidatedReport report = find(periodId).orElseGet(() -> created(period));
    requireDraft(report);
    Compilation compilation = compiler.compile(period);
    replaceSections(report, SectionDrafter.draft(compilation));
    report.compiledAt = now();
    report.compiledFingerprint = compilation.fingerprint();
    ConsolidatedReport.flush();
    return view(report);
  }

  @Transactional
  public ConsolidatedView update(long periodId, ConsolidatedUpdate input, Actor actor) {
    ConsolidatedReport report = existing(periodId);
    ReportAccess.requireCoordinatorOf(report.period.plan, actor);
    ApiException.checkVersion(input.version(), report.version, "entity.consolidated", report.id);
    requireDraft(report);
    report.title = input.title().strip();
    report.place = input.place().strip();
    report.symbol = input.symbol().strip();
    report.recipients = String.join("\n", input.recipients().stream().map(String::strip).toList());
    report.onBehalfOf = blankToNull(input.onBehalfOf());
    report.signingFor = blankToNull(input.signingFor());
    report.signerTitle = blankToNull(input.signerTitle());
    report.signerName = blankToNull(input.signerName());
    List<ConsolidatedSection> sections = new ArrayList<>();
    for (SectionInput in : input.sections()) {
      ConsolidatedSection section = new ConsolidatedSection();
      section.level = in.level();
      section.heading = in.heading().strip();
      section.body = in.body() == null ? "" : in.body().strip();
      section.complianceTable = in.complianceTable();
      sections.add(section);
    }
    replaceSections(report, sections);
    ConsolidatedReport.flush();
    return view(report);
  }

  /**
   * Gives the report the issuer's next number for the year it is signed in and keeps its files as
   * issued. It cannot change afterwards. Both files come from one compilation, the one the body was
   * compiled from: when the reports say something else by now, it refuses until compiled again.
   */
  @Transactional
  public ConsolidatedView finalise(long periodId, LocalDate issuedOn, long version, Actor actor) {
    ConsolidatedReport report = existing(periodId);
    ReportAccess.requireCoordinatorOf(report.period.plan, actor);
    ApiException.checkVersion(version, report.version, "entity.consolidated", report.id);
    requireDraft(report);
    Compilation compilation = compiler.compile(report.period);
    if (report.compiledFingerprint != null
        && !report.compiledFingerprint.equals(compilation.fingerprint())) {
      throw new ApiException(ErrorCode.CONSOLIDATED_OUTDATED);
    }
    report.issuedOn = issuedOn != null ? issuedOn : VietnamTime.today();
    report.issueYear = report.issuedOn.getYear();
    report.number = register.next(report.issuer.id, report.issueYear);
    report.status = ConsolidatedStatus.FINAL;
    report.finalisedAt = now();
    files.store(report.id, ExportFormat.DOCX, DocxWriter.write(report, compilation.units()));
    files.store(report.id, ExportFormat.XLSX, XlsxWriter.write(compilation));
    ConsolidatedReport.flush();
    return view(report);
  }

  /** A final report's file as issued; a draft's made from the reports as they are now. */
  @Transactional
  public Export export(long periodId, ExportFormat format, Actor actor) {
    ConsolidatedReport report = readable(periodId, actor);
    byte[] content =
        report.status == ConsolidatedStatus.FINAL
            ? files.load(report.id, format).orElseThrow()
            : render(report, format);
    return new Export(fileName(report, format), format, content);
  }

  /** The Word file needs only the edited body and the units' standing, not a new compilation. */
  private byte[] render(ConsolidatedReport report, ExportFormat format) {
    return format == ExportFormat.DOCX
        ? DocxWriter.write(report, compiler.units(report.period))
        : XlsxWriter.write(compiler.compile(report.period));
  }

  /** "Bao-cao-05-BC-UBND-2026.docx" once numbered, "Du-thao-bao-cao-ky-12.docx" before. */
  private static String fileName(ConsolidatedReport report, ExportFormat format) {
    String base =
        report.number == null
            ? "Du-thao-bao-cao-ky-" + report.period.id
            : "Bao-cao-%02d-%s-%d".formatted(report.number, report.symbol, report.issueYear);
    return base.replaceAll("[^A-Za-z0-9-]", "-") + "." + format.extension();
  }

  private static ConsolidatedReport created(ReportingPeriod period) {
    Plan plan = period.plan;
    ConsolidatedReport report = new ConsolidatedReport();
    report.period = period;
    report.issuer = plan.issuer;
    String when =
        period.kind == PeriodKind.ANNUAL
            ? " năm " + period.windowEnd.getYear()
            : " (" + period.title + ")";
    String title = "Kết quả thực hiện " + planReference(plan) + " " + lowerFirst(plan.title) + when;
    report.title = title.length() > 1000 ? title.substring(0, 999) + "…" : title;
    report.place = plan.place == null ? "" : plan.place;
    report.symbol = reportSymbol(plan.symbol);
    report.recipients = String.join("\n", recipients(plan));
    report.onBehalfOf = plan.signature.onBehalfOf;
    report.signingFor = plan.signature.signingFor;
    report.signerTitle = plan.signature.signerTitle;
    report.signerName = plan.signature.signerName;
    report.compiledAt = now();
    report.persist();
    return report;
  }

  /** "Kế hoạch số 3714/KH-UBND ngày 11/4/2025", or as much of it as is known. */
  private static String planReference(Plan plan) {
    StringBuilder text = new StringBuilder("Kế hoạch");
    if (plan.number != null && !plan.number.isBlank()) {
      text.append(" số ").append(plan.number).append('/').append(plan.symbol);
    }
    if (plan.issueDate != null) {
      text.append(" ngày ")
          .append(plan.issueDate.getDayOfMonth())
          .append('/')
          .append(plan.issueDate.getMonthValue())
          .append('/')
          .append(plan.issueDate.getYear());
    } else {
      text.append(" năm ").append(plan.issueYear);
    }
    if (plan.issuer != null) {
      text.append(" của ").append(plan.issuer.name);
    }
    return text.toString();
  }

  private static String lowerFirst(String text) {
    return text == null || text.isEmpty()
        ? ""
        : text.substring(0, 1).toLowerCase(Wording.VIETNAMESE) + text.substring(1);
  }

  /** A plan "KH-UBND" reports as "BC-UBND": the document type code changes, the issuer's stays. */
  static String reportSymbol(String planSymbol) {
    if (planSymbol == null || planSymbol.isBlank()) {
      return "BC";
    }
    int dash = planSymbol.indexOf('-');
    return dash < 0 ? "BC-" + planSymbol.strip() : "BC" + planSymbol.strip().substring(dash);
  }

  /**
   * The report goes up to the bodies the plan names one by one (not to the groups that wrote the
   * reports), and a copy is filed with the coordinator.
   */
  private static List<String> recipients(Plan plan) {
    List<String> lines = new ArrayList<>();
    PlanRecipient.<PlanRecipient>list("plan = ?1 and level = 1 order by ordinal", plan).stream()
        .filter(r -> r.unitId != null && r.groupId == null)
        .forEach(r -> lines.add(line(r)));
    String coordinator =
        plan.coordinator == null
            ? ""
            : ", "
                + (plan.coordinator.shortName != null
                    ? plan.coordinator.shortName.replaceFirst("^Phòng ", "")
                    : plan.coordinator.name);
    lines.add("Lưu: VT" + coordinator);
    return lines;
  }

  private static void replaceSections(ConsolidatedReport report, List<ConsolidatedSection> next) {
    report.sections.clear();
    ConsolidatedReport.flush();
    int position = 0;
    for (ConsolidatedSection section : next) {
      section.report = report;
      section.position = position++;
      report.sections.add(section);
    }
  }

  private static void requireDraft(ConsolidatedReport report) {
    if (!report.editable()) {
      throw ApiException.conflict("rule.consolidated.final");
    }
  }

  private static Optional<ConsolidatedReport> find(long periodId) {
    return ConsolidatedReport.<ConsolidatedReport>find("period.id", periodId).firstResultOptional();
  }

  /** The recipient as a line of the report's "Nơi nhận". */
  private static String line(PlanRecipient recipient) {
    return recipient.text + (recipient.note == null ? "" : " (" + recipient.note + ")");
  }

  /**
   * The report, for those who compile and approve it ({@link ReportAccess#readsConsolidatedDraft})
   * and, once issued, for the units its "Nơi nhận" names. Anyone else is refused whether or not it
   * exists yet.
   */
  private ConsolidatedReport readable(long periodId, Actor actor) {
    ReportingPeriod period = periods.find(periodId);
    Optional<ConsolidatedReport> report = find(periodId);
    boolean reader =
        ReportAccess.readsConsolidatedDraft(period.plan, actor)
            || report.filter(r -> addressedTo(r, actor)).isPresent();
    if (!reader) {
      throw ApiException.forbidden();
    }
    return report.orElseThrow(() -> ApiException.notFound("entity.consolidated", periodId));
  }

  private static boolean addressedTo(ConsolidatedReport report, Actor actor) {
    if (report.status != ConsolidatedStatus.FINAL || actor.unitIds().isEmpty()) {
      return false;
    }
    Set<String> lines = Set.of(report.recipients.split("\n"));
    return PlanRecipient.<PlanRecipient>list(
            "plan = ?1 and level = 1 and unitId in ?2", report.period.plan, actor.unitIds())
        .stream()
        .anyMatch(r -> lines.contains(line(r)));
  }

  private ConsolidatedReport existing(long periodId) {
    periods.find(periodId);
    return find(periodId).orElseThrow(() -> ApiException.notFound("entity.consolidated", periodId));
  }

  private static ConsolidatedView view(ConsolidatedReport r) {
    List<SectionView> sections =
        r.sections.stream()
            .map(s -> new SectionView(s.level, s.heading, s.body, s.complianceTable))
            .toList();
    List<String> recipients =
        r.recipients == null || r.recipients.isBlank()
            ? List.of()
            : Arrays.asList(r.recipients.split("\n"));
    return new ConsolidatedView(
        r.id,
        r.period.id,
        r.period.title,
        UnitRef.of(r.issuer),
        r.status,
        r.title,
        r.place,
        r.symbol,
        r.number,
        r.number == null ? null : Wording.number(r.number, r.symbol),
        r.issuedOn,
        recipients,
        r.onBehalfOf,
        r.signingFor,
        r.signerTitle,
        r.signerName,
        r.compiledAt,
        r.finalisedAt,
        sections,
        PeriodService.compliance(List.of(r.period.id)).get(r.period.id),
        r.version);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
