package vn.gov.plantracker.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
import vn.gov.plantracker.seed.SeedFile.SeedIndicator;
import vn.gov.plantracker.seed.SeedFile.SeedItem;
import vn.gov.plantracker.seed.SeedFile.SeedParty;
import vn.gov.plantracker.seed.SeedFile.SeedPlan;
import vn.gov.plantracker.seed.SeedFile.SeedReference;
import vn.gov.plantracker.seed.SeedFile.SeedTarget;
import vn.gov.plantracker.seed.SeedFile.SeedTaskGroup;
import vn.gov.plantracker.target.Target;
import vn.gov.plantracker.target.TargetKind;
import vn.gov.plantracker.task.AssignmentBlock;
import vn.gov.plantracker.task.AssignmentParty;
import vn.gov.plantracker.task.PartyRole;
import vn.gov.plantracker.task.Task;
import vn.gov.plantracker.task.TaskKind;
import vn.gov.plantracker.task.Timeframe;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitGroup;

/** Writes one plan, applying the document's rule for which actions a block covers. */
public final class PlanWriter {

  private final PlanRepository plans;
  private final Function<String, Unit> unitsByKey;
  private final Function<String, UnitGroup> groupsByCode;
  private final Map<String, Task> tasksByCode = new HashMap<>();
  private Plan plan;

  /** Units by key and groups by code; a lookup answers null for one it does not know. */
  public PlanWriter(
      PlanRepository plans,
      Function<String, Unit> unitsByKey,
      Function<String, UnitGroup> groupsByCode) {
    this.plans = plans;
    this.unitsByKey = unitsByKey;
    this.groupsByCode = groupsByCode;
  }

  /**
   * Writes a plan given in the seed file's plan shape (an import's draft has the same shape), with
   * the key it will be found by.
   */
  public Plan write(ObjectMapper json, JsonNode plan, String key) {
    SeedPlan seed = json.convertValue(plan, SeedPlan.class);
    return write(withKey(seed, key));
  }

  Plan write(SeedPlan seed) {
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
    if (seed.signature() != null) {
      plan.signature.onBehalfOf = seed.signature().onBehalfOf();
      plan.signature.signingFor = seed.signature().signingFor();
      plan.signature.signerTitle = seed.signature().signerTitle();
      plan.signature.signerName = seed.signature().signerName();
    }
    plans.persist(plan);

    int ordinal = 0;
    for (SeedTarget t : listed(seed.targets())) {
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
    for (SeedTaskGroup g : listed(seed.tasks())) {
      Task group = task(null, TaskKind.GROUP, g.label(), g.text(), ++groupOrdinal);
      int itemOrdinal = 0;
      for (SeedItem i : listed(g.items())) {
        writeItem(task(group, TaskKind.ITEM, i.label(), i.text(), ++itemOrdinal), i);
      }
    }
    ordinal = 0;
    for (SeedReference r : listed(seed.references())) {
      DocumentReference reference = new DocumentReference();
      reference.plan = plan;
      reference.ordinal = ++ordinal;
      reference.kind = ReferenceKind.valueOf(r.kind());
      reference.footnoteMark = r.footnoteMark();
      // A footnote whose task is no longer in the plan stays on the plan itself.
      Task task = r.task() == null ? null : tasksByCode.get(r.task());
      reference.taskId = task == null ? null : task.id;
      reference.documentType = r.documentType();
      reference.number = r.number();
      reference.issueDate = date(r.issueDate());
      reference.issuer = r.issuer();
      reference.title = r.title();
      reference.persist();
    }
    ordinal = 0;
    for (var r : listed(seed.recipients())) {
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
    return plan;
  }

  /** A block covers the actions since the previous block, or the item if it has none. */
  private void writeItem(Task item, SeedItem seed) {
    List<Task> pending = new ArrayList<>();
    int actions = 0;
    int blocks = 0;
    for (SeedEntry entry : listed(seed.body())) {
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
    listed(seed.coordinating()).forEach(p -> parties.add(party(PartyRole.COORDINATING, p)));
    listed(seed.implementing()).forEach(p -> parties.add(party(PartyRole.IMPLEMENTING, p)));
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
    Unit unit = unitsByKey.apply(key);
    if (unit == null) {
      throw new IllegalStateException("The plan names an unknown unit: " + key);
    }
    return unit;
  }

  private UnitGroup group(String code) {
    if (code == null) {
      return null;
    }
    UnitGroup group = groupsByCode.apply(code);
    if (group == null) {
      throw new IllegalStateException("The plan names an unknown group: " + code);
    }
    return group;
  }

  private LocalDate date(String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }

  private static <T> List<T> listed(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static SeedPlan withKey(SeedPlan p, String key) {
    return new SeedPlan(
        key,
        p.documentType(),
        p.number(),
        p.symbol(),
        p.issuer(),
        p.coordinator(),
        p.place(),
        p.issueDate(),
        p.issueYear(),
        p.status(),
        p.title(),
        p.preamble(),
        p.purpose(),
        p.implementationArrangements(),
        p.signature(),
        p.references(),
        p.targets(),
        p.tasks(),
        p.recipients());
  }
}
