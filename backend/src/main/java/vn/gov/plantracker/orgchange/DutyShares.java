package vn.gov.plantracker.orgchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.orgchange.OrgChangeDtos.DutyShareInput;
import vn.gov.plantracker.orgchange.OrgChangeDtos.DutyShareView;
import vn.gov.plantracker.orgchange.OrgChangeDtos.NewUnit;
import vn.gov.plantracker.orgchange.OrgChangeDtos.OrgChangeInput;
import vn.gov.plantracker.task.AssignmentBlock;
import vn.gov.plantracker.task.AssignmentParty;
import vn.gov.plantracker.unit.DutyKind;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitDtos.UnitRef;
import vn.gov.plantracker.unit.UnitGroup;
import vn.gov.plantracker.unit.UnitRepository;

/**
 * How a change with several successors shares out its predecessors' duties: the recorder's choices,
 * checked so that no duty is left with nobody, and the defaults for the rest (every successor; the
 * past area to the first).
 */
@ApplicationScoped
class DutyShares {

  /** A checked choice: these successors, and only they, take the predecessor's duty. */
  record Chosen(DutyKind duty, Long objectId, Unit predecessor, List<Unit> takers) {

    boolean of(DutyKind kind, Long object, Unit unit) {
      return duty == kind && Objects.equals(objectId, object) && predecessor.id.equals(unit.id);
    }
  }

  private final UnitRepository units;

  DutyShares(UnitRepository units) {
    this.units = units;
  }

  /** Checks the recorder's choices against the change's predecessors and successors. */
  List<Chosen> check(
      OrgChangeInput input,
      List<Unit> predecessors,
      List<Unit> opening,
      List<Unit> existingSuccessors) {
    List<DutyShareInput> wanted = input.shares() == null ? List.of() : input.shares();
    if (wanted.isEmpty()) {
      return List.of();
    }
    if (opening.size() + existingSuccessors.size() < 2) {
      throw ApiException.invalid("shares", "rule.orgChange.shareOneSuccessor");
    }
    List<Chosen> chosen = new ArrayList<>();
    Set<List<Object>> seen = new HashSet<>();
    for (int i = 0; i < wanted.size(); i++) {
      DutyShareInput share = wanted.get(i);
      String field = "shares[" + i + "]";
      Unit predecessor = predecessor(share, predecessors, field);
      Long object = share.duty() == DutyKind.AREA ? null : share.objectId();
      if (share.duty() != DutyKind.AREA) {
        if (object == null) {
          throw ApiException.missing(field + ".objectId");
        }
        if (!isDuty(share.duty(), object, predecessor)) {
          throw ApiException.invalid(
              field + ".objectId", "rule.orgChange.notADuty", predecessor.name, object);
        }
      }
      if (!seen.add(List.of(share.duty(), Objects.toString(object), predecessor.id))) {
        throw ApiException.invalid(field, "rule.orgChange.shareTwice", predecessor.name);
      }
      List<Unit> takers = takers(share, input.newUnits(), opening, existingSuccessors, field);
      if (takers.isEmpty()) {
        throw ApiException.invalid(field, "rule.orgChange.dutyWithNobody", predecessor.name);
      }
      if (share.duty() == DutyKind.AREA && takers.size() != 1) {
        throw ApiException.invalid(field, "rule.orgChange.areaOneSuccessor", predecessor.name);
      }
      chosen.add(new Chosen(share.duty(), object, predecessor, takers));
    }
    return chosen;
  }

  /** Every duty of the predecessors and who will carry it; only asked for several successors. */
  List<DutyShareView> preview(List<Unit> predecessors, List<Unit> successors, List<Chosen> chosen) {
    if (successors.size() < 2 || predecessors.isEmpty()) {
      return List.of();
    }
    List<Long> ids = predecessors.stream().map(u -> u.id).toList();
    List<DutyShareView> views = new ArrayList<>();
    for (AssignmentBlock block : blocksNaming(ids)) {
      for (Unit predecessor : predecessors) {
        if (names(block, predecessor)) {
          String label = block.plan.title + " — " + block.item.code;
          views.add(
              view(DutyKind.ASSIGNMENT_BLOCK, block.id, label, predecessor, successors, chosen));
        }
      }
    }
    for (UnitGroup group : groupsWith(ids)) {
      for (Unit predecessor : predecessors) {
        if (group.members.stream().anyMatch(m -> m.id.equals(predecessor.id))) {
          views.add(view(DutyKind.GROUP, group.id, group.name, predecessor, successors, chosen));
        }
      }
    }
    for (Unit predecessor : predecessors) {
      views.add(view(DutyKind.AREA, null, null, predecessor, successors, chosen));
    }
    return views;
  }

