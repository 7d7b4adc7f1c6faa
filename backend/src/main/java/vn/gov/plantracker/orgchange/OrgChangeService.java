package vn.gov.plantracker.orgchange;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.gov.plantracker.account.AccountRole;
import vn.gov.plantracker.account.User;
import vn.gov.plantracker.auth.Actor;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.error.Messages;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.common.time.VietnamTime;
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
        + VietnamTime.DAY.format(change.basisDate)
        + ", có hiệu lực từ "
        + VietnamTime.DAY.format(change.effectiveDate)
        + ".";
  }

  /** What the change would do; writes nothing. */
  @Transactional
  public OrgChangePreview preview(OrgChangeInput input) {
    return previewOne(input, Map.of(), null);
  }

  /**
   * What each change of the batch would do, each seen after the ones before it: the batch is
   * applied, then rolled back.
   */
  @Transactional
  public List<OrgChangePreview> preview(OrgChangeBatch batch, Actor actor) {
    List<OrgChangePreview> previews = new ArrayList<>();
    new Run(actor).all(batch.changes(), previews);
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
    long id = new Run(actor).all(List.of(input), null).get(0);
    OrganisationChange recorded = find(id);
    changed.fire(new OrganisationChanged(id, unitIds(List.of(recorded))));
    return views(List.of(recorded), actor, locale).get(0);
  }

  /** Applies the changes in order, all or none. */
  @Transactional
  public List<OrgChangeView> apply(OrgChangeBatch batch, Actor actor, Locale locale) {
    List<Long> ids = new Run(actor).all(batch.changes(), null);
    Map<Long, Integer> order = new HashMap<>();
    ids.forEach(id -> order.put(id, order.size()));
    List<OrganisationChange> recorded =
        em()
            .createQuery(
                "select distinct c from OrganisationChange c left join fetch c.units cu"
                    + " left join fetch cu.unit where c.id in :ids",
                OrganisationChange.class)
            .setParameter("ids", ids)
            .getResultList()
            .stream()
            .sorted(java.util.Comparator.comparingInt(c -> order.get(c.id)))
            .toList();
    changed.fire(new OrganisationChanged(ids.get(ids.size() - 1), unitIds(recorded)));
    return views(recorded, actor, locale);
  }

  private OrgChangePreview previewOne(OrgChangeInput input, Map<String, Long> opened, Known known) {
    ChangeCheck.Checked checked = check.check(input, opened, known == null ? null : known.sameDay);
    List<Long> closing = ids(checked.predecessors());
    List<PlanRole> plans = new ArrayList<>();
    Unit heir = checked.heir();
    for (Plan plan : known == null ? plansOf(closing) : known.plansOf(closing)) {
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
        known != null
            ? known.blocksNaming(closing)
            : count(
                "select count(distinct b.id) from AssignmentBlock b left join b.parties p"
                    + " where b.lead.id in :ids or b.guidance.id in :ids or p.unit.id in :ids",
                closing),
        known != null
            ? known.groupsOf(closing).size()
            : count(
                "select count(distinct g.id) from UnitGroup g join g.members m where m.id in :ids",
                closing),
        plans,
        known != null
            ? known.openReports(closing, input.effectiveDate())
            : closing.isEmpty()
                ? 0
                : em().createQuery(
                        "select count(r) from UnitReport r where r.unit.id in :ids"
                            + " and r.period.dueDate >= :day and r.status in :editable",
                        Long.class)
                    .setParameter("ids", closing)
                    .setParameter("day", input.effectiveDate())
                    .setParameter("editable", List.of(ReportStatus.DRAFT, ReportStatus.RETURNED))
                    .getSingleResult(),
        (known != null ? known.usersOf(closing) : usersOf(closing))
            .stream().map(u -> u.username).sorted().toList(),
        known != null
            ? known.tokens(closing)
            : count(
                "select count(distinct t.id) from ApiToken t join t.units u where u.id in :ids",
                closing),
        shares.preview(checked.predecessors(), checked.successors(), checked.shares()));
  }

  /**
   * Records the changes of one request in order. Changes that share no unit with an earlier one of
   * the request (as in a national merge, where each commune closes once) are recorded without a
   * flush in between and their reports pass together at the end, so the statements do not grow with
   * the reports, entries and memberships they move; a change that builds on an earlier one first
   * sees everything before it written.
   */
  private final class Run {
    private final Actor actor;
    private final Map<String, Long> opened = new HashMap<>();
    private final Set<Long> touched = new java.util.HashSet<>();
    private final List<OrganisationChange> pendingChanges = new ArrayList<>();
    private final List<ReportTransfer.Passage> pending = new ArrayList<>();

    Run(Actor actor) {
      this.actor = actor;
    }

    /** Records the changes, with their previews (seen before each) when asked; their ids. */
    List<Long> all(List<OrgChangeInput> inputs, List<OrgChangePreview> previews) {
      org.hibernate.Session session = em().unwrap(org.hibernate.Session.class);
      org.hibernate.FlushMode mode = session.getHibernateFlushMode();
      List<Long> named = allIds(inputs);
      lockUnits(named);
      units.listByIds(named);
      Set<LocalDate> days = new java.util.HashSet<>();
      inputs.forEach(i -> days.add(i.effectiveDate()));
      Known known = new Known(named, days, previews != null);
      List<Long> ids = new ArrayList<>();
      // A preview writes a change only once a later one builds on it: what is written is rolled
      // back, and a national merge, where no change builds on another, writes nothing.
      List<OrgChangeInput> unwritten = new ArrayList<>();
      try {
        session.setHibernateFlushMode(org.hibernate.FlushMode.COMMIT);
        for (OrgChangeInput input : inputs) {
          // A change that builds on an earlier one reads what that one wrote.
          Known now = known;
          if (buildsOnEarlier(input)) {
            unwritten.forEach(earlier -> record(earlier, known));
            unwritten.clear();
            settle();
            now = null;
          }
          if (previews == null) {
            ids.add(record(input, now));
            continue;
          }
          previews.add(previewOne(input, opened, now));
          if (now == null) {
            record(input, null);
          } else {
            unwritten.add(input);
            touched.addAll(allIds(List.of(input)));
          }
        }
        settle();
      } finally {
        session.setHibernateFlushMode(mode);
      }
      return ids;
    }

    /** Whether the change names a unit an earlier change of the request closed, opened or took. */
    private boolean buildsOnEarlier(OrgChangeInput input) {
      boolean refs =
          (input.predecessorRefs() != null && !input.predecessorRefs().isEmpty())
              || (input.successorRefs() != null && !input.successorRefs().isEmpty())
              || (input.newUnits() != null
                  && input.newUnits().stream().anyMatch(u -> u.parentRef() != null));
      return refs || allIds(List.of(input)).stream().anyMatch(touched::contains);
    }

    /** Passes the reports of the changes recorded so far and writes everything. */
    private void settle() {
      if (!pending.isEmpty()) {
        reports.passAll(pending, this::recordPassed);
        pending.clear();
        pendingChanges.clear();
      }
      units.flush();
    }

    /** The reports each pending change passed, among its moves. */
    private void recordPassed(List<List<ReportTransfer.Passed>> passed) {
      for (int i = 0; i < pending.size(); i++) {
        OrganisationChange change = pendingChanges.get(i);
        int ordinal = change.moves.size();
        for (ReportTransfer.Passed report : passed.get(i)) {
          // An untouched draft joined into another leaves nothing to give back.
          if (report.whole() || report.written()) {
            change.moves.add(
                new Move(
                    ++ordinal,
                    report.whole() ? MoveKind.REPORT : MoveKind.REPORT_JOINED,
                    report.reportId(),
                    report.fromUnitId(),
                    pending.get(i).heir().id));
          }
        }
      }
    }

    private long record(OrgChangeInput input, Known known) {
      OrganisationChange change = applyOne(input, actor, opened, known);
      change.units.forEach(u -> touched.add(u.unit.id));
      Unit heir =
          change.units.stream()
              .filter(u -> u.side == Side.SUCCESSOR)
              .findFirst()
              .map(u -> u.unit)
              .orElse(null);
      List<Unit> closing = change.predecessors();
      if (heir != null && !closing.isEmpty()) {
        pending.add(
            new ReportTransfer.Passage(closing, heir, input.effectiveDate(), because(change)));
        pendingChanges.add(change);
      }
      return change.id;
    }
  }

  /**
   * What the database says about the units a request names, read in a few statements before any
   * change is recorded: for a change none of whose units an earlier change of the request touched,
   * it is what reading now would say.
   */
  private final class Known {
    private final List<Plan> plans;
    private final List<UnitGroup> groups;
    private final Map<Long, Set<UnitGroup>> groupsByMember = new HashMap<>();
    private final List<User> users;
    final List<Object[]> sameDay;
    private final Map<Long, Set<Long>> blocks = new HashMap<>();
    private final Map<Long, List<LocalDate>> openReports = new HashMap<>();
    private final Map<Long, Set<Long>> tokens = new HashMap<>();

    Known(List<Long> ids, Set<LocalDate> days, boolean forPreview) {
      plans = OrgChangeService.this.plansOf(ids);
      groups = OrgChangeService.this.groupsOf(ids);
      groups.forEach(
          g ->
              g.members.forEach(
                  m ->
                      groupsByMember.computeIfAbsent(m.id, k -> new java.util.HashSet<>()).add(g)));
      users = OrgChangeService.this.usersOf(ids);
      sameDay = check.sameDayRows(days, new java.util.HashSet<>(ids));
      if (!forPreview || ids.isEmpty()) {
        return;
      }
      em().createQuery(
              "select b.id, b.lead.id, b.guidance.id, p.unit.id from AssignmentBlock b"
                  + " left join b.parties p where b.lead.id in :ids or b.guidance.id in :ids"
                  + " or p.unit.id in :ids",
              Object[].class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(
              row -> {
                for (int i = 1; i <= 3; i++) {
                  if (row[i] != null) {
                    blocks
                        .computeIfAbsent((Long) row[i], k -> new java.util.HashSet<>())
                        .add((Long) row[0]);
                  }
                }
              });
      LocalDate earliest = days.stream().min(LocalDate::compareTo).orElseThrow();
      em().createQuery(
              "select r.unit.id, r.period.dueDate from UnitReport r where r.unit.id in :ids"
                  + " and r.period.dueDate >= :day and r.status in :editable",
              Object[].class)
          .setParameter("ids", ids)
          .setParameter("day", earliest)
          .setParameter("editable", List.of(ReportStatus.DRAFT, ReportStatus.RETURNED))
          .getResultList()
          .forEach(
              row ->
                  openReports
                      .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                      .add((LocalDate) row[1]));
      em().createQuery(
              "select u.id, t.id from ApiToken t join t.units u where u.id in :ids", Object[].class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(
              row ->
                  tokens
                      .computeIfAbsent((Long) row[0], k -> new java.util.HashSet<>())
                      .add((Long) row[1]));
    }

    List<Plan> plansOf(List<Long> closing) {
      return plans.stream()
          .filter(
              p ->
                  (p.coordinator != null && closing.contains(p.coordinator.id))
                      || (p.issuer != null && closing.contains(p.issuer.id)))
          .toList();
    }

    List<UnitGroup> groupsOf(List<Long> closing) {
      Set<UnitGroup> found = new java.util.HashSet<>();
      closing.forEach(id -> found.addAll(groupsByMember.getOrDefault(id, Set.of())));
      return groups.stream().filter(found::contains).toList();
    }

    List<User> usersOf(List<Long> closing) {
      return users.stream()
          .filter(u -> u.units.stream().anyMatch(x -> closing.contains(x.id)))
          .toList();
    }

    long blocksNaming(List<Long> closing) {
      return distinct(blocks, closing);
    }

    long tokens(List<Long> closing) {
      return distinct(tokens, closing);
    }

    long openReports(List<Long> closing, LocalDate day) {
      return closing.stream()
          .flatMap(id -> openReports.getOrDefault(id, List.of()).stream())
          .filter(due -> !due.isBefore(day))
          .count();
    }

    private static long distinct(Map<Long, Set<Long>> byUnit, List<Long> closing) {
      Set<Long> all = new java.util.HashSet<>();
      closing.forEach(id -> all.addAll(byUnit.getOrDefault(id, Set.of())));
      return all.size();
    }
  }

  /** The units the changes closed, opened or passed duties to. */
  private static Set<Long> unitIds(List<OrganisationChange> changes) {
    Set<Long> ids = new java.util.HashSet<>();
    changes.forEach(c -> c.units.forEach(u -> ids.add(u.unit.id)));
    return ids;
  }

  private static List<Long> allIds(List<OrgChangeInput> inputs) {
    Set<Long> ids = new LinkedHashSet<>();
    for (OrgChangeInput input : inputs) {
      if (input.predecessorIds() != null) {
        ids.addAll(input.predecessorIds());
      }
      if (input.successorIds() != null) {
        ids.addAll(input.successorIds());
      }
    }
    return List.copyOf(ids);
  }

  /** Records one change; the units it opens join {@code opened} under their refs. */
  private OrganisationChange applyOne(
      OrgChangeInput input, Actor actor, Map<String, Long> opened, Known known) {
    ChangeCheck.Checked checked = check.check(input, opened, known == null ? null : known.sameDay);
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
      units.persist(unit);
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
    passDuties(change, checked, passesCoordination(input), known);
    change.persist();
    return change;
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
    Map<Long, Unit> reportsBack = new HashMap<>();
    for (Move move : moves) {
      Unit from = units.get(move.fromUnitId);
      if (move.what == MoveKind.REPORT) {
        reportsBack.put(move.objectId, from);
      } else if (move.what == MoveKind.REPORT_JOINED) {
        // Refused above: what was written in it now reads inside the successor's report.
        continue;
      } else if (move.what == MoveKind.PLAN_COORDINATOR) {
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
    Set<String> notes = new java.util.HashSet<>();
    change.predecessors().forEach(p -> notes.add(ReportTransfer.note(p, because(change))));
    reports.giveBack(reportsBack, notes);
    List<Unit> opened = change.units.stream().filter(u -> u.opened).map(u -> u.unit).toList();
    Set<Long> unitIds = unitIds(List.of(change));
    for (ChangedUnit side : change.units) {
      if (side.side == Side.PREDECESSOR) {
        side.unit.setValidity(side.unit.validFrom, null);
      }
    }
    change.delete();
    units.flush();
    // Reports the opened units were given (untouched drafts only, or undoing was refused) go
    // before the units do.
    changed.fire(new OrganisationChanged(id, unitIds));
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
        Page.of(views(found, actor, locale), page, OrganisationChange.count());
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
    return views(List.of(find(id)), actor, locale).get(0);
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

  private void passDuties(
      OrganisationChange change, ChangeCheck.Checked checked, boolean plans, Known known) {
    Unit heir = checked.heir();
    List<Long> closing = ids(checked.predecessors());
    if (heir == null || closing.isEmpty()) {
      return;
    }
    int ordinal = 0;
    if (plans) {
      for (Plan plan : known == null ? plansOf(closing) : known.plansOf(closing)) {
        if (plan.coordinator != null && closing.contains(plan.coordinator.id)) {
          change.moves.add(
              new Move(
                  ++ordinal, MoveKind.PLAN_COORDINATOR, plan.id, plan.coordinator.id, heir.id));
          plan.coordinator = heir;
        }
      }
    }
    List<Unit> successors = checked.successors();
    for (UnitGroup group : known == null ? groupsOf(closing) : known.groupsOf(closing)) {
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
    for (User user : known == null ? usersOf(closing) : known.usersOf(closing)) {
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
  private void lockUnits(List<Long> ids) {
    if (!ids.isEmpty()) {
      // MariaDB refuses Hibernate's "for update of": lock the rows natively, in id order.
      em().createNativeQuery("select id from unit where id in (:ids) order by id for update")
          .setParameter("ids", ids)
          .getResultList();
    }
  }

  /** The changes as the API shows them; whether each can be undone in two statements for all. */
  private List<OrgChangeView> views(List<OrganisationChange> changes, Actor actor, Locale locale) {
    Map<Long, String> refusals = check.undoRefusals(changes);
    return changes.stream().map(c -> view(c, refusals.get(c.id), actor, locale)).toList();
  }

  private OrgChangeView view(
      OrganisationChange change, String refusal, Actor actor, Locale locale) {
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
