package vn.gov.plantracker.target;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.gov.plantracker.common.error.ApiException;

/** Queries on targets. */
@ApplicationScoped
public class TargetRepository implements PanacheRepository<Target> {

  public Target get(Long id) {
    return findByIdOptional(id).orElseThrow(() -> ApiException.notFound("entity.target", id));
  }

  public List<Target> listByPlan(Long planId) {
    return list("plan.id = ?1 order by ordinal, id", planId);
  }

  public int nextOrdinal(Long planId) {
    Integer max =
        getEntityManager()
            .createQuery("select max(ordinal) from Target where plan.id = :plan", Integer.class)
            .setParameter("plan", planId)
            .getSingleResult();
    return max == null ? 1 : max + 1;
  }

  /** The target's indicator has figures, which are kept. */
  public boolean hasFigures(Target target) {
    return getEntityManager()
            .createQuery(
                "select count(v) from IndicatorValue v where v.indicator.target = :target",
                Long.class)
            .setParameter("target", target)
            .getSingleResult()
        > 0;
  }

  /** Deletes the target with its indicator, which has no figures. */
  public void deleteWithIndicator(Target target) {
    var entityManager = getEntityManager();
    entityManager
        .createQuery("from Indicator where target = :target", Object.class)
        .setParameter("target", target)
        .getResultList()
        .forEach(entityManager::remove);
    entityManager.flush();
    delete(target);
  }
}
