package vn.gov.plantracker.orgchange;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.orgchange.OrgChangeDtos.NewUnit;
import vn.gov.plantracker.orgchange.OrgChangeDtos.OrgChangeInput;
import vn.gov.plantracker.reporting.ReportStatus;
import vn.gov.plantracker.unit.ChangeKind;
import vn.gov.plantracker.unit.OrganisationChange;
import vn.gov.plantracker.unit.OrganisationChange.ChangedUnit;
import vn.gov.plantracker.unit.Successions;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitRepository;

/**
 * The rules a change must keep: the right number of units for its kind, predecessors that exist on
 * the eve of the effective date, successors that exist on it, no unit in two changes of one day, a
 * legal basis written as Vietnamese documents are numbered.
 */
@ApplicationScoped
class ChangeCheck {

  /** Types of legal document that decide organisation changes, as abbreviated in their numbers. */
  private static final Set<String> BASIS_TYPES =
      Set.of("L", "NQ", "QĐ", "NĐ", "TT", "KH", "CT", "CV", "TB");

  /** {@code 1677/NQ-UBTVQH15}, {@code 202/2025/QH15}, {@code 135-KH/HU}, {@code 12/2025/NĐ-CP}. */
  private static final Pattern BASIS_NUMBER =
      Pattern.compile(
          "\\d{1,6}[a-z]?(/\\d{4})?/[\\p{Lu}Đ][\\p{Lu}Đ0-9]*(-[\\p{Lu}Đ0-9]+)*"
              + "|\\d{1,6}-[\\p{Lu}Đ]+/[\\p{Lu}Đ0-9]+(-[\\p{Lu}Đ0-9]+)*");

  /** What a valid change works on. */
  record Checked(
      List<Unit> predecessors,
      List<Unit> opening,
      List<Unit> existingSuccessors,
      List<DutyShares.Chosen> shares) {

    /** The new units first, then the existing ones, as the change lists them. */
    List<Unit> successors() {
      List<Unit> all = new ArrayList<>(opening);
      all.addAll(existingSuccessors);
      return all;
    }

    /** The successor that takes a plan's coordination and the predecessors' accounts. */
    Unit heir() {
      if (!opening.isEmpty()) {
        return opening.get(0);
      }
      return existingSuccessors.isEmpty() ? null : existingSuccessors.get(0);
    }
  }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final UnitRepository units;
  private final DutyShares shares;

  ChangeCheck(UnitRepository units, DutyShares shares) {
    this.units = units;
    this.shares = shares;
  }

  /**
   * Checks the change; {@code opened} holds the units earlier changes of the same batch opened, by
   * ref.
   */
  Checked check(OrgChangeInput input, Map<String, Long> opened) {
    checkBasis(input);
    List<Unit> predecessors = new ArrayList<>(load(input.predecessorIds()));
    predecessors.addAll(byRef(input.predecessorRefs(), opened, "predecessorRefs"));
    List<Unit> successors = new ArrayList<>(load(input.successorIds()));
    successors.addAll(byRef(input.successorRefs(), opened, "successorRefs"));
    List<NewUnit> newUnits = input.newUnits() == null ? List.of() : input.newUnits();
    checkShape(input.kind(), predecessors.size(), successors.size(), newUnits.size());
    LocalDate day = input.effectiveDate();
    for (Unit unit : predecessors) {
      if (unit.validFrom != null && !unit.validFrom.isBefore(day)) {
        throw ApiException.rule("rule.orgChange.beforeOpened", unit.name, day(unit.validFrom));
      }
      if (unit.validTo != null) {
        throw ApiException.rule("rule.orgChange.alreadyClosed", unit.name, day(unit.validTo));
      }
    }
    for (Unit unit : successors) {
      if (predecessors.contains(unit)) {
        throw ApiException.rule("rule.orgChange.cycle", unit.name);
      }
      if (!Successions.existsOn(unit, day)) {
        throw ApiException.rule("rule.orgChange.successorAbsent", unit.name, day(day));
      }
    }
    checkSameDay(day, predecessors, successors);
    List<Unit> opening = new ArrayList<>();
    Unit first = predecessors.isEmpty() ? null : predecessors.get(0);
    for (NewUnit wanted : newUnits) {
      Unit parent =
          wanted.parentRef() != null
              ? byRef(List.of(wanted.parentRef()), opened, "newUnits.parentRef").get(0)
              : null;
      opening.add(open(wanted, first, parent, day));
    }
    if (input.kind() == ChangeKind.MOVE && sameParent(first, opening.get(0))) {
      throw ApiException.rule("rule.orgChange.moveSameParent", first.name);
    }
    return new Checked(
        predecessors, opening, successors, shares.check(input, predecessors, opening, successors));
  }

  /** Why the change can no longer be undone, or null when it can. */
  String undoRefusal(OrganisationChange change) {
    List<Long> ids = change.units.stream().map(u -> u.unit.id).toList();
    Long later =
        units
            .getEntityManager()
            .createQuery(
                "select count(c) from OrganisationChange c join c.units cu"
                    + " where (c.effectiveDate > :day or (c.effectiveDate = :day and c.id > :id))"
                    + " and cu.unit.id in :ids",
                Long.class)
            .setParameter("id", change.id)
            .setParameter("day", change.effectiveDate)
            .setParameter("ids", ids)
            .getSingleResult();
    if (later > 0) {
      return "rule.orgChange.laterChange";
    }
    List<Long> successorIds = change.successors().stream().map(u -> u.id).toList();
    Long relied =
        successorIds.isEmpty()
            ? 0L
            : units
                .getEntityManager()
                .createQuery(
                    "select count(r) from UnitReport r where r.unit.id in :ids"
                        + " and r.period.dueDate >= :day"
                        + " and (r.status <> :draft or r.savedAt is not null)",
                    Long.class)
                .setParameter("ids", successorIds)
                .setParameter("day", change.effectiveDate)
                .setParameter("draft", ReportStatus.DRAFT)
                .getSingleResult();
    return relied > 0 ? "rule.orgChange.reportsRely" : null;
  }

