package vn.gov.plantracker.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.gov.plantracker.auth.Secrets;
import vn.gov.plantracker.auth.SecurityConfig;

/**
 * Creates the first administrator when nobody can sign in yet: with the password from
 * PLANTRACKER_SECURITY_ADMIN_PASSWORD, or a generated one printed once in the log.
 */
@ApplicationScoped
public class FirstAdmin {

  private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

  private final SecurityConfig.Admin config;

  FirstAdmin(SecurityConfig config) {
    this.config = config.admin();
  }

  @Transactional
  void onStart(@Observes StartupEvent event) {
    if (User.count() > 0) {
      return;
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
  }
}
