package vn.gov.plantracker.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Slows password guessing with waits that grow, without letting anyone lock a colleague out:
 *
 * <ul>
 *   <li>one account from one address: after {@code maxFailuresPerAccount} failures;
 *   <li>one address, whatever the accounts: after {@code maxFailuresPerIp};
 *   <li>one account from every address together (guessing spread over many machines): after ten
 *       times {@code maxFailuresPerAccount}.
 * </ul>
 *
 * <p>Past the limit, sign-in waits a minute from the latest failure, then twice as long for each
 * further one, up to the failure window. The owner signing in from their own machine is never held
 * up by someone else's failures from another. Counts come from the security log, so they survive
 * restarts and hold across instances.
 */
@ApplicationScoped
public class LoginThrottle {

  private static final Duration FIRST_WAIT = Duration.ofMinutes(1);
  private static final int DOUBLINGS = 10;
  private static final int SPREAD_FACTOR = 10;

  private final SecurityEventLog log;
  private final SecurityConfig.Login config;

  LoginThrottle(SecurityEventLog log, SecurityConfig config) {
    this.log = log;
    this.config = config.login();
  }

  /** How long the caller must wait, if throttled. */
  public Optional<Duration> retryAfter(String username, String ip) {
    Instant now = Instant.now();
    int perAccount = config.maxFailuresPerAccount();
    Stream<Optional<Duration>> waits =
        ip == null
            ? Stream.of(wait(Map.of("username", username), perAccount * SPREAD_FACTOR, now))
            : Stream.of(
                wait(Map.of("username", username, "ip", ip), perAccount, now),
                wait(Map.of("ip", ip), config.maxFailuresPerIp(), now),
                wait(Map.of("username", username), perAccount * SPREAD_FACTOR, now));
    return waits.flatMap(Optional::stream).max(Duration::compareTo);
  }

  private Optional<Duration> wait(Map<String, String> of, int free, Instant now) {
    List<Instant> failures =
        log.recentFailures(of, now.minus(config.failureWindow()), free + DOUBLINGS + 1);
    if (failures.size() < free) {
      return Optional.empty();
    }
    int beyond = Math.min(failures.size() - free, DOUBLINGS);
    Duration wait = FIRST_WAIT.multipliedBy(1L << beyond);
    if (wait.compareTo(config.failureWindow()) > 0) {
      wait = config.failureWindow();
    }
    Duration left = Duration.between(now, failures.get(0).plus(wait));
    if (left.isNegative() || left.isZero()) {
      return Optional.empty();
    }
    return Optional.of(left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left);
  }
}
