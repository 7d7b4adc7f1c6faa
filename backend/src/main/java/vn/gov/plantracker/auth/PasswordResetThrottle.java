package vn.gov.plantracker.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Refuses reset requests asked too often, for one login as typed or from one address, within the
 * request window: a fixed allowance, counted from the security log like {@link LoginThrottle}, so
 * it holds across restarts and instances. Refused requests do not count.
 */
@ApplicationScoped
public class PasswordResetThrottle {

  private final SecurityEventLog log;
  private final SecurityConfig.PasswordReset config;

  PasswordResetThrottle(SecurityEventLog log, SecurityConfig config) {
    this.log = log;
    this.config = config.passwordReset();
  }

  /** How long the caller must wait, if throttled. */
  public Optional<Duration> retryAfter(String login, String ip) {
    Instant now = Instant.now();
    Stream<Optional<Duration>> waits =
        ip == null
            ? Stream.of(wait(Map.of("username", login), config.maxRequestsPerLogin(), now))
            : Stream.of(
                wait(Map.of("username", login), config.maxRequestsPerLogin(), now),
                wait(Map.of("ip", ip), config.maxRequestsPerIp(), now));
    return waits.flatMap(Optional::stream).max(Duration::compareTo);
  }

  private Optional<Duration> wait(Map<String, String> of, int allowed, Instant now) {
    Duration window = config.requestWindow();
    List<Instant> requests =
        log.recent(
            List.of(SecurityEventKind.PASSWORD_RESET_REQUESTED), of, now.minus(window), allowed);
    if (requests.size() < allowed) {
      return Optional.empty();
    }
    // Free again when the oldest of the allowed requests leaves the window.
    Duration left = Duration.between(now, requests.get(allowed - 1).plus(window));
    return Optional.of(left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left);
  }
}
