package vn.gov.plantracker.auth.totp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import vn.gov.plantracker.account.User;
import vn.gov.plantracker.account.UserRepository;
import vn.gov.plantracker.auth.Actor;
import vn.gov.plantracker.auth.ClientInfo;
import vn.gov.plantracker.auth.SecurityConfig;
import vn.gov.plantracker.auth.SecurityEventKind;
import vn.gov.plantracker.auth.SecurityEventLog;
import vn.gov.plantracker.auth.SessionService;
import vn.gov.plantracker.auth.totp.SecondFactorDtos.TotpEnrolment;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.error.ErrorCode;

/**
 * Sets up, confirms and removes second factors. The columns change through update queries, so none
 * of this counts as an edit of the user (no version change, no audit entry).
 */
@ApplicationScoped
public class SecondFactorService {

  private final UserRepository users;
  private final SecondFactor factor;
  private final SessionService sessions;
  private final SecurityEventLog events;
  private final String issuer;

  SecondFactorService(
      UserRepository users,
      SecondFactor factor,
      SessionService sessions,
      SecurityEventLog events,
      SecurityConfig config) {
    this.users = users;
    this.factor = factor;
    this.sessions = sessions;
    this.events = events;
    this.issuer = config.totpIssuer();
  }

  /** A new secret, pending until confirmed; starting again replaces a pending one. */
  @Transactional
  public TotpEnrolment start(Actor actor) {
    User user = enrollable(actor);
    if (!factor.available()) {
      throw new ApiException(ErrorCode.SECOND_FACTOR_UNAVAILABLE);
    }
    if (user.totpEnabled()) {
      throw ApiException.conflict("rule.totp.alreadyOn");
    }
    byte[] secret = TotpCodes.newSecret();
    User.update(
        "totpSecret = ?1, totpEnabledAt = null, totpLastStep = null where id = ?2",
        factor.seal(user, secret),
        user.id);
    String uri = TotpCodes.otpauthUri(issuer, user.username, secret);
    return new TotpEnrolment(TotpCodes.base32(secret), uri, QrSvg.of(uri));
  }

  /** Turns the pending second factor on with a current code from the app. */
  @Transactional
  public void confirm(Actor actor, String code, ClientInfo client) {
    User user = enrollable(actor);
    if (user.totpSecret == null || user.totpEnabled()) {
      throw ApiException.conflict("rule.totp.notPending");
    }
    var step = TotpCodes.matchingStep(factor.secretOf(user), code, Instant.now());
    if (step.isEmpty()) {
      throw ApiException.invalid("code", "field.otp.wrong");
    }
    User.update(
        "totpEnabledAt = ?1, totpLastStep = ?2 where id = ?3 and totpEnabledAt is null",
        Instant.now().truncatedTo(ChronoUnit.MICROS),
        step.getAsLong(),
        user.id);
    events.record(SecurityEventKind.SECOND_FACTOR_ENABLED, user.username, user.id, client);
  }

  /** The user turns their second factor off, with a current code or their password. */
  @Transactional
  public void disable(Actor actor, String code, String password, ClientInfo client) {
    User user = users.get(actor.userId());
    if (user.totpSecret == null) {
      throw ApiException.conflict("rule.totp.notOn");
    }
    if (user.totpEnabled() && !isBlank(code)) {
      if (!factor.accept(user, code)) {
        throw ApiException.invalid("code", "field.otp.wrong");
      }
    } else if (!isBlank(password)) {
      if (sessions.checkPassword(user.username, password).isEmpty()) {
        throw ApiException.invalid("password", "field.password.wrong");
      }
    } else if (user.totpEnabled()) {
      throw ApiException.missing("code");
    }
    clear(user.id);
    events.record(SecurityEventKind.SECOND_FACTOR_DISABLED, user.username, user.id, client);
  }

  /** An administrator removes a user's second factor: the password alone signs in again. */
  @Transactional
  public void reset(long userId, Actor admin, ClientInfo client) {
    User user = users.get(userId);
    clear(user.id);
    events.record(SecurityEventKind.SECOND_FACTOR_RESET, user.username, admin.userId(), client);
  }

  private User enrollable(Actor actor) {
    User user = users.get(actor.userId());
    if (!SecondFactor.mayEnrol(user.accountRole())) {
      throw new ApiException(ErrorCode.SECOND_FACTOR_NOT_ALLOWED);
    }
    return user;
  }

  private static void clear(long userId) {
    User.update(
        "totpSecret = null, totpEnabledAt = null, totpLastStep = null where id = ?1", userId);
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
