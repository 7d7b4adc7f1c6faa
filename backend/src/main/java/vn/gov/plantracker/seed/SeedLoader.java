package vn.gov.plantracker.seed;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.gov.plantracker.common.db.StartupLock;
import vn.gov.plantracker.plan.PlanRepository;
import vn.gov.plantracker.seed.SeedFile.SeedGroup;
import vn.gov.plantracker.seed.SeedFile.SeedUnit;
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
  private final SeedCorrections corrections;
  private final StartupLock lock;
  private final boolean enabled;

  SeedLoader(
      ObjectMapper json,
      UnitRepository units,
      PlanRepository plans,
      SeedCorrections corrections,
      StartupLock lock,
      @ConfigProperty(name = "plantracker.seed.enabled", defaultValue = "true") boolean enabled) {
    this.json = json;
    this.units = units;
    this.plans = plans;
    this.corrections = corrections;
    this.lock = lock;
    this.enabled = enabled;
  }

  void onStart(@Observes StartupEvent event) {
    if (enabled) {
      SeedFile seed = read(SEED);
      lock.run(
          () -> {
            load(seed);
            return corrections.apply(seed.corrections());
          });
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
    new PlanWriter(plans, unitsByKey::get, groupsByCode::get).write(seed.plan());
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
}
