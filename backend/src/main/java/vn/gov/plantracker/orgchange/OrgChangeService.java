package vn.gov.plantracker.orgchange;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.gov.plantracker.account.AccountRole;
import vn.gov.plantracker.account.User;
import vn.gov.plantracker.auth.Actor;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.error.Messages;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.orgchange.OrgChangeDtos.LegalBasis;
import vn.gov.plantracker.orgchange.OrgChangeDtos.OrgChangeBatch;
import vn.gov.plantracker.orgchange.OrgChangeDtos.OrgChangeInput;
import vn.gov.plantracker.orgchange.OrgChangeDtos.OrgChangeList;
import vn.gov.plantracker.orgchange.OrgChangeDtos.OrgChangePreview;
import vn.gov.plantracker.orgchange.OrgChangeDtos.OrgChangeView;
import vn.gov.plantracker.orgchange.OrgChangeDtos.PlanRole;
import vn.gov.plantracker.plan.Plan;
import vn.gov.plantracker.reporting.ReportStatus;
import vn.gov.plantracker.reporting.ReportTransfer;
import vn.gov.plantracker.reporting.UnitReport;
import vn.gov.plantracker.unit.OrganisationChange;
import vn.gov.plantracker.unit.OrganisationChange.ChangedUnit;
import vn.gov.plantracker.unit.OrganisationChange.Move;
import vn.gov.plantracker.unit.OrganisationChange.MoveKind;
import vn.gov.plantracker.unit.OrganisationChange.Share;
import vn.gov.plantracker.unit.OrganisationChange.Side;
import vn.gov.plantracker.unit.OrganisationChanged;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitDtos.UnitRef;
import vn.gov.plantracker.unit.UnitGroup;
import vn.gov.plantracker.unit.UnitRepository;

/**
 * Records organisation changes: previews what one would do, applies it in one transaction, and
 * undoes it while nothing relies on it yet.
 */
@ApplicationScoped
public class OrgChangeService {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final UnitRepository units;
  private final ChangeCheck check;
  private final ReportTransfer reports;
  private final Event<OrganisationChanged> changed;
  private final DutyShares shares;

  OrgChangeService(
      UnitRepository units,
      ChangeCheck check,
      ReportTransfer reports,
      Event<OrganisationChanged> changed,
      DutyShares shares) {
    this.units = units;
    this.check = check;
    this.reports = reports;
    this.changed = changed;
    this.shares = shares;
  }

  /** Why a report passed, as its note says: the decision and the day it took effect. */
  private static String because(OrganisationChange change) {
    return "theo "
        + change.basisDocumentType
        + " số "
        + change.basisNumber
        + " ngày "
        + DAY.format(change.basisDate)
        + ", có hiệu lực từ "
        + DAY.format(change.effectiveDate)
        + ".";
  }

  /** What the change would do; writes nothing. */
  @Transactional
  public OrgChangePreview preview(OrgChangeInput input) {
    return previewOne(input, Map.of());
  }

  /**
   * What each change of the batch would do, each seen after the ones before it: the batch is
   * applied, then rolled back.
   */
  @Transactional
  public List<OrgChangePreview> preview(OrgChangeBatch batch, Actor actor) {
    Map<String, Long> opened = new HashMap<>();
    List<OrgChangePreview> previews = new ArrayList<>();
    for (OrgChangeInput input : batch.changes()) {
      previews.add(previewOne(input, opened));
      applyOne(input, actor, opened);
    }
    QuarkusTransaction.setRollbackOnly();
    return previews;
  }

  /**
   * Applies the change: closes the predecessors the day before, opens the new units, passes the
   * coordination of plans and the predecessors' accounts to the first successor, and brings open
   * periods in line (successors owe what the predecessors owed from the effective date).
   */
  @Transactional
  public OrgChangeView apply(OrgChangeInput input, Actor actor, Locale locale) {
    long id = applyOne(input, actor, new HashMap<>());
    changed.fire(new OrganisationChanged(id));
    return view(find(id), actor, locale);
  }

