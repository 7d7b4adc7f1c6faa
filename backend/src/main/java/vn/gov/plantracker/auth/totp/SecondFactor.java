package vn.gov.plantracker.auth.totp;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.OptionalLong;
import org.jboss.logging.Logger;
import vn.gov.plantracker.account.AccountRole;
import vn.gov.plantracker.account.User;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.error.ErrorCode;

/** Checks second-factor codes: each time step signs in once, whoever tries it first. */
@ApplicationScoped
public class SecondFactor {

  private static final Logger LOG = Logger.getLogger(SecondFactor.class);

  private final SecretBox box;

  SecondFactor(SecretBox box) {
    this.box = box;
  }

  /** Who may set up a second factor: the accounts that change plans and users. */
  public static boolean mayEnrol(AccountRole role) {
    return role == AccountRole.ADMIN || role == AccountRole.COORDINATOR;
  }

  /** Whether this is the user's current code, never used before; if so its step is now used. */
  public boolean accept(User user, String code) {
    OptionalLong step = TotpCodes.matchingStep(secretOf(user), code, Instant.now());
    // Only one of two sign-ins with the same code moves the step on: the other matches no row.
    return step.isPresent()
        && User.update(
                "totpLastStep = ?1 where id = ?2 and totpEnabledAt is not null"
                    + " and (totpLastStep is null or totpLastStep < ?1)",
                step.getAsLong(),
                user.id)
            == 1;
  }

  /**
   * The user's secret in clear; 503 when the key is missing or is not the one it was sealed with.
   */
  byte[] secretOf(User user) {
    try {
      return box.open(user.totpSecret, context(user.id));
    } catch (IllegalStateException | IllegalArgumentException e) {
      LOG.errorf(
          "The second factor of user %d cannot be opened: is plantracker.security.secret-key the"
              + " key it was set up with?",
          user.id);
      throw new ApiException(ErrorCode.SECOND_FACTOR_UNAVAILABLE);
    }
  }

  String seal(User user, byte[] secret) {
    return box.seal(secret, context(user.id));
  }

  boolean available() {
    return box.available();
  }

  private static String context(long userId) {
    return "totp:" + userId;
  }
}
