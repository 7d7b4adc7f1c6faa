package vn.gov.plantracker.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.gov.plantracker.unit.Unit;
import vn.gov.plantracker.unit.UnitRepository;

/**
 * Demo accounts for trying the product: a commune, an office, the coordinator and a leader. Only
 * the run command's embedded demo switches them on (plantracker.demo.enabled); production never.
 */
@ApplicationScoped
public class DemoAccounts {

  private static final Logger LOG = Logger.getLogger(DemoAccounts.class);

  private final UnitRepository units;
  private final boolean enabled;
  private final Optional<String> password;

  DemoAccounts(
      UnitRepository units,
      @ConfigProperty(name = "plantracker.demo.enabled", defaultValue = "false") boolean enabled,
      @ConfigProperty(name = "plantracker.demo.password") Optional<String> password) {
    this.units = units;
    this.enabled = enabled;
    this.password = password;
  }

  /** After the seed (default priority), which creates the units these accounts belong to. */
  @Transactional
  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event) {
    if (!enabled || password.isEmpty()) {
      return;
    }
    create("xa.boy", "Cán bộ UBND xã Pờ Y", AccountRole.UNIT_OFFICER, "xa-bo-y");
    create("phong.gddt", "Chuyên viên Phòng GD&ĐT", AccountRole.UNIT_OFFICER, "phong-gddt");
    create("phong.ldtbxh", "Chuyên viên Phòng LĐTBXH", AccountRole.COORDINATOR, "phong-ldtbxh");
    create("lanh.dao", "Lãnh đạo UBND huyện", AccountRole.LEADER, "ubnd-huyen-ngoc-hoi");
  }

  private void create(String username, String displayName, AccountRole role, String unitKey) {
    if (User.count("username", username) > 0) {
      return;
    }
    Unit unit = units.findByKey(unitKey).orElse(null);
    if (unit == null) {
      LOG.warnf("Demo account %s skipped: unit %s is missing", username, unitKey);
      return;
    }
    User user = new User();
    user.username = username;
    user.displayName = displayName;
    user.passwordHash = BcryptUtil.bcryptHash(password.get());
    user.role = role.name();
    user.units.add(unit);
    user.persist();
    LOG.infof("Demo account %s (%s, %s) created", username, role, unit.name);
  }
}
