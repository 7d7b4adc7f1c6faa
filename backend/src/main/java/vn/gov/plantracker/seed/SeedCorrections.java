package vn.gov.plantracker.seed;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.envers.AuditReaderFactory;
import org.jboss.logging.Logger;
import vn.gov.plantracker.audit.Revision;
import vn.gov.plantracker.seed.SeedFile.CorrectedName;
import vn.gov.plantracker.seed.SeedFile.SeedCorrection;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitRepository;

/**
 * Sets right what the seed first recorded wrongly. Each correction is one revision, by the system,
 * carrying its reason, so a unit's history shows what was written before and why it changed; the
 * unit keeps its identity and dates, unlike a rename. A unit already bearing the right name is left
 * alone, so a correction is made once.
 */
@ApplicationScoped
public class SeedCorrections {

  private static final Logger LOG = Logger.getLogger(SeedCorrections.class);

  private final UnitRepository units;

  SeedCorrections(UnitRepository units) {
    this.units = units;
  }

  /** Makes the corrections not made yet; returns how many units it corrected. */
  public int apply(List<SeedCorrection> corrections) {
    int made = 0;
    for (SeedCorrection correction :
        corrections == null ? List.<SeedCorrection>of() : corrections) {
      made += QuarkusTransaction.requiringNew().call(() -> make(correction));
    }
    return made;
  }

  private int make(SeedCorrection correction) {
    int made = 0;
    // One statement for the correction's units, however many it names.
    Map<String, Unit> byKey = new HashMap<>();
    units
        .list("key in ?1", correction.units().stream().map(CorrectedName::key).toList())
        .forEach(u -> byKey.put(u.key, u));
    for (CorrectedName right : correction.units()) {
      Unit unit = byKey.get(right.key());
      if (unit != null
          && !(unit.name.equals(right.name())
              && Objects.equals(unit.shortName, right.shortName()))) {
        unit.name = right.name();
        unit.shortName = right.shortName();
        made++;
      }
    }
    if (made > 0) {
      units.flush();
      Revision revision =
          AuditReaderFactory.get(units.getEntityManager()).getCurrentRevision(Revision.class, true);
      revision.note = correction.reason();
      LOG.infof("Corrected %d seeded unit names: %s", made, correction.reason());
    }
    return made;
  }
}
