package vn.gov.plantracker.planimport;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import vn.gov.plantracker.plan.DocumentType;
import vn.gov.plantracker.plan.PlanStatus;
import vn.gov.plantracker.plan.ReferenceKind;
import vn.gov.plantracker.planimport.DraftPlan.DraftBlock;
import vn.gov.plantracker.planimport.DraftPlan.DraftEntry;
import vn.gov.plantracker.planimport.DraftPlan.DraftItem;
import vn.gov.plantracker.planimport.DraftPlan.DraftParty;
import vn.gov.plantracker.planimport.DraftPlan.DraftRecipient;
import vn.gov.plantracker.planimport.DraftPlan.DraftReference;
import vn.gov.plantracker.planimport.DraftPlan.DraftTarget;
import vn.gov.plantracker.planimport.DraftPlan.DraftTaskGroup;
import vn.gov.plantracker.planimport.PlanImportDtos.UnitChoice;
import vn.gov.plantracker.target.TargetKind;
import vn.gov.plantracker.task.Timeframe;

/**
 * What stops a draft from becoming a plan: a field the plan cannot do without, a value it cannot
 * store, or a unit nobody has decided on. Each finding names its field as a path into the draft.
 */
final class DraftCheck {

  /** One finding: its code (the message key ends with it), the field, and the message's values. */
  record Finding(String code, String field, Object... args) {

    /** The field first, then the finding's own values, as the messages expect them. */
    Object[] messageArgs() {
      Object[] all = new Object[args.length + 1];
      all[0] = field;
      System.arraycopy(args, 0, all, 1, args.length);
      return all;
    }
  }

  private final Predicate<String> knownUnit;
  private final Predicate<String> knownGroup;
  private final Map<String, UnitChoice> choices;
  private final List<Finding> findings = new ArrayList<>();
  private final Set<String> unresolvedSeen = new HashSet<>();
  private final Set<String> unitsSeen = new HashSet<>();
  private final Set<String> groupsSeen = new HashSet<>();

  DraftCheck(
      Predicate<String> knownUnit, Predicate<String> knownGroup, Map<String, UnitChoice> choices) {
    this.knownUnit = knownUnit;
    this.knownGroup = knownGroup;
    this.choices = choices;
  }

  List<Finding> check(DraftPlan plan) {
    findings.clear();
    unresolvedSeen.clear();
    unitsSeen.clear();
    groupsSeen.clear();
    oneOf("documentType", plan.documentType(), DocumentType.class);
    oneOf("status", plan.status(), PlanStatus.class);
    text("number", plan.number(), 40, false);
    text("symbol", plan.symbol(), 60, true);
    text("title", plan.title(), 4000, true);
    text("place", plan.place(), 120, false);
    unit("issuer", plan.issuer(), true);
    unit("coordinator", plan.coordinator(), false);
    if (plan.issueYear() == null) {
      findings.add(new Finding("MISSING", "issueYear"));
    }
    LocalDate issued = date("issueDate", plan.issueDate());
    if (issued != null && plan.issueYear() != null && issued.getYear() != plan.issueYear()) {
      findings.add(new Finding("ISSUE_YEAR_MISMATCH", "issueYear"));
    }
    if (plan.signature() != null) {
      text("signature.signerName", plan.signature().signerName(), 200, false);
      text("signature.signerTitle", plan.signature().signerTitle(), 200, false);
      text("signature.onBehalfOf", plan.signature().onBehalfOf(), 200, false);
      text("signature.signingFor", plan.signature().signingFor(), 200, false);
    }
    targets(listed(plan.targets()));
    tasks(listed(plan.tasks()));
    references(listed(plan.references()));
    recipients(listed(plan.recipients()));
    return List.copyOf(findings);
  }

  /** The unit keys the last draft checked refers to. */
  Set<String> unitsSeen() {
    return Set.copyOf(unitsSeen);
  }

  /** The group codes the last draft checked refers to. */
  Set<String> groupsSeen() {
    return Set.copyOf(groupsSeen);
  }

  private void targets(List<DraftTarget> targets) {
    for (int i = 0; i < targets.size(); i++) {
      DraftTarget target = targets.get(i);
      String at = "targets[" + i + "]";
      if (target == null) {
        findings.add(new Finding("MISSING", at));
        continue;
      }
      if (target.targetYear() == null) {
        findings.add(new Finding("MISSING", at + ".targetYear"));
      }
      text(at + ".text", target.text(), Integer.MAX_VALUE, true);
      oneOf(at + ".kind", target.kind(), TargetKind.class);
      text(at + ".measureUnit", target.measureUnit(), 40, false);
    }
  }

  private void tasks(List<DraftTaskGroup> groups) {
    for (int g = 0; g < groups.size(); g++) {
      DraftTaskGroup group = groups.get(g);
      String at = "tasks[" + g + "]";
      if (group == null) {
        findings.add(new Finding("MISSING", at));
        continue;
      }
      text(at + ".label", group.label(), 20, true);
      text(at + ".text", group.text(), Integer.MAX_VALUE, true);
      List<DraftItem> items = listed(group.items());
      for (int i = 0; i < items.size(); i++) {
        DraftItem item = items.get(i);
        String itemAt = at + ".items[" + i + "]";
        if (item == null) {
          findings.add(new Finding("MISSING", itemAt));
          continue;
        }
        text(itemAt + ".label", item.label(), 20, true);
        text(itemAt + ".text", item.text(), Integer.MAX_VALUE, true);
        List<DraftEntry> body = listed(item.body());
        for (int e = 0; e < body.size(); e++) {
          entry(itemAt + ".body[" + e + "]", body.get(e));
        }
      }
    }
  }

