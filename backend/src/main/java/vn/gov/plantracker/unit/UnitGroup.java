package vn.gov.plantracker.unit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.envers.Audited;

/**
 * Units named together in a plan ("UBND các xã, thị trấn", "các Phòng, ban, ngành"): a task
 * assigned to a group is owed by each of its members.
 */
@Audited
@Entity
@Table(name = "unit_group")
public class UnitGroup extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String code;

  public String name;

  @Enumerated(EnumType.STRING)
  public GroupSelection selection;

  @ManyToMany
  @JoinTable(
      name = "unit_group_member",
      joinColumns = @JoinColumn(name = "group_id"),
      inverseJoinColumns = @JoinColumn(name = "unit_id"))
  public Set<Unit> members = new LinkedHashSet<>();

  @Version public long version;
}
