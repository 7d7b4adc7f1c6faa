package vn.gov.plantracker.unit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.OptimisticLock;

/**
 * A rename, merger, split or dissolution of units on an effective date, by a legal document: its
 * predecessors close the day before, and from that date their successors carry their duties.
 */
@Entity
@Table(name = "organisation_change")
public class OrganisationChange extends PanacheEntityBase {

  /** Which side of the change a unit is on. */
  public enum Side {
    PREDECESSOR,
    SUCCESSOR
  }

  /** A unit the change closed or passed duties to. */
  @Embeddable
  public static class ChangedUnit {
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @Enumerated(EnumType.STRING)
    public Side side;

    /** The change created this successor; undoing the change removes it. */
    public boolean opened;

    public int ordinal;

    public ChangedUnit() {}

    public ChangedUnit(Unit unit, Side side, boolean opened, int ordinal) {
      this.unit = unit;
      this.side = side;
      this.opened = opened;
      this.ordinal = ordinal;
    }
  }

  /** What applying the change moved from a predecessor to a successor. */
  public enum MoveKind {
    PLAN_COORDINATOR,
    USER_UNIT,
    /** A successor joined a group a predecessor was in (the predecessor stays, for history). */
    GROUP_MEMBER,
    /** A report still open passed whole to the successor; undoing gives it back. */
    REPORT,
    /**
     * A report with something written in it was joined into the successor's report of the same
     * period; the change can no longer be undone.
     */
    REPORT_JOINED
  }

  /** One move, kept so that undoing the change puts it back. */
  @Embeddable
  public static class Move {
    public int ordinal;

    @Enumerated(EnumType.STRING)
    public MoveKind what;

    @Column(name = "object_id")
    public long objectId;

    @Column(name = "from_unit_id")
    public long fromUnitId;

    @Column(name = "to_unit_id")
    public long toUnitId;

    public Move() {}

    public Move(int ordinal, MoveKind what, long objectId, long fromUnitId, long toUnitId) {
      this.ordinal = ordinal;
      this.what = what;
      this.objectId = objectId;
      this.fromUnitId = fromUnitId;
      this.toUnitId = toUnitId;
    }
  }

  /**
   * A duty a predecessor had that the person recording a change with several successors gave to
   * chosen successors: the others do not carry it. Duties nobody chose for carry to every
   * successor, except the predecessor's past figures, which stand for its first successor only.
   */
  @Embeddable
  public static class Share {
    public int ordinal;

    @Enumerated(EnumType.STRING)
    public DutyKind duty;

    /** The assignment block or group; none for the indicator area. */
    @Column(name = "object_id")
    public Long objectId;

    @Column(name = "predecessor_id")
    public long predecessorId;

    @Column(name = "successor_id")
    public long successorId;

    public Share() {}

    public Share(int ordinal, DutyKind duty, Long objectId, long predecessorId, long successorId) {
      this.ordinal = ordinal;
      this.duty = duty;
      this.objectId = objectId;
      this.predecessorId = predecessorId;
      this.successorId = successorId;
    }
  }

  /** From blocks of a hundred (table id_block), as units are: batches record thousands at once. */
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "organisation_change_ids")
  @TableGenerator(
      name = "organisation_change_ids",
      table = "id_block",
      pkColumnName = "entity",
      valueColumnName = "next_id",
      pkColumnValue = "organisation_change",
      allocationSize = 100)
  public Long id;

  @Enumerated(EnumType.STRING)
  public ChangeKind kind;

  @Column(name = "effective_date")
  public LocalDate effectiveDate;

  /** Abbreviated type of the legal basis as printed: NQ, QĐ … */
  @Column(name = "basis_document_type")
  public String basisDocumentType;

  /** Number and symbol as printed, e.g. {@code 1677/NQ-UBTVQH15}. */
  @Column(name = "basis_number")
  public String basisNumber;

  @Column(name = "basis_date")
  public LocalDate basisDate;

  @Column(name = "basis_issuer")
  public String basisIssuer;

  @Column(name = "basis_title")
  public String basisTitle;

  public String note;

  @Column(name = "recorded_by")
  public String recordedBy;

  @Column(name = "recorded_at")
  public Instant recordedAt;

  @ElementCollection
  @CollectionTable(name = "organisation_change_unit", joinColumns = @JoinColumn(name = "change_id"))
  @OrderBy("ordinal")
  public List<ChangedUnit> units = new ArrayList<>();

  /** Written by the service as the change is applied; no person edits it, so no version bump. */
  @ElementCollection
  @CollectionTable(name = "organisation_change_move", joinColumns = @JoinColumn(name = "change_id"))
  @OrderBy("ordinal")
  @OptimisticLock(excluded = true)
  public List<Move> moves = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "organisation_change_share",
      joinColumns = @JoinColumn(name = "change_id"))
  @OrderBy("ordinal")
  public List<Share> shares = new ArrayList<>();

  @Version public long version;

  public List<Unit> predecessors() {
    return on(Side.PREDECESSOR);
  }

  public List<Unit> successors() {
    return on(Side.SUCCESSOR);
  }

  private List<Unit> on(Side side) {
    return units.stream().filter(u -> u.side == side).map(u -> u.unit).toList();
  }
}
