package vn.gov.plantracker.unit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.text.SearchText;

/**
 * An organisation that issues plans or owes tasks: an office, a commune, a party body. Units form a
 * tree kept as parent + materialised path ({@code /1/7/42/}) so subtrees are one prefix query.
 */
@Audited
@Entity
@Table(name = "unit")
public class Unit extends PanacheEntityBase {

  /**
   * Taken from blocks of a hundred (table id_block) rather than from the insert itself, so a
   * reorganisation that opens thousands of units inserts them in JDBC batches.
   */
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "unit_ids")
  @TableGenerator(
      name = "unit_ids",
      table = "id_block",
      pkColumnName = "entity",
      valueColumnName = "next_id",
      pkColumnValue = "unit",
      allocationSize = 100)
  public Long id;

  /** Stable key of a seeded unit, so loading the seed again finds it. */
  @Column(name = "unit_key")
  public String key;

  public String name;

  @Column(name = "short_name")
  public String shortName;

  @Enumerated(EnumType.STRING)
  public UnitKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  public Unit parent;

  public String path = "/";

  public int level;

  @Column(name = "official_code")
  public String officialCode;

  @Column(name = "valid_from")
  public LocalDate validFrom;

  @Column(name = "valid_to")
  public LocalDate validTo;

  @NotAudited
  @Column(name = "search_text")
  String searchText;

  @Version public long version;

  /** Places this unit under {@code newParent} (or at the top), refusing cycles. */
  public void moveUnder(Unit newParent) {
    if (newParent != null && id != null && newParent.path.contains("/" + id + "/")) {
      throw ApiException.rule("rule.unit.cycle");
    }
    parent = newParent;
  }

  /** Recomputes path and level from the parent; needs the id, so call it after persisting. */
  public void refreshPath() {
    path = (parent == null ? "/" : parent.path) + id + "/";
    level = parent == null ? 0 : parent.level + 1;
  }

  public void setValidity(LocalDate from, LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw ApiException.rule("rule.unit.validity");
    }
    validFrom = from;
    validTo = to;
  }

  @PrePersist
  @PreUpdate
  void fold() {
    searchText = SearchText.of(name, shortName);
  }
}