  /** Applies the changes in order, all or none. */
  @Transactional
  public List<OrgChangeView> apply(OrgChangeBatch batch, Actor actor, Locale locale) {
    Map<String, Long> opened = new HashMap<>();
    List<Long> ids = new ArrayList<>();
    for (OrgChangeInput input : batch.changes()) {
      ids.add(applyOne(input, actor, opened));
    }
    changed.fire(new OrganisationChanged(ids.get(ids.size() - 1)));
    return ids.stream().map(id -> view(find(id), actor, locale)).toList();
  }

  private OrgChangePreview previewOne(OrgChangeInput input, Map<String, Long> opened) {
    ChangeCheck.Checked checked = check.check(input, opened);
    List<Long> closing = ids(checked.predecessors());
    List<PlanRole> plans = new ArrayList<>();
    Unit heir = checked.heir();
    for (Plan plan : plansOf(closing)) {
      if (plan.coordinator != null && closing.contains(plan.coordinator.id)) {
        plans.add(
            new PlanRole(
                plan.id,
                plan.title,
                "COORDINATOR",
                UnitRef.of(plan.coordinator),
                passesCoordination(input) ? UnitRef.of(heir) : null));
      }
      if (plan.issuer != null && closing.contains(plan.issuer.id)) {
        plans.add(new PlanRole(plan.id, plan.title, "ISSUER", UnitRef.of(plan.issuer), null));
      }
    }
    return new OrgChangePreview(
        input.kind(),
        input.effectiveDate(),
        checked.predecessors().stream().map(UnitRef::of).toList(),
        checked.opening().stream().map(u -> u.name).toList(),
        checked.existingSuccessors().stream().map(UnitRef::of).toList(),
        count(
            "select count(distinct b.id) from AssignmentBlock b left join b.parties p"
                + " where b.lead.id in :ids or b.guidance.id in :ids or p.unit.id in :ids",
            closing),
        count(
            "select count(distinct g.id) from UnitGroup g join g.members m where m.id in :ids",
            closing),
        plans,
        closing.isEmpty()
            ? 0
            : em().createQuery(
                    "select count(r) from UnitReport r where r.unit.id in :ids"
                        + " and r.period.dueDate >= :day and r.status in :editable",
                    Long.class)
                .setParameter("ids", closing)
                .setParameter("day", input.effectiveDate())
                .setParameter("editable", List.of(ReportStatus.DRAFT, ReportStatus.RETURNED))
                .getSingleResult(),
        usersOf(closing).stream().map(u -> u.username).sorted().toList(),
        count(
            "select count(distinct t.id) from ApiToken t join t.units u where u.id in :ids",
            closing),
        shares.preview(checked.predecessors(), checked.successors(), checked.shares()));
  }

  /** Records one change; the units it opens join {@code opened} under their refs. */
  private long applyOne(OrgChangeInput input, Actor actor, Map<String, Long> opened) {
    lockUnits(input, opened);
    ChangeCheck.Checked checked = check.check(input, opened);
    OrganisationChange change = new OrganisationChange();
    change.kind = input.kind();
    change.effectiveDate = input.effectiveDate();
    LegalBasis basis = input.basis();
    change.basisDocumentType = basis.documentType().strip();
    change.basisNumber = basis.number().strip();
    change.basisDate = basis.issueDate();
    change.basisIssuer = basis.issuer().strip();
    change.basisTitle = basis.title();
    change.note = input.note();
    change.recordedBy = actor.username();
    change.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    int ordinal = 0;
    for (Unit predecessor : checked.predecessors()) {
      predecessor.setValidity(predecessor.validFrom, input.effectiveDate().minusDays(1));
      change.units.add(new ChangedUnit(predecessor, Side.PREDECESSOR, false, ++ordinal));
    }
    for (int i = 0; i < checked.opening().size(); i++) {
      Unit unit = checked.opening().get(i);
      unit.validFrom = input.effectiveDate();
      units.persistAndFlush(unit);
      unit.refreshPath();
      change.units.add(new ChangedUnit(unit, Side.SUCCESSOR, true, ++ordinal));
      String ref = input.newUnits().get(i).ref();
      if (ref != null) {
        opened.put(ref, unit.id);
      }
    }
    for (Unit existing : checked.existingSuccessors()) {
      change.units.add(new ChangedUnit(existing, Side.SUCCESSOR, false, ++ordinal));
    }
    ordinal = 0;
    for (DutyShares.Chosen chosen : checked.shares()) {
      for (Unit taker : chosen.takers()) {
        change.shares.add(
            new Share(
                ++ordinal, chosen.duty(), chosen.objectId(), chosen.predecessor().id, taker.id));
      }
    }
    passDuties(change, checked, passesCoordination(input));
    change.persist();
    units.flush();
    Unit heir = checked.heir();
    if (heir != null && !checked.predecessors().isEmpty()) {
      reports.pass(checked.predecessors(), heir, input.effectiveDate(), because(change));
    }
    return change.id;
  }

