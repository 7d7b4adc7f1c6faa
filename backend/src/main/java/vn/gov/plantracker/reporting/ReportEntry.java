package vn.gov.plantracker.reporting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import vn.gov.plantracker.task.Role;
import vn.gov.plantracker.task.Task;

/** A unit's account of one task in a report: how far it got, what it achieved, what blocks it. */
@Audited
@Entity
@Table(name = "report_entry")
public class ReportEntry extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "report_id")
  public UnitReport report;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "task_id")
  public Task task;

  /** The unit's role in the task, which says what it reports on. */
  @Enumerated(EnumType.STRING)
  public Role role;

  @Enumerated(EnumType.STRING)
  public Progress progress = Progress.NOT_STARTED;

  /** Sanitised HTML. */
  public String results;

  @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  public List<Obstacle> obstacles = new ArrayList<>();

  @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  public List<EntryFigure> figures = new ArrayList<>();

  @OneToMany(mappedBy = "entry", cascade = CascadeType.REMOVE)
  @OrderBy("id")
  public List<Evidence> evidence = new ArrayList<>();

  /** Nothing was reported in it yet. */
  public boolean untouched() {
    return progress == Progress.NOT_STARTED
        && results == null
        && obstacles.isEmpty()
        && figures.isEmpty()
        && evidence.isEmpty();
  }
}
