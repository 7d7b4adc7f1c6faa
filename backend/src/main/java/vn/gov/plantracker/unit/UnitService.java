package vn.gov.plantracker.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.common.text.VietnameseOrder;
import vn.gov.plantracker.unit.UnitDtos.UnitGroupInput;
import vn.gov.plantracker.unit.UnitDtos.UnitGroupView;
import vn.gov.plantracker.unit.UnitDtos.UnitInput;
import vn.gov.plantracker.unit.UnitDtos.UnitNode;
import vn.gov.plantracker.unit.UnitDtos.UnitRef;
import vn.gov.plantracker.unit.UnitDtos.UnitTree;
import vn.gov.plantracker.unit.UnitDtos.UnitView;

/** Reads and changes units; keeps the tree's paths right. */
@ApplicationScoped
public class UnitService {

  private final UnitRepository units;

  private final Event<GroupMembersChanged> membersChanged;

  UnitService(UnitRepository units, Event<GroupMembersChanged> membersChanged) {
    this.units = units;
    this.membersChanged = membersChanged;
  }

  @Transactional
  public Page<UnitView> list(UnitKind kind, String query, PageRequest page) {
    List<UnitView> items = units.search(kind, query, page).stream().map(UnitView::of).toList();
    return Page.of(items, page, units.countSearch(kind, query));
  }

  @Transactional
  public UnitView get(Long id) {
    return UnitView.of(units.get(id));
  }

  /**
   * The units existing on the day, as a tree; a unit whose parent had closed by then sits at the
   * top.
   */
  @Transactional
  public UnitTree tree(LocalDate day) {
    Comparator<String> order = VietnameseOrder.names();
    Map<Long, List<Unit>> childrenOf = new HashMap<>();
    List<Unit> roots = new ArrayList<>();
    List<Unit> living =
        units.listAllByPath().stream().filter(u -> Successions.existsOn(u, day)).toList();
    Set<Long> livingIds = new java.util.HashSet<>();
    living.forEach(u -> livingIds.add(u.id));
    for (Unit unit : living) {
      if (unit.parent == null || !livingIds.contains(unit.parent.id)) {
        roots.add(unit);
      } else {
        childrenOf.computeIfAbsent(unit.parent.id, k -> new ArrayList<>()).add(unit);
      }
    }
    List<UnitGroupView> groups = units.listGroups().stream().map(g -> groupView(g, order)).toList();
    return new UnitTree(nodes(roots, childrenOf, units.formerNames(), order), groups);
  }

  @Transactional
  public UnitGroupView group(Long id) {
    return groupView(units.getGroup(id), VietnameseOrder.names());
  }

  /** Renames a group and replaces its members (e.g. the coordinator's "related units"). */
  @Transactional
  public UnitGroupView updateGroup(Long id, UnitGroupInput input) {
    UnitGroup group = units.getGroup(id);
    ApiException.checkVersion(input.version(), group.version, "entity.unitGroup", id);
    Set<Long> wanted = new LinkedHashSet<>(input.memberIds());
    List<Unit> members = units.listByIds(wanted);
    if (members.size() != wanted.size()) {
      Long missing =
          wanted.stream()
              .filter(w -> members.stream().noneMatch(m -> m.id.equals(w)))
              .findFirst()
              .orElseThrow();
      throw ApiException.notFound("entity.unit", missing);
    }
    group.name = input.name().strip();
    boolean changed = !Set.copyOf(group.members).equals(Set.copyOf(members));
    group.members.clear();
    group.members.addAll(members);
    units.flush();
    if (changed) {
      membersChanged.fire(new GroupMembersChanged(group.id));
    }
    return groupView(group, VietnameseOrder.names());
  }

  @Transactional
  public UnitView create(UnitInput input) {
    Unit unit = new Unit();
    apply(unit, input);
    units.persistAndFlush(unit);
    unit.refreshPath();
    // The path needs the new id: flush it now so the version returned is the stored one.
    units.flush();
    return UnitView.of(unit);
  }

  @Transactional
  public UnitView update(Long id, UnitInput input) {
    Unit unit = units.get(id);
    ApiException.checkVersion(input.version(), unit.version, "entity.unit", id);
    String oldPath = unit.path;
    int oldLevel = unit.level;
    apply(unit, input);
    unit.refreshPath();
    units.flush();
    if (!oldPath.equals(unit.path)) {
      units.moveDescendants(oldPath, unit.path, unit.level - oldLevel);
    }
    return UnitView.of(unit);
  }

  @Transactional
  public void delete(Long id, Long version) {
    Unit unit = units.get(id);
    ApiException.checkVersion(version, unit.version, "entity.unit", id);
    if (units.hasChildren(unit)) {
      throw ApiException.conflict("rule.unit.hasChildren", unit.name);
    }
    units.leaveGroups(unit);
    units.delete(unit);
    // Flush here so a unit still named by a plan or an assignment fails as a 409 now.
    units.flush();
  }

  private void apply(Unit unit, UnitInput input) {
    unit.name = input.name().strip();
    unit.shortName = input.shortName() == null ? null : input.shortName().strip();
    unit.kind = input.kind();
    unit.officialCode = input.officialCode();
    unit.setValidity(input.validFrom(), input.validTo());
    unit.moveUnder(input.parentId() == null ? null : units.get(input.parentId()));
  }

  private static UnitGroupView groupView(UnitGroup group, Comparator<String> order) {
    return new UnitGroupView(
        group.id,
        group.code,
        group.name,
        group.selection,
        group.members.stream()
            .sorted(Comparator.comparing((Unit u) -> u.name, order))
            .map(UnitRef::of)
            .toList(),
        group.version);
  }

  private static List<UnitNode> nodes(
      List<Unit> level,
      Map<Long, List<Unit>> childrenOf,
      Map<Long, List<String>> formerly,
      Comparator<String> order) {
    return level.stream()
        .sorted(Comparator.comparing((Unit u) -> u.kind).thenComparing(u -> u.name, order))
        .map(
            u ->
                new UnitNode(
                    u.id,
                    u.name,
                    u.shortName,
                    u.kind,
                    u.officialCode,
                    u.validFrom,
                    u.validTo,
                    // A unit that only moved took over a unit of its own name.
                    formerly.getOrDefault(u.id, List.of()).stream()
                        .filter(name -> !name.equals(u.name))
                        .toList(),
                    nodes(childrenOf.getOrDefault(u.id, List.of()), childrenOf, formerly, order)))
        .toList();
  }
}
