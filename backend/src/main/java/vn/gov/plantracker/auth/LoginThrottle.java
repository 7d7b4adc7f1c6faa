package vn.gov.plantracker.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Slows password guessing: after too many failures within the window, for one account or from one
 * address, sign-in is refused until the oldest of those failures leaves the window. Counts come
 * from the security log, so they survive restarts and hold across instances.
 */
@ApplicationScoped
public class LoginThrottle {

  private final SecurityEventLog log;
  private final SecurityConfig.Login config;

  LoginThrottle(SecurityEventLog log, SecurityConfig config) {
    this.log = log;
    this.config = config.login();
  }

  /** How long the caller must wait, if throttled. */
  public Optional<Duration> retryAfter(String username, String ip) {
    Instant now = Instant.now();
    Optional<Duration> byAccount = wait("username", username, config.maxFailuresPerAccount(), now);
    Optional<Duration> byIp =
        ip == null ? Optional.empty() : wait("ip", ip, config.maxFailuresPerIp(), now);
    if (byAccount.isPresent() && byIp.isPresent()) {
      return Optional.of(max(byAccount.get(), byIp.get()));
    }
    return byAccount.isPresent() ? byAccount : byIp;
  }

  private Optional<Duration> wait(String column, String value, int max, Instant now) {
    List<Instant> failures =
        log.recentFailures(column, value, now.minus(config.failureWindow()), max);
    if (failures.size() < max) {
      return Optional.empty();
    }
    Instant freed = failures.get(max - 1).plus(config.failureWindow());
    return Optional.of(max(Duration.between(now, freed), Duration.ofSeconds(1)));
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
