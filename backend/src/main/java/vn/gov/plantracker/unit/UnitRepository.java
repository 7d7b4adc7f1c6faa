package vn.gov.plantracker.unit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.common.text.SearchText;

/** Queries on units and their groups. */
@ApplicationScoped
public class UnitRepository implements PanacheRepository<Unit> {

  public Unit get(Long id) {
    return findByIdOptional(id).orElseThrow(() -> ApiException.notFound("entity.unit", id));
  }

  public List<Unit> listByIds(java.util.Collection<Long> ids) {
    return ids.isEmpty() ? List.of() : list("id in ?1", ids);
  }

  public Optional<Unit> findByKey(String key) {
    return find("key", key).firstResultOptional();
  }

  /** All units in tree order (parents before children); the tree is small. */
  public List<Unit> listAllByPath() {
    return list("order by level, name, id");
  }

  public List<Unit> search(UnitKind kind, String query, PageRequest page) {
    return find(where(kind, query) + " order by name, id", params(kind, query))
        .page(page.page(), page.size())
        .list();
  }

  public long countSearch(UnitKind kind, String query) {
    return count(where(kind, query), params(kind, query));
  }

  public boolean hasChildren(Unit unit) {
    return count("parent", unit) > 0;
  }

  public List<UnitGroup> listGroups() {
    return getEntityManager()
        .createQuery(
            "select distinct g from UnitGroup g left join fetch g.members order by g.id",
            UnitGroup.class)
        .getResultList();
  }

  public Optional<UnitGroup> findGroupByCode(String code) {
    return getEntityManager()
        .createQuery("from UnitGroup where code = :code", UnitGroup.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public UnitGroup getGroup(Long id) {
    UnitGroup group = getEntityManager().find(UnitGroup.class, id);
    if (group == null) {
      throw ApiException.notFound("entity.unitGroup", id);
    }
    return group;
  }

  /** Rewrites the paths of a moved unit's descendants. */
  public void moveDescendants(String oldPath, String newPath, int levelDelta) {
    update(
        "path = concat(:newPath, substring(path, :cut)), level = level + :delta"
            + " where path like :old",
        Parameters.with("newPath", newPath)
            .and("cut", oldPath.length() + 1)
            .and("delta", levelDelta)
            .and("old", oldPath + "%"));
  }

  public void leaveGroups(Unit unit) {
    getEntityManager()
        .createNativeQuery("delete from unit_group_member where unit_id = :unit")
        .setParameter("unit", unit.id)
        .executeUpdate();
  }

  /** Ids of the groups the unit belongs to. */
  /** For each unit that took over others in an organisation change, their names. */
  public Map<Long, List<String>> formerNames() {
    Map<Long, List<String>> names = new HashMap<>();
    getEntityManager()
        .createQuery(
            "select s.unit.id, p.unit.name from OrganisationChange c join c.units s"
                + " join c.units p where s.side = :successor and p.side = :predecessor"
                + " order by c.effectiveDate, p.ordinal",
            Object[].class)
        .setParameter("successor", OrganisationChange.Side.SUCCESSOR)
        .setParameter("predecessor", OrganisationChange.Side.PREDECESSOR)
        .getResultList()
        .forEach(
            row ->
                names.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]));
    return names;
  }

  /** The groups each of the units is a member of, in one statement. */
  public Map<Long, List<Long>> groupIdsOf(Collection<Long> unitIds) {
    Map<Long, List<Long>> groups = new HashMap<>();
    unitIds.forEach(id -> groups.put(id, new ArrayList<>()));
    getEntityManager()
        .createQuery(
            "select m.id, g.id from UnitGroup g join g.members m where m.id in :units",
            Object[].class)
        .setParameter("units", unitIds)
        .getResultList()
        .forEach(row -> groups.get((Long) row[0]).add((Long) row[1]));
    return groups;
  }

  public List<Long> groupIdsOf(Long unitId) {
    return getEntityManager()
        .createQuery("select g.id from UnitGroup g join g.members m where m.id = :unit", Long.class)
        .setParameter("unit", unitId)
        .getResultList();
  }

  private static String where(UnitKind kind, String query) {
    String where = "1 = 1";
    if (kind != null) {
      where += " and kind = :kind";
    }
    if (query != null && !query.isBlank()) {
      where += " and searchText like :q";
    }
    return where;
  }

  private static Parameters params(UnitKind kind, String query) {
    Parameters params = new Parameters();
    if (kind != null) {
      params.and("kind", kind);
    }
    if (query != null && !query.isBlank()) {
      params.and("q", "%" + SearchText.fold(query) + "%");
    }
    return params;
  }
}
