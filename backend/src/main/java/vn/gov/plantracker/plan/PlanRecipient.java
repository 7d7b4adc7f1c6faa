package vn.gov.plantracker.plan;

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
import org.hibernate.envers.Audited;

/** One line of "Nơi nhận", linked to the unit or group it names when known. */
@Audited
@Entity
@Table(name = "plan_recipient")
public class PlanRecipient extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_id")
  public Plan plan;

  public int ordinal;

  public String text;

  /** The bracketed note, e.g. "b/c" (to report). */
  public String note;

  /** 1 for a "-" line, 2 for a "+" line under it. */
  public int level;

  @Column(name = "unit_id")
  public Long unitId;

  @Column(name = "group_id")
  public Long groupId;
}