  /**
   * Undoes a change nothing relies on yet: its predecessors reopen, the units it opened go, and
   * what it moved goes back.
   */
  @Transactional
  public void undo(long id, Long version) {
    OrganisationChange change = find(id);
    ApiException.checkVersion(version, change.version, "entity.orgChange", id);
    lockUnits(change.units.stream().map(u -> u.unit.id).toList());
    check.requireUndoable(change);
    List<Move> moves = new ArrayList<>(change.moves);
    Collections.reverse(moves);
    for (Move move : moves) {
      Unit from = units.get(move.fromUnitId);
      if (move.what == MoveKind.PLAN_COORDINATOR) {
        Plan plan = Plan.findById(move.objectId);
        if (plan != null && plan.coordinator != null && plan.coordinator.id == move.toUnitId) {
          plan.coordinator = from;
        }
      } else if (move.what == MoveKind.GROUP_MEMBER) {
        UnitGroup group = UnitGroup.findById(move.objectId);
        if (group != null) {
          group.members.removeIf(u -> u.id == move.toUnitId);
        }
      } else {
        User user = User.findById(move.objectId);
        if (user != null) {
          user.units.removeIf(u -> u.id == move.toUnitId);
          user.units.add(from);
        }
      }
    }
    List<Unit> opened = change.units.stream().filter(u -> u.opened).map(u -> u.unit).toList();
    for (ChangedUnit side : change.units) {
      if (side.side == Side.PREDECESSOR) {
        side.unit.setValidity(side.unit.validFrom, null);
      }
    }
    change.delete();
    units.flush();
    // Reports the opened units were given (untouched drafts only, or undoing was refused) go
    // before the units do.
    changed.fire(new OrganisationChanged(id));
    for (Unit unit : opened) {
      UnitReport.delete("unit", unit);
      unit.delete();
    }
  }

  @Transactional
  public OrgChangeList list(PageRequest page, Actor actor, Locale locale) {
    List<OrganisationChange> found =
        OrganisationChange.<OrganisationChange>findAll(
                io.quarkus.panache.common.Sort.descending("effectiveDate").and("id"))
            .page(page.page(), page.size())
            .list();
    Page<OrgChangeView> views =
        Page.of(
            found.stream().map(change -> view(change, actor, locale)).toList(),
            page,
            OrganisationChange.count());
    return new OrgChangeList(
        views.items(),
        views.page(),
        views.size(),
        views.totalItems(),
        views.totalPages(),
        mayChange(actor) ? List.of(OrgChangeAction.RECORD) : List.of());
  }

  @Transactional
  public OrgChangeView get(long id, Actor actor, Locale locale) {
    return view(find(id), actor, locale);
  }

  /**
   * Whether the actor may record and undo changes: a coordinator or an administrator in the
   * dashboard (tokens never change the organisation).
   */
  static boolean mayChange(Actor actor) {
    return actor != null
        && actor.via() != Actor.Via.TOKEN
        && (actor.is(AccountRole.ADMIN) || actor.is(AccountRole.COORDINATOR));
  }

  private OrganisationChange find(long id) {
    return OrganisationChange.<OrganisationChange>findByIdOptional(id)
        .orElseThrow(() -> ApiException.notFound("entity.orgChange", id));
  }