  void requireUndoable(OrganisationChange change) {
    String refusal = undoRefusal(change);
    if (refusal != null) {
      throw ApiException.conflict(refusal, change.basisNumber);
    }
  }

  private void checkBasis(OrgChangeInput input) {
    String type = input.basis().documentType().strip();
    if (!BASIS_TYPES.contains(type)) {
      throw ApiException.invalid("basis.documentType", "rule.orgChange.basisType", type);
    }
    String number = input.basis().number().strip();
    if (!BASIS_NUMBER.matcher(number).matches()) {
      throw ApiException.invalid("basis.number", "rule.orgChange.basisNumber", number);
    }
  }

  private static void checkShape(ChangeKind kind, int predecessors, int successors, int opened) {
    boolean fits =
        switch (kind) {
          case RENAME -> predecessors == 1 && opened == 1 && successors == 0;
          case MERGE -> predecessors >= 1 && opened == 1 && successors == 0;
          case SPLIT -> predecessors == 1 && opened >= 2 && successors == 0;
          case ABSORB -> predecessors >= 1 && successors == 1 && opened == 0;
          case DISSOLVE -> predecessors >= 1 && successors >= 1 && opened == 0;
          case CREATE -> predecessors == 0 && opened >= 1 && successors == 0;
          case MOVE -> predecessors == 1 && opened == 1 && successors == 0;
        };
    if (!fits) {
      throw ApiException.rule("rule.orgChange.shape." + kind.name());
    }
  }

  /**
   * A unit closed by one change cannot be in another change of the same day: which of them it went
   * into, or whether it took over before it closed, would be ambiguous. Taking over from several
   * units on one day is ordinary (offices dissolved into one).
   */
  private void checkSameDay(LocalDate day, List<Unit> predecessors, List<Unit> successors) {
    Set<Long> closing = new LinkedHashSet<>();
    predecessors.forEach(u -> closing.add(u.id));
    Set<Long> taking = new LinkedHashSet<>();
    successors.forEach(u -> taking.add(u.id));
    units
        .getEntityManager()
        .createQuery(
            "select cu from OrganisationChange c join c.units cu where c.effectiveDate = :day"
                + " and (cu.unit.id in :closing or (cu.unit.id in :taking and cu.side = :closed))",
            ChangedUnit.class)
        .setParameter("day", day)
        .setParameter("closing", closing.isEmpty() ? Set.of(-1L) : closing)
        .setParameter("taking", taking.isEmpty() ? Set.of(-1L) : taking)
        .setParameter("closed", OrganisationChange.Side.PREDECESSOR)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .ifPresent(
            taken -> {
              throw ApiException.conflict("rule.orgChange.sameDay", taken.unit.name, day(day));
            });
  }

  private Unit open(NewUnit wanted, Unit first, Unit parentInBatch, LocalDate day) {
    Unit unit = new Unit();
    unit.name = wanted.name().strip();
    unit.shortName = wanted.shortName() == null ? null : wanted.shortName().strip();
    unit.kind = wanted.kind() != null ? wanted.kind() : first == null ? null : first.kind;
    if (unit.kind == null) {
      throw ApiException.missing("newUnits.kind");
    }
    unit.officialCode = wanted.officialCode();
    Unit parent =
        parentInBatch != null
            ? parentInBatch
            : wanted.parentId() != null
                ? units.get(wanted.parentId())
                : first == null ? null : first.parent;
    if (parent != null && !Successions.existsOn(parent, day)) {
      throw ApiException.rule("rule.orgChange.successorAbsent", parent.name, day(day));
    }
    unit.moveUnder(parent);
    return unit;
  }

  /** Whether the unit a move opens sits where the one it replaces did. */
  private static boolean sameParent(Unit before, Unit after) {
    Long was = before.parent == null ? null : before.parent.id;
    Long now = after.parent == null ? null : after.parent.id;
    // A parent opened earlier in the batch may have no id yet: it is a new parent.
    return (after.parent == null || now != null) && Objects.equals(was, now);
  }

  private static String day(LocalDate date) {
    return DAY.format(date);
  }

  private List<Unit> byRef(List<String> refs, Map<String, Long> opened, String field) {
    if (refs == null) {
      return List.of();
    }
    List<Unit> found = new ArrayList<>();
    for (String ref : refs) {
      Long id = opened.get(ref);
      if (id == null) {
        throw ApiException.invalid(field, "rule.orgChange.unknownRef", ref);
      }
      found.add(units.get(id));
    }
    return found;
  }

  private List<Unit> load(List<Long> ids) {
    if (ids == null || ids.isEmpty()) {
      return List.of();
    }
    Set<Long> wanted = new LinkedHashSet<>(ids);
    List<Unit> found = units.listByIds(wanted);
    List<Unit> ordered = new ArrayList<>();
    for (Long id : wanted) {
      ordered.add(
          found.stream()
              .filter(u -> u.id.equals(id))
              .findFirst()
              .orElseThrow(() -> ApiException.notFound("entity.unit", id)));
    }
    return ordered;
  }
}
