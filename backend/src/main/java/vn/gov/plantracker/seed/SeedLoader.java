package vn.gov.plantracker.seed;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.gov.plantracker.indicator.Indicator;
import vn.gov.plantracker.plan.DocumentReference;
import vn.gov.plantracker.plan.DocumentType;
import vn.gov.plantracker.plan.Plan;
import vn.gov.plantracker.plan.PlanRecipient;
import vn.gov.plantracker.plan.PlanRepository;
import vn.gov.plantracker.plan.PlanStatus;
import vn.gov.plantracker.plan.ReferenceKind;
import vn.gov.plantracker.seed.SeedFile.SeedBlock;
import vn.gov.plantracker.seed.SeedFile.SeedEntry;
import vn.gov.plantracker.seed.SeedFile.SeedGroup;
import vn.gov.plantracker.seed.SeedFile.SeedIndicator;
import vn.gov.plantracker.seed.SeedFile.SeedItem;
import vn.gov.plantracker.seed.SeedFile.SeedParty;
import vn.gov.plantracker.seed.SeedFile.SeedPlan;
import vn.gov.plantracker.seed.SeedFile.SeedReference;
import vn.gov.plantracker.seed.SeedFile.SeedTarget;
import vn.gov.plantracker.seed.SeedFile.SeedTaskGroup;
import vn.gov.plantracker.seed.SeedFile.SeedUnit;
import vn.gov.plantracker.target.Target;
import vn.gov.plantracker.target.TargetKind;
import vn.gov.plantracker.task.AssignmentBlock;
import vn.gov.plantracker.task.AssignmentParty;
import vn.gov.plantracker.task.PartyRole;
import vn.gov.plantracker.task.Task;
import vn.gov.plantracker.task.TaskKind;
import vn.gov.plantracker.task.Timeframe;
import vn.gov.plantracker.unit.GroupSelection;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitGroup;
import vn.gov.plantracker.unit.UnitKind;
import vn.gov.plantracker.unit.UnitRepository;

/**
 * Loads the Ngọc Hồi plan on first start. Units, groups and the plan are found by their keys, so a
 * restart adds nothing.
 */
@ApplicationScoped
public class SeedLoader {

  static final String SEED = "seed/ngoc-hoi-gdnn-2023.json";
  private static final Logger LOG = Logger.getLogger(SeedLoader.class);

  private final ObjectMapper json;
  private final UnitRepository units;
  private final PlanRepository plans;
  private final boolean enabled;

  SeedLoader(
      ObjectMapper json,
      UnitRepository units,
      PlanRepository plans,
      @ConfigProperty(name = "plantracker.seed.enabled", defaultValue = "true") boolean enabled) {
    this.json = json;
    this.units = units;
    this.plans = plans;
    this.enabled = enabled;
  }

  void onStart(@Observes StartupEvent event) {
    if (enabled) {
      load(read(SEED));
    }
  }

