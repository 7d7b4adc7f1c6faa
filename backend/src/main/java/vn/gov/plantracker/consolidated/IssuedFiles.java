package vn.gov.plantracker.consolidated;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import vn.gov.plantracker.common.file.Checksums;

/**
 * The files of a finalised report as issued, kept so that what was signed does not change when unit
 * reports or obstacles move on afterwards.
 */
@ApplicationScoped
class IssuedFiles {

  private final EntityManager em;

  IssuedFiles(EntityManager em) {
    this.em = em;
  }

  void store(long reportId, ExportFormat format, byte[] content) {
    em.createNativeQuery(
            "insert into consolidated_file (report_id, format, content, sha256) values (?1, ?2, ?3, ?4)")
        .setParameter(1, reportId)
        .setParameter(2, format.name())
        .setParameter(3, content)
        .setParameter(4, Checksums.sha256(content))
        .executeUpdate();
  }

  Optional<byte[]> load(long reportId, ExportFormat format) {
    List<?> rows =
        em.createNativeQuery(
                "select content from consolidated_file where report_id = ?1 and format = ?2")
            .setParameter(1, reportId)
            .setParameter(2, format.name())
            .getResultList();
    return rows.stream().findFirst().map(byte[].class::cast);
  }
}
