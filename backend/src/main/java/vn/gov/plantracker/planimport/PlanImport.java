package vn.gov.plantracker.planimport;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A document read into a draft plan, kept until someone checks and confirms it. The draft, the
 * choices for unknown units and the reader's warnings are JSON text, read and written whole.
 */
@Entity
@Table(name = "plan_import")
public class PlanImport extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Enumerated(EnumType.STRING)
  public ImportStatus status = ImportStatus.DRAFT;

  /** The uploaded file's name; null for pasted text. */
  @Column(name = "source_name")
  public String sourceName;

  /** The text as read and normalised, shown beside the draft. */
  @Column(name = "source_text")
  public String sourceText;

  /** The draft's title, for lists (kept apart so a list does not read every draft). */
  public String title;

  public String draft;

  @Column(name = "unit_choices")
  public String unitChoices;

  public String warnings;

  @Column(name = "created_by")
  public long createdBy;

  @Column(name = "created_at")
  public Instant createdAt;

  /** The plan it became, once confirmed. */
  @Column(name = "plan_id")
  public Long planId;

  @Version public long version;
}
