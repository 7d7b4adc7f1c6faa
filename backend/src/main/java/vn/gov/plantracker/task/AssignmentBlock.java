package vn.gov.plantracker.task;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.plan.Plan;
import vn.gov.plantracker.unit.Unit;

/**
 * "Đơn vị thực hiện … Thời gian thực hiện …": who does a run of actions in one item, and by when.
 * In the document a block covers the actions written since the previous block in the same item, or
 * the item itself when it has no actions.
 */
@Audited
@Entity
@Table(name = "assignment_block")
public class AssignmentBlock extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_id")
  public Plan plan;

  /** The item (a, b, c …) the block is written in. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "item_id")
  public Task item;

  public int ordinal;

  /** Chủ trì: at most one per block; none when the block only lists implementers. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "lead_unit_id")
  public Unit lead;

  /** "Căn cứ hướng dẫn của …": the unit whose guidance the others follow. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "guidance_unit_id")
  public Unit guidance;

  @Enumerated(EnumType.STRING)
  public Timeframe timeframe;

  @Column(name = "due_date")
  public LocalDate dueDate;

  /** The assignment as printed, kept so readers can check the interpretation. */
  @Column(name = "source_text")
  public String sourceText;

  @Column(name = "timeframe_text")
  public String timeframeText;

  @OneToMany(mappedBy = "block", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("ordinal")
  public List<AssignmentParty> parties = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "assignment_task",
      joinColumns = @JoinColumn(name = "block_id"),
      inverseJoinColumns = @JoinColumn(name = "task_id"))
  public Set<Task> tasks = new LinkedHashSet<>();

  @Version public long version;

  public void schedule(Timeframe newTimeframe, LocalDate newDueDate) {
    if ((newTimeframe == Timeframe.DUE) != (newDueDate != null)) {
      throw ApiException.rule("rule.block.dueDate");
    }
    timeframe = newTimeframe;
    dueDate = newDueDate;
  }

  /** Replaces who takes part, checking the block still names someone accountable. */
  public void assign(Unit newLead, Unit newGuidance, List<AssignmentParty> newParties) {
    boolean hasImplementer = newParties.stream().anyMatch(p -> p.role == PartyRole.IMPLEMENTING);
    if (newLead == null && !hasImplementer) {
      throw ApiException.rule("rule.block.noParty");
    }
    for (AssignmentParty party : newParties) {
      if ((party.unit == null) == (party.group == null)) {
        throw ApiException.rule("rule.block.party");
      }
      if (newLead != null && party.unit != null && party.unit.id.equals(newLead.id)) {
        throw ApiException.rule("rule.block.leadAlsoParty");
      }
    }
    lead = newLead;
    guidance = newGuidance;
    parties.clear();
    int ordinal = 0;
    for (AssignmentParty party : newParties) {
      party.block = this;
      party.ordinal = ++ordinal;
      parties.add(party);
    }
  }
}