  private void entry(String at, DraftEntry entry) {
    if (entry == null || (entry.action() == null) == (entry.block() == null)) {
      findings.add(new Finding("NOT_ACTION_OR_BLOCK", at));
      return;
    }
    if (entry.action() != null) {
      text(at + ".action", entry.action(), Integer.MAX_VALUE, true);
      return;
    }
    DraftBlock block = entry.block();
    String blockAt = at + ".block";
    unit(blockAt + ".lead", block.lead(), false);
    unit(blockAt + ".guidance", block.guidance(), false);
    parties(blockAt + ".coordinating", listed(block.coordinating()));
    parties(blockAt + ".implementing", listed(block.implementing()));
    oneOf(blockAt + ".timeframe", block.timeframe(), Timeframe.class);
    LocalDate due = date(blockAt + ".dueDate", block.dueDate());
    // The rules an assignment block keeps once stored, found here so they can be put right first.
    if (block.lead() == null && listed(block.implementing()).isEmpty()) {
      findings.add(new Finding("NO_PARTY", blockAt + ".lead"));
    }
    if (Timeframe.DUE.name().equals(block.timeframe()) && due == null) {
      findings.add(new Finding("MISSING", blockAt + ".dueDate"));
    }
    if (Timeframe.ONGOING.name().equals(block.timeframe()) && block.dueDate() != null) {
      findings.add(new Finding("ONGOING_WITH_DATE", blockAt + ".dueDate"));
    }
    if (block.lead() != null
        && java.util.stream.Stream.concat(
                listed(block.coordinating()).stream(), listed(block.implementing()).stream())
            .anyMatch(p -> p != null && block.lead().equals(p.unit()))) {
      findings.add(new Finding("LEAD_ALSO_PARTY", blockAt + ".lead"));
    }
  }

  private void parties(String at, List<DraftParty> parties) {
    for (int p = 0; p < parties.size(); p++) {
      DraftParty party = parties.get(p);
      String partyAt = at + "[" + p + "]";
      if (party == null || (party.unit() == null) == (party.group() == null)) {
        findings.add(new Finding("NOT_UNIT_OR_GROUP", partyAt));
      } else {
        unit(partyAt + ".unit", party.unit(), false);
        group(partyAt + ".group", party.group());
      }
    }
  }

  private void references(List<DraftReference> references) {
    for (int i = 0; i < references.size(); i++) {
      DraftReference reference = references.get(i);
      String at = "references[" + i + "]";
      if (reference == null) {
        findings.add(new Finding("MISSING", at));
        continue;
      }
      oneOf(at + ".kind", reference.kind(), ReferenceKind.class);
      text(at + ".documentType", reference.documentType(), 20, true);
      text(at + ".number", reference.number(), 60, true);
      text(at + ".issuer", reference.issuer(), 255, true);
      date(at + ".issueDate", reference.issueDate());
    }
  }

  private void recipients(List<DraftRecipient> recipients) {
    for (int i = 0; i < recipients.size(); i++) {
      DraftRecipient recipient = recipients.get(i);
      String at = "recipients[" + i + "]";
      if (recipient == null) {
        findings.add(new Finding("MISSING", at));
        continue;
      }
      text(at + ".text", recipient.text(), 500, true);
      text(at + ".note", recipient.note(), 100, false);
      unit(at + ".unit", recipient.unit(), false);
      group(at + ".group", recipient.group());
    }
  }

  private void unit(String field, String key, boolean required) {
    if (key == null || key.isBlank()) {
      if (required) {
        findings.add(new Finding("MISSING", field));
      }
      return;
    }
    unitsSeen.add(key);
    UnitChoice choice = choices.get(key);
    if (choice != null) {
      // One finding per unknown name, however often the document names it.
      if (!choice.resolved() && unresolvedSeen.add(key)) {
        findings.add(new Finding("UNRESOLVED_UNIT", "units." + key, choice.name()));
      }
    } else if (!knownUnit.test(key)) {
      findings.add(new Finding("UNKNOWN_UNIT", field, key));
    }
  }

  private void group(String field, String code) {
    if (code != null) {
      groupsSeen.add(code);
    }
    if (code != null && !knownGroup.test(code)) {
      findings.add(new Finding("UNKNOWN_GROUP", field, code));
    }
  }

  private void text(String field, String value, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        findings.add(new Finding("MISSING", field));
      }
    } else if (value.length() > max) {
      findings.add(new Finding("TOO_LONG", field, max));
    }
  }

  private <E extends Enum<E>> void oneOf(String field, String value, Class<E> type) {
    if (value == null) {
      findings.add(new Finding("MISSING", field));
      return;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return;
      }
    }
    findings.add(new Finding("NOT_ONE_OF", field, value));
  }

  private LocalDate date(String field, String iso) {
    if (iso == null) {
      return null;
    }
    try {
      return LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      findings.add(new Finding("BAD_DATE", field, iso));
      return null;
    }
  }

  private static <T> List<T> listed(List<T> list) {
    return list == null ? List.of() : list;
  }
}
