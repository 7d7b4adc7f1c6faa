package vn.gov.plantracker.task;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitGroup;

/** A unit or a group named in an assignment block as coordinating or implementing. */
@Audited
@Entity
@Table(name = "assignment_party")
public class AssignmentParty extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "block_id")
  public AssignmentBlock block;

  @Enumerated(EnumType.STRING)
  public PartyRole role;

  public int ordinal;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id")
  public Unit unit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "group_id")
  public UnitGroup group;

  public static AssignmentParty of(PartyRole role, Unit unit, UnitGroup group) {
    AssignmentParty party = new AssignmentParty();
    party.role = role;
    party.unit = unit;
    party.group = group;
    return party;
  }
}
