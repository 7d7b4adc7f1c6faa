package vn.gov.plantracker.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.gov.plantracker.account.User;
import vn.gov.plantracker.account.UserDtos.CurrentUser;
import vn.gov.plantracker.account.UserRepository;
import vn.gov.plantracker.auth.SessionDtos.SessionView;
import vn.gov.plantracker.auth.totp.SecondFactor;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.error.ErrorCode;

/** Signs users in and out of the dashboard and recognises their sessions. */
@ApplicationScoped
public class SessionService {

  /** Last-seen times are written at most this often, not on every request. */
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private final IdentityProviderManager identities;
  private final UserRepository users;
  private final LoginThrottle throttle;
  private final SecurityEventLog events;
  private final SecurityConfig.Session config;
  private final SecondFactor secondFactor;

  SessionService(
      IdentityProviderManager identities,
      UserRepository users,
      LoginThrottle throttle,
      SecurityEventLog events,
      SecurityConfig config,
      SecondFactor secondFactor) {
    this.identities = identities;
    this.users = users;
    this.throttle = throttle;
    this.events = events;
    this.config = config.session();
    this.secondFactor = secondFactor;
  }

  /** A session just opened: the secret goes into the cookie and is never stored. */
  public record Opened(String secret, SessionView view) {}

  @Transactional
  public Opened login(String username, String password, String otp, ClientInfo client) {
    String name = normalise(username);
    Optional<Duration> wait = throttle.retryAfter(name, client.ip());
    if (wait.isPresent()) {
      events.record(SecurityEventKind.LOGIN_THROTTLED, name, null, client);
      throw ApiException.throttled(ErrorCode.LOGIN_THROTTLED, wait.get());
    }
    // Unknown usernames get no extra hashing: Quarkus Security already takes as long to refuse
    // them as a wrong password, and a second hash here made them 1.6 times slower to refuse
    // (bench/login-timing.sh), which told attackers which usernames exist.
    User user = checkPassword(name, password).filter(u -> u.enabled).orElse(null);
    if (user == null) {
      events.record(SecurityEventKind.LOGIN_FAILED, name, null, client);
      throw new ApiException(ErrorCode.LOGIN_FAILED);
    }
    if (user.totpEnabled()) {
      checkSecondFactor(user, otp, client);
    }
    return open(user, client, SecurityEventKind.LOGIN_SUCCEEDED);
  }

  /**
   * Opens a session for a user whose identity has been checked (by password or by the identity
   * provider) and records how they signed in.
   */
  @Transactional
  public Opened open(User user, ClientInfo client, SecurityEventKind how) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    // Not a versioned change of the user, and before the session row refers to the user: several
    // sign-ins of one account at once then wait for each other instead of conflicting.
    User.update("lastLoginAt = ?1 where id = ?2", now, user.id);
    String secret = Secrets.generate();
    UserSession session = new UserSession();
    session.tokenHash = Secrets.hash(secret);
    session.user = user;
    session.createdAt = now;
    session.lastSeenAt = now;
    session.expiresAt = now.plus(config.absoluteTimeout());
    session.ip = client.ip();
    session.userAgent = client.userAgent();
    session.persist();
    events.record(how, user.username, user.id, client);
    return new Opened(secret, view(session, secret));
  }

  /** A wrong or reused code is a failed sign-in, for the throttle too. */
  private void checkSecondFactor(User user, String otp, ClientInfo client) {
    if (otp == null || otp.isBlank()) {
      events.record(SecurityEventKind.OTP_REQUIRED, user.username, user.id, client);
      throw new ApiException(ErrorCode.OTP_REQUIRED);
    }
    if (!secondFactor.accept(user, otp)) {
      events.record(SecurityEventKind.OTP_FAILED, user.username, user.id, client);
      throw new ApiException(ErrorCode.OTP_INVALID);
    }
  }

  /** Whether this is the user's password, checked by Quarkus Security against the bcrypt hash. */
  public Optional<User> checkPassword(String username, String password) {
    try {
      identities.authenticateBlocking(
          new UsernamePasswordAuthenticationRequest(
              normalise(username), new PasswordCredential(password.toCharArray())));
    } catch (AuthenticationFailedException e) {
      return Optional.empty();
    }
    return users.findByUsername(normalise(username));
  }

  /** The actor behind a session cookie; fails when the session is unknown, ended or expired. */
  @Transactional
  public Actor authenticate(String secret, String csrfHeader, boolean unsafeMethod) {
    UserSession session =
        UserSession.<UserSession>find(
                "select s from UserSession s join fetch s.user u left join fetch u.units"
                    + " where s.tokenHash = ?1",
                Secrets.hash(secret))
            .singleResultOptional()
            .orElse(null);
    Instant now = Instant.now();
    if (session == null || !session.activeAt(now, config.idleTimeout()) || !session.user.enabled) {
      throw new AuthenticationFailedException("No active session");
    }
    // The cookie goes along with any request the browser makes; the header proves our page sent it.
    if (unsafeMethod && !Secrets.same(csrfHeader, Secrets.csrfFor(secret))) {
      throw new ApiException(ErrorCode.CSRF_TOKEN_INVALID);
    }
    if (session.lastSeenAt.plus(TOUCH_EVERY).isBefore(now)) {
      session.lastSeenAt = now.truncatedTo(ChronoUnit.MICROS);
    }
    User user = session.user;
    Set<Long> unitIds = user.units.stream().map(u -> u.id).collect(Collectors.toUnmodifiableSet());
    return new Actor(
        user.id,
        user.username,
        user.accountRole(),
        unitIds,
        Actor.Via.SESSION,
        session.id,
        null,
        Set.of());
  }

  /** The session the cookie's secret opened. */
  @Transactional
  public SessionView get(long sessionId, String secret) {
    return view(
        UserSession.<UserSession>findByIdOptional(sessionId)
            .orElseThrow(() -> ApiException.notFound("entity.session", sessionId)),
        secret);
  }

  private SessionView view(UserSession session, String secret) {
    return new SessionView(
        CurrentUser.of(session.user),
        Secrets.csrfFor(secret),
        session.expiresAt,
        config.idleTimeout().toSeconds());
  }

  @Transactional
  public void end(Actor actor, ClientInfo client) {
    UserSession.update(
        "endedAt = ?1 where id = ?2 and endedAt is null", Instant.now(), actor.credentialId());
    events.record(SecurityEventKind.LOGOUT, actor.username(), actor.userId(), client);
  }

  /** Ends every session of a user but one (the one changing the password keeps working). */
  @Transactional
  public void endAllOf(long userId, Long except) {
    UserSession.update(
        "endedAt = ?1 where user.id = ?2 and endedAt is null and id <> ?3",
        Instant.now(),
        userId,
        except == null ? -1L : except);
  }

  public static String normalise(String username) {
    return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
  }
}
