package vn.gov.plantracker.task;

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
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.text.SearchText;
import vn.gov.plantracker.plan.Plan;

/**
 * A node of a plan's task tree (section III). Its code joins the labels from the root ({@code
 * 3.a.8}); path and level keep subtree queries to one prefix match.
 */
@Audited
@Entity
@Table(name = "task")
public class Task extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_id")
  public Plan plan;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  public Task parent;

  @Enumerated(EnumType.STRING)
  public TaskKind kind;

  /** The label printed in the document: "3", "a", or the action's position "8". */
  public String label;

  public String code;

  /** The clean text, with sentences split by page-break footnotes rejoined. */
  public String text;

  public int ordinal;

  public String path = "/";

  public int level;

  @NotAudited
  @Column(name = "search_text")
  String searchText;

  @Version public long version;

  /** Places a new task under {@code newParent}, which must be of the level just above. */
  public void placeUnder(Task newParent, TaskKind newKind) {
    TaskKind expected = newParent == null ? TaskKind.GROUP : newParent.kind.childKind();
    if (newKind != expected) {
      throw ApiException.rule(
          "rule.task.parentKind", newKind.name(), newParent == null ? "—" : newParent.kind.name());
    }
    if (newParent != null && !newParent.plan.id.equals(plan.id)) {
      throw ApiException.rule("rule.task.otherPlan");
    }
    parent = newParent;
    kind = newKind;
  }

  public void relabel(String newLabel) {
    label = newLabel;
    code = parent == null ? newLabel : parent.code + "." + newLabel;
  }

  /** Recomputes path and level from the parent; needs the id, so call it after persisting. */
  public void refreshPath() {
    path = (parent == null ? "/" : parent.path) + id + "/";
    level = parent == null ? 0 : parent.level + 1;
  }

  @PrePersist
  @PreUpdate
  void fold() {
    searchText = SearchText.of(code, text);
  }
}
