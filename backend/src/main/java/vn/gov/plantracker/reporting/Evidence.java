package vn.gov.plantracker.reporting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;

/**
 * A file a unit attaches to a task in its report as proof of what it reports. Its type is the one
 * its content shows, whatever its name says; the checksum shows it has not changed since.
 */
@Audited
@Entity
@Table(name = "evidence")
public class Evidence extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "entry_id")
  public ReportEntry entry;

  @Column(name = "file_name")
  public String fileName;

  @Column(name = "media_type")
  public String mediaType;

  @Column(name = "size_bytes")
  public long size;

  public String sha256;

  @Column(name = "uploaded_at")
  public Instant uploadedAt;
}
