package vn.gov.plantracker.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.gov.plantracker.auth.Actor;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.file.Checksums;
import vn.gov.plantracker.common.file.FileNames;
import vn.gov.plantracker.reporting.ReportingDtos.EvidenceView;

/** Evidence files on report entries: attached and removed by the unit while it may edit. */
@ApplicationScoped
public class EvidenceService {

  /** A file with its name and type, to send back. */
  public record Download(String fileName, String mediaType, byte[] content) {}

  static final int MAX_PER_ENTRY = 10;

  private final long maxBytes;

  EvidenceService(
      @ConfigProperty(name = "plantracker.evidence.max-bytes", defaultValue = "10485760")
          long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Transactional
  public EvidenceView attach(long reportId, long taskId, FileUpload upload, Actor actor) {
    UnitReport report = lockedReport(reportId);
    ReportAccess.requireWriter(report, actor);
    if (!report.editable()) {
      throw ApiException.conflict("rule.report.notEditable", report.status.name());
    }
    ReportEntry entry =
        report.entries.stream()
            .filter(e -> e.task.id == taskId)
            .findFirst()
            .orElseThrow(() -> ApiException.rule("rule.report.unknownTask", taskId));
    if (upload == null) {
      throw ApiException.missing("file");
    }
    if (upload.size() == 0) {
      throw ApiException.rule("rule.evidence.empty");
    }
    if (upload.size() > maxBytes) {
      throw ApiException.rule("rule.evidence.tooLarge", maxBytes / (1024 * 1024));
    }
    if (entry.evidence.size() >= MAX_PER_ENTRY) {
      throw ApiException.rule("rule.evidence.tooMany", MAX_PER_ENTRY);
    }
    try {
      EvidenceType type =
          EvidenceType.of(upload.uploadedFile())
              .orElseThrow(() -> ApiException.rule("rule.evidence.type"));
      String name = cleanName(upload.fileName(), type);
      if (!type.fits(name)) {
        throw ApiException.rule("rule.evidence.nameMismatch", name, type.name());
      }
      byte[] content = Files.readAllBytes(upload.uploadedFile());
      Evidence evidence = new Evidence();
      evidence.entry = entry;
      evidence.fileName = name;
      evidence.mediaType = type.mediaType;
      evidence.size = content.length;
      evidence.sha256 = Checksums.sha256(content);
      evidence.uploadedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
      evidence.persist();
      entry.evidence.add(evidence);
      changed(report);
      Evidence.flush();
      Evidence.getEntityManager()
          .createNativeQuery("insert into evidence_content (evidence_id, content) values (?1, ?2)")
          .setParameter(1, evidence.id)
          .setParameter(2, content)
          .executeUpdate();
      return EvidenceView.of(evidence);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Transactional
  public Download download(long reportId, long evidenceId, Actor actor) {
    UnitReport report = report(reportId);
    ReportAccess.requireReader(report, actor);
    Evidence evidence = evidence(report, evidenceId);
    List<?> rows =
        Evidence.getEntityManager()
            .createNativeQuery("select content from evidence_content where evidence_id = ?1")
            .setParameter(1, evidence.id)
            .getResultList();
    return new Download(evidence.fileName, evidence.mediaType, (byte[]) rows.get(0));
  }

  @Transactional
  public void remove(long reportId, long evidenceId, Actor actor) {
    UnitReport report = lockedReport(reportId);
    ReportAccess.requireWriter(report, actor);
    Evidence evidence = evidence(report, evidenceId);
    if (!report.editable()) {
      throw ApiException.conflict("rule.report.notEditable", report.status.name());
    }
    evidence.entry.evidence.remove(evidence);
    evidence.delete();
    changed(report);
  }

  /**
   * Attaching or removing a file is a change of the report: it takes a new version, so a submit or
   * review decided on a view without that file gets 409, and it shows in the report's history.
   */
  private static void changed(UnitReport report) {
    report.savedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  /** Uploads to one report take turns, so the per-task limit holds however many arrive at once. */
  private static UnitReport lockedReport(long id) {
    // Plain FOR UPDATE: Hibernate's MySQL form ("for update of <alias>") is not MariaDB's.
    UnitReport.getEntityManager()
        .createNativeQuery("select id from unit_report where id = ?1 for update")
        .setParameter(1, id)
        .getResultList();
    return report(id);
  }

  private static UnitReport report(long id) {
    return UnitReport.<UnitReport>findByIdOptional(id)
        .orElseThrow(() -> ApiException.notFound("entity.report", id));
  }

  private static Evidence evidence(UnitReport report, long evidenceId) {
    return Evidence.<Evidence>findByIdOptional(evidenceId)
        .filter(e -> e.entry.report.id.equals(report.id))
        .orElseThrow(() -> ApiException.notFound("entity.evidence", evidenceId));
  }

  /** The name without any folder, control characters or excess length, in NFC. */
  static String cleanName(String sent, EvidenceType type) {
    String name = FileNames.base(sent);
    if (name.isEmpty() || name.startsWith(".")) {
      name = "tep-dinh-kem" + name;
    }
    if (name.length() > 200) {
      int dot = name.lastIndexOf('.');
      String extension = dot > 0 ? name.substring(dot) : "";
      name = name.substring(0, 200 - extension.length()) + extension;
    }
    return name.indexOf('.') < 0 ? name + "." + type.extensions.iterator().next() : name;
  }
}