  private void passDuties(OrganisationChange change, ChangeCheck.Checked checked, boolean plans) {
    Unit heir = checked.heir();
    List<Long> closing = ids(checked.predecessors());
    if (heir == null || closing.isEmpty()) {
      return;
    }
    int ordinal = 0;
    if (plans) {
      for (Plan plan : plansOf(closing)) {
        if (plan.coordinator != null && closing.contains(plan.coordinator.id)) {
          change.moves.add(
              new Move(
                  ++ordinal, MoveKind.PLAN_COORDINATOR, plan.id, plan.coordinator.id, heir.id));
          plan.coordinator = heir;
        }
      }
    }
    List<Unit> successors = checked.successors();
    for (UnitGroup group : groupsOf(closing)) {
      List<Unit> leaving =
          checked.predecessors().stream()
              .filter(p -> group.members.stream().anyMatch(m -> m.id.equals(p.id)))
              .toList();
      for (Unit from : leaving) {
        for (Unit successor : DutyShares.joining(group, from, successors, checked.shares())) {
          if (group.members.add(successor)) {
            change.moves.add(
                new Move(++ordinal, MoveKind.GROUP_MEMBER, group.id, from.id, successor.id));
          }
        }
      }
    }
    for (User user : usersOf(closing)) {
      for (Unit unit : List.copyOf(user.units)) {
        if (closing.contains(unit.id)) {
          change.moves.add(new Move(++ordinal, MoveKind.USER_UNIT, user.id, unit.id, heir.id));
          user.units.remove(unit);
        }
      }
      user.units.add(heir);
    }
  }

  private static boolean passesCoordination(OrgChangeInput input) {
    return input.passCoordination() == null || input.passCoordination();
  }

  private List<Plan> plansOf(List<Long> unitIds) {
    return unitIds.isEmpty()
        ? List.of()
        : Plan.list("coordinator.id in ?1 or issuer.id in ?1", unitIds);
  }

  private List<UnitGroup> groupsOf(List<Long> unitIds) {
    return unitIds.isEmpty()
        ? List.of()
        : em().createQuery(
                "select distinct g from UnitGroup g join fetch g.members where g.id in"
                    + " (select h.id from UnitGroup h join h.members m where m.id in :ids)",
                UnitGroup.class)
            .setParameter("ids", unitIds)
            .getResultList();
  }

  private List<User> usersOf(List<Long> unitIds) {
    return unitIds.isEmpty()
        ? List.of()
        : em().createQuery(
                "select distinct u from User u join fetch u.units where u.id in"
                    + " (select v.id from User v join v.units x where x.id in :ids)",
                User.class)
            .setParameter("ids", unitIds)
            .getResultList();
  }

  private long count(String query, List<Long> ids) {
    return ids.isEmpty()
        ? 0
        : em().createQuery(query, Long.class).setParameter("ids", ids).getSingleResult();
  }

  /** Two changes on the same units take turns, so the second sees what the first did. */
  private void lockUnits(OrgChangeInput input, Map<String, Long> opened) {
    Set<Long> ids = new LinkedHashSet<>();
    for (List<String> refs : Arrays.asList(input.predecessorRefs(), input.successorRefs())) {
      if (refs != null) {
        refs.stream().map(opened::get).filter(Objects::nonNull).forEach(ids::add);
      }
    }
    if (input.predecessorIds() != null) {
      ids.addAll(input.predecessorIds());
    }
    if (input.successorIds() != null) {
      ids.addAll(input.successorIds());
    }
    lockUnits(List.copyOf(ids));
  }

  private void lockUnits(List<Long> ids) {
    if (!ids.isEmpty()) {
      // MariaDB refuses Hibernate's "for update of": lock the rows natively, in id order.
      em().createNativeQuery("select id from unit where id in (:ids) order by id for update")
          .setParameter("ids", ids)
          .getResultList();
    }
  }

  private OrgChangeView view(OrganisationChange change, Actor actor, Locale locale) {
    String refusal = check.undoRefusal(change);
    return new OrgChangeView(
        change.id,
        change.kind,
        change.effectiveDate,
        new LegalBasis(
            change.basisDocumentType,
            change.basisNumber,
            change.basisDate,
            change.basisIssuer,
            change.basisTitle),
        change.note,
        change.predecessors().stream().map(UnitRef::of).toList(),
        change.successors().stream().map(UnitRef::of).toList(),
        change.recordedBy,
        change.recordedAt,
        refusal == null,
        refusal == null ? null : Messages.text(locale, refusal, change.basisNumber),
        refusal == null && mayChange(actor) ? List.of(OrgChangeAction.UNDO) : List.of(),
        change.version);
  }

  private static List<Long> ids(List<Unit> list) {
    return list.stream().map(u -> u.id).toList();
  }

  private EntityManager em() {
    return units.getEntityManager();
  }
}
