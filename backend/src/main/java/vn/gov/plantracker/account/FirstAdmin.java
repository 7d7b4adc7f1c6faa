package vn.gov.plantracker.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.gov.plantracker.auth.Secrets;
import vn.gov.plantracker.auth.SecurityConfig;
import vn.gov.plantracker.common.db.StartupLock;

/**
 * Creates the first administrator when nobody can sign in yet: with the password from
 * PLANTRACKER_SECURITY_ADMIN_PASSWORD, or a generated one printed once in the log.
 */
@ApplicationScoped
public class FirstAdmin {

  private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

  private final SecurityConfig.Admin config;
  private final StartupLock lock;

  FirstAdmin(SecurityConfig config, StartupLock lock) {
    this.config = config.admin();
    this.lock = lock;
  }

  void onStart(@Observes StartupEvent event) {
    lock.run(() -> QuarkusTransaction.requiringNew().call(this::createIfNobody));
  }

  private boolean createIfNobody() {
    if (User.count() > 0) {
      return false;
    }
    String password = config.password().filter(p -> !p.isBlank()).orElse(null);
    boolean generated = password == null;
    if (generated) {
      password = Secrets.generate().substring(0, 20);
    }
    User admin = new User();
    admin.username = config.username().toLowerCase(java.util.Locale.ROOT);
    admin.displayName = "Quản trị hệ thống";
    admin.passwordHash = BcryptUtil.bcryptHash(password);
    admin.role = AccountRole.ADMIN.name();
    admin.persist();
    if (generated) {
      LOG.warnf(
          "First administrator '%s' created with the password %s%n"
              + "This is the only time it is shown: sign in and change it.",
          admin.username, password);
    } else {
      LOG.infof("First administrator '%s' created from configuration", admin.username);
    }
    return true;
  }
}