  SeedFile read(String resource) {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Seed file missing: " + resource);
      }
      return json.readValue(in, SeedFile.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads what is not there yet; returns whether the plan was created. */
  @Transactional
  public boolean load(SeedFile seed) {
    if (plans.findByKey(seed.plan().key()).isPresent()) {
      return false;
    }
    Map<String, Unit> unitsByKey = loadUnits(seed.units());
    Map<String, UnitGroup> groupsByCode = loadGroups(seed.groups(), unitsByKey);
    new PlanWriter(unitsByKey, groupsByCode).write(seed.plan());
    LOG.infof("Loaded the plan %s from %s", seed.plan().key(), SEED);
    return true;
  }

  private Map<String, Unit> loadUnits(List<SeedUnit> seeds) {
    Map<String, Unit> byKey = new HashMap<>();
    for (SeedUnit seed : seeds) {
      Unit unit = units.findByKey(seed.key()).orElse(null);
      if (unit == null) {
        unit = new Unit();
        unit.key = seed.key();
        unit.name = seed.name();
        unit.shortName = seed.shortName();
        unit.kind = UnitKind.valueOf(seed.kind());
        unit.officialCode = seed.officialCode();
        unit.moveUnder(seed.parent() == null ? null : byKey.get(seed.parent()));
        units.persist(unit);
        unit.refreshPath();
      }
      byKey.put(seed.key(), unit);
    }
    return byKey;
  }

  private Map<String, UnitGroup> loadGroups(List<SeedGroup> seeds, Map<String, Unit> unitsByKey) {
    Map<String, UnitGroup> byCode = new HashMap<>();
    for (SeedGroup seed : seeds) {
      UnitGroup group = units.findGroupByCode(seed.code()).orElse(null);
      if (group == null) {
        group = new UnitGroup();
        group.code = seed.code();
        group.name = seed.name();
        group.selection = GroupSelection.valueOf(seed.selection());
        for (String member : seed.members()) {
          group.members.add(unitsByKey.get(member));
        }
        group.persist();
      }
      byCode.put(seed.code(), group);
    }
    return byCode;
  }

  /** Writes one plan, applying the document's rule for which actions a block covers. */
  private final class PlanWriter {

    private final Map<String, Unit> unitsByKey;
    private final Map<String, UnitGroup> groupsByCode;
    private final Map<String, Task> tasksByCode = new HashMap<>();
    private Plan plan;

    PlanWriter(Map<String, Unit> unitsByKey, Map<String, UnitGroup> groupsByCode) {
      this.unitsByKey = unitsByKey;
      this.groupsByCode = groupsByCode;
    }

    void write(SeedPlan seed) {
      plan = new Plan();
      plan.key = seed.key();
      plan.documentType = DocumentType.valueOf(seed.documentType());
      plan.number = seed.number();
      plan.symbol = seed.symbol();
      plan.issuer = unit(seed.issuer());
      plan.coordinator = unit(seed.coordinator());
      plan.place = seed.place();
      plan.issueDate = date(seed.issueDate());
      plan.issueYear = seed.issueYear();
      plan.status = PlanStatus.valueOf(seed.status());
      plan.title = seed.title();
      plan.preamble = seed.preamble();
      plan.purpose = seed.purpose();
      plan.implementationArrangements = seed.implementationArrangements();
      plan.signature.onBehalfOf = seed.signature().onBehalfOf();
      plan.signature.signingFor = seed.signature().signingFor();
      plan.signature.signerTitle = seed.signature().signerTitle();
      plan.signature.signerName = seed.signature().signerName();
      plans.persist(plan);

      int ordinal = 0;
      for (SeedTarget t : seed.targets()) {
        Target target = new Target();
        target.plan = plan;
        target.ordinal = ++ordinal;
        target.targetYear = t.targetYear();
        target.text = t.text();
        target.approximate = t.approximate();
        target.measure(TargetKind.valueOf(t.kind()), t.low(), t.high(), t.measureUnit());
        target.persist();
        if (t.indicator() != null) {
          indicator(target, t.indicator());
        }
      }
      int groupOrdinal = 0;
      for (SeedTaskGroup g : seed.tasks()) {
        Task group = task(null, TaskKind.GROUP, g.label(), g.text(), ++groupOrdinal);
        int itemOrdinal = 0;
        for (SeedItem i : g.items()) {
          writeItem(task(group, TaskKind.ITEM, i.label(), i.text(), ++itemOrdinal), i);
        }
      }
      ordinal = 0;
      for (SeedReference r : seed.references()) {
        DocumentReference reference = new DocumentReference();
        reference.plan = plan;
        reference.ordinal = ++ordinal;
        reference.kind = ReferenceKind.valueOf(r.kind());
        reference.footnoteMark = r.footnoteMark();
        reference.taskId = r.task() == null ? null : tasksByCode.get(r.task()).id;
        reference.documentType = r.documentType();
        reference.number = r.number();
        reference.issueDate = date(r.issueDate());
        reference.issuer = r.issuer();
        reference.title = r.title();
        reference.persist();
      }
      ordinal = 0;
      for (var r : seed.recipients()) {
        PlanRecipient recipient = new PlanRecipient();
        recipient.plan = plan;
        recipient.ordinal = ++ordinal;
        recipient.text = r.text();
        recipient.note = r.note();
        recipient.level = r.level();
        recipient.unitId = r.unit() == null ? null : unit(r.unit()).id;
        recipient.groupId = r.group() == null ? null : group(r.group()).id;
        recipient.persist();
      }
    }

    /** A block covers the actions since the previous block, or the item if it has none. */
    private void writeItem(Task item, SeedItem seed) {
      List<Task> pending = new ArrayList<>();
      int actions = 0;
      int blocks = 0;
      for (SeedEntry entry : seed.body()) {
        if (entry.action() != null) {
          String label = String.valueOf(++actions);
          pending.add(task(item, TaskKind.ACTION, label, entry.action(), actions));
        } else {
          List<Task> covered = pending.isEmpty() ? List.of(item) : List.copyOf(pending);
          block(item, entry.block(), ++blocks, covered);
          pending.clear();
        }
      }
    }

    private void block(Task item, SeedBlock seed, int ordinal, List<Task> covered) {
      AssignmentBlock block = new AssignmentBlock();
      block.plan = plan;
      block.item = item;
      block.ordinal = ordinal;
      block.schedule(Timeframe.valueOf(seed.timeframe()), date(seed.dueDate()));
      block.sourceText = seed.sourceText();
      block.timeframeText = seed.timeframeText();
      List<AssignmentParty> parties = new ArrayList<>();
      seed.coordinating().forEach(p -> parties.add(party(PartyRole.COORDINATING, p)));
      seed.implementing().forEach(p -> parties.add(party(PartyRole.IMPLEMENTING, p)));
      block.assign(unit(seed.lead()), unit(seed.guidance()), parties);
      block.tasks.addAll(covered);
      block.persist();
    }

    private AssignmentParty party(PartyRole role, SeedParty seed) {
      return AssignmentParty.of(role, unit(seed.unit()), group(seed.group()));
    }

    private Task task(Task parent, TaskKind kind, String label, String text, int ordinal) {
      Task task = new Task();
      task.plan = plan;
      task.placeUnder(parent, kind);
      task.relabel(label);
      task.text = text;
      task.ordinal = ordinal;
      task.persist();
      task.refreshPath();
      tasksByCode.put(task.code, task);
      return task;
    }

    private void indicator(Target target, SeedIndicator seed) {
      Indicator indicator = new Indicator();
      indicator.target = target;
      indicator.name = seed.name();
      indicator.numeratorDefinition = seed.numeratorDefinition();
      indicator.denominatorDefinition = seed.denominatorDefinition();
      indicator.areas = group(seed.areas());
      indicator.numeratorSupplier =
          seed.numeratorSupplier() == null ? null : unit(seed.numeratorSupplier());
      indicator.denominatorSupplier =
          seed.denominatorSupplier() == null ? null : unit(seed.denominatorSupplier());
      indicator.sourceNote = seed.sourceNote();
      indicator.persist();
    }

    private Unit unit(String key) {
      if (key == null) {
        return null;
      }
      Unit unit = unitsByKey.get(key);
      if (unit == null) {
        throw new IllegalStateException("Seed names an unknown unit: " + key);
      }
      return unit;
    }

    private UnitGroup group(String code) {
      if (code == null) {
        return null;
      }
      UnitGroup group = groupsByCode.get(code);
      if (group == null) {
        throw new IllegalStateException("Seed names an unknown group: " + code);
      }
      return group;
    }

    private LocalDate date(String iso) {
      return iso == null ? null : LocalDate.parse(iso);
    }
  }
}