  /** The successors that join the group in the predecessor's place. */
  static List<Unit> joining(
      UnitGroup group, Unit predecessor, List<Unit> successors, List<Chosen> chosen) {
    return chosen.stream()
        .filter(c -> c.of(DutyKind.GROUP, group.id, predecessor))
        .findFirst()
        .map(Chosen::takers)
        .orElse(successors);
  }

  private static DutyShareView view(
      DutyKind duty,
      Long object,
      String label,
      Unit predecessor,
      List<Unit> successors,
      List<Chosen> chosen) {
    Chosen choice =
        chosen.stream().filter(c -> c.of(duty, object, predecessor)).findFirst().orElse(null);
    List<Unit> takers =
        choice != null
            ? choice.takers()
            : duty == DutyKind.AREA ? successors.subList(0, 1) : successors;
    return new DutyShareView(
        duty,
        object,
        label,
        UnitRef.of(predecessor),
        takers.stream().map(u -> u.name).toList(),
        choice != null);
  }

  private static Unit predecessor(DutyShareInput share, List<Unit> predecessors, String field) {
    if (share.predecessorId() == null) {
      if (predecessors.size() != 1) {
        throw ApiException.missing(field + ".predecessorId");
      }
      return predecessors.get(0);
    }
    return predecessors.stream()
        .filter(u -> u.id.equals(share.predecessorId()))
        .findFirst()
        .orElseThrow(
            () ->
                ApiException.invalid(
                    field + ".predecessorId",
                    "rule.orgChange.shareNotPredecessor",
                    share.predecessorId()));
  }

  private static List<Unit> takers(
      DutyShareInput share,
      List<NewUnit> newUnits,
      List<Unit> opening,
      List<Unit> existing,
      String field) {
    List<Unit> takers = new ArrayList<>();
    for (String ref : share.successorRefs() == null ? List.<String>of() : share.successorRefs()) {
      int at = -1;
      for (int i = 0; newUnits != null && i < newUnits.size(); i++) {
        if (ref.equals(newUnits.get(i).ref())) {
          at = i;
        }
      }
      if (at < 0) {
        throw ApiException.invalid(
            field + ".successorRefs", "rule.orgChange.shareNotSuccessor", ref);
      }
      takers.add(opening.get(at));
    }
    for (Long id : share.successorIds() == null ? List.<Long>of() : share.successorIds()) {
      takers.add(
          existing.stream()
              .filter(u -> u.id.equals(id))
              .findFirst()
              .orElseThrow(
                  () ->
                      ApiException.invalid(
                          field + ".successorIds", "rule.orgChange.shareNotSuccessor", id)));
    }
    return takers.stream().distinct().toList();
  }

  private boolean isDuty(DutyKind duty, long object, Unit predecessor) {
    List<Long> one = List.of(predecessor.id);
    return duty == DutyKind.GROUP
        ? groupsWith(one).stream().anyMatch(g -> g.id == object)
        : blocksNaming(one).stream().anyMatch(b -> b.id == object);
  }

  private static boolean names(AssignmentBlock block, Unit unit) {
    return (block.lead != null && block.lead.id.equals(unit.id))
        || (block.guidance != null && block.guidance.id.equals(unit.id))
        || block.parties.stream()
            .map((AssignmentParty p) -> p.unit)
            .anyMatch(u -> u != null && u.id.equals(unit.id));
  }

  private List<AssignmentBlock> blocksNaming(List<Long> ids) {
    return em().createQuery(
            "select distinct b from AssignmentBlock b join fetch b.plan join fetch b.item"
                + " left join fetch b.parties where b.id in (select c.id from AssignmentBlock c"
                + " left join c.parties p where c.lead.id in :ids or c.guidance.id in :ids"
                + " or p.unit.id in :ids) order by b.id",
            AssignmentBlock.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  private List<UnitGroup> groupsWith(List<Long> ids) {
    return em().createQuery(
            "select distinct g from UnitGroup g join fetch g.members where g.id in"
                + " (select h.id from UnitGroup h join h.members m where m.id in :ids)"
                + " order by g.id",
            UnitGroup.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  private EntityManager em() {
    return units.getEntityManager();
  }
}
