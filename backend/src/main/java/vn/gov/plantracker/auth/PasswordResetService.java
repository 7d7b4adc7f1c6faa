package vn.gov.plantracker.auth;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.gov.plantracker.account.PasswordPolicy;
import vn.gov.plantracker.account.User;
import vn.gov.plantracker.auth.PasswordResetDtos.PasswordResetRequested;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.error.ErrorCode;

/**
 * Resets forgotten passwords through a link mailed to the account's address. The answer to a
 * request never says whether the account exists; the link is stored and mailed after the answer, so
 * its timing does not say either.
 */
@ApplicationScoped
public class PasswordResetService {

  private static final Logger LOG = Logger.getLogger(PasswordResetService.class);
  private static final int MAX_LOGIN = 64;

  private final SecurityConfig.PasswordReset config;
  private final Optional<String> publicUrl;
  private final PasswordResetThrottle throttle;
  private final SecurityEventLog events;
  private final SessionService sessions;
  private final PasswordPolicy passwords;
  private final ReactiveMailer mailer;
  private final EntityManager entityManager;

  PasswordResetService(
      SecurityConfig config,
      @ConfigProperty(name = "plantracker.public-url") Optional<String> publicUrl,
      PasswordResetThrottle throttle,
      SecurityEventLog events,
      SessionService sessions,
      PasswordPolicy passwords,
      ReactiveMailer mailer,
      EntityManager entityManager) {
    this.config = config.passwordReset();
    this.publicUrl = publicUrl.map(String::strip).filter(url -> !url.isEmpty());
    this.throttle = throttle;
    this.events = events;
    this.sessions = sessions;
    this.passwords = passwords;
    this.mailer = mailer;
    this.entityManager = entityManager;
  }

  /** Whether links are mailed: switched on, and a public address to link to. */
  public boolean enabled() {
    return config.email() && publicUrl.isPresent();
  }

  /**
   * Mails a link to each enabled account whose username or e-mail address this is and that has an
   * address, unless it had its hourly share of links already. Answers the same in every case, after
   * the same work: the links are stored and mailed after the answer.
   */
  public PasswordResetRequested request(String login, ClientInfo client) {
    requireEnabled();
    String typed = SessionService.normalise(login);
    typed = typed.length() <= MAX_LOGIN ? typed : typed.substring(0, MAX_LOGIN);
    Optional<Duration> wait = throttle.retryAfter(typed, client.ip());
    if (wait.isPresent()) {
      events.record(SecurityEventKind.PASSWORD_RESET_THROTTLED, typed, null, client);
      throw ApiException.throttled(ErrorCode.PASSWORD_RESET_THROTTLED, wait.get());
    }
    String key = SessionService.normalise(login);
    List<Long> userIds =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    User.<User>list(
                            "enabled = true and email is not null and (username = ?1 or email = ?1)",
                            key)
                        .stream()
                        .map(user -> user.id)
                        .toList());
    events.record(
        SecurityEventKind.PASSWORD_RESET_REQUESTED,
        typed,
        userIds.size() == 1 ? userIds.get(0) : null,
        client);
    if (!userIds.isEmpty()) {
      Infrastructure.getDefaultWorkerPool().execute(() -> issueAndSend(userIds, client));
    }
    return new PasswordResetRequested(config.linkLifetime().toMinutes());
  }

  private void issueAndSend(List<Long> userIds, ClientInfo client) {
    try {
      List<Mail> mails = QuarkusTransaction.requiringNew().call(() -> issue(userIds, client));
      mails.forEach(this::send);
    } catch (RuntimeException e) {
      LOG.warn("Password reset link not issued", e);
    }
  }

  private List<Mail> issue(List<Long> userIds, ClientInfo client) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    List<Mail> mails = new ArrayList<>();
    for (long userId : userIds) {
      // One request at a time per account, so the hourly share holds.
      entityManager
          .createNativeQuery("select id from app_user where id = ?1 for update")
          .setParameter(1, userId)
          .getResultList();
      User user = User.findById(userId);
      long lastHour =
          PasswordResetToken.count(
              "user.id = ?1 and createdAt > ?2", userId, now.minus(Duration.ofHours(1)));
      if (!user.enabled || user.email == null || lastHour >= config.mailsPerAccountPerHour()) {
        continue;
      }
      String secret = Secrets.generate();
      PasswordResetToken token = new PasswordResetToken();
      token.tokenHash = Secrets.hash(secret);
      token.user = user;
      token.createdAt = now;
      token.expiresAt = now.plus(config.linkLifetime());
      token.ip = client.ip();
      token.persist();
      mails.add(
          PasswordResetMail.compose(
              user.email,
              user.username,
              user.displayName,
              link(secret),
              config.linkLifetime().toMinutes()));
    }
    return mails;
  }

  private String link(String secret) {
    String base = publicUrl.orElseThrow();
    base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    return base + "/reset-password?token=" + secret;
  }

  private void send(Mail mail) {
    mailer
        .send(mail)
        .subscribe()
        .with(
            ok -> {},
            failure -> LOG.warnf("Password reset mail not sent: %s", failure.getMessage()));
  }

  /**
   * Sets the new password through a mailed link: the link and every other link of the user stop
   * working, and every session of the user ends.
   */
  @Transactional
  public void confirm(String secret, String newPassword, ClientInfo client) {
    requireEnabled();
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    PasswordResetToken token =
        PasswordResetToken.<PasswordResetToken>find(
                "select t from PasswordResetToken t join fetch t.user where t.tokenHash = ?1",
                Secrets.hash(secret))
            .singleResultOptional()
            .filter(t -> t.usedAt == null && t.user.enabled)
            .orElseThrow(() -> new ApiException(ErrorCode.RESET_TOKEN_INVALID));
    if (token.expiredAt(now)) {
      throw new ApiException(ErrorCode.RESET_TOKEN_EXPIRED);
    }
    User user = token.user;
    passwords.check("newPassword", newPassword, user.username, user.displayName);
    // Claimed by one request only, however many send the same link at once.
    if (PasswordResetToken.update("usedAt = ?1 where id = ?2 and usedAt is null", now, token.id)
        == 0) {
      throw new ApiException(ErrorCode.RESET_TOKEN_INVALID);
    }
    // Not a versioned change of the user (the hash is not audited): an administrator editing the
    // account meanwhile is not told of a conflict.
    User.update("passwordHash = ?1 where id = ?2", BcryptUtil.bcryptHash(newPassword), user.id);
    PasswordResetToken.update("usedAt = ?1 where user.id = ?2 and usedAt is null", now, user.id);
    sessions.endAllOf(user.id, null);
    events.record(SecurityEventKind.PASSWORD_RESET_COMPLETED, user.username, user.id, client);
  }

  private void requireEnabled() {
    if (!enabled()) {
      throw new ApiException(ErrorCode.PASSWORD_RESET_DISABLED);
    }
  }
}
