package vn.gov.plantracker.auth;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;

/** Writes the security log. Each line commits on its own, so a failed request still leaves it. */
@ApplicationScoped
public class SecurityEventLog {

  private static final Logger LOG = Logger.getLogger(SecurityEventLog.class);

  /** What counts as a failed sign-in for throttling: a wrong password or a wrong code. */
  private static final List<SecurityEventKind> FAILURES =
      List.of(SecurityEventKind.LOGIN_FAILED, SecurityEventKind.OTP_FAILED);

  private final Duration retention;

  SecurityEventLog(SecurityConfig config) {
    this.retention = config.logRetention();
  }

  /** Each night the lines past the retention go; the audit history of records is kept. */
  @Scheduled(
      cron = "0 30 3 * * ?",
      timeZone = "Asia/Ho_Chi_Minh",
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  @Transactional
  void forgetOldLines() {
    long removed = removeBefore(Instant.now().minus(retention));
    if (removed > 0) {
      LOG.infof("Removed %d security log lines older than %s", removed, retention);
    }
  }

  /** Deletes the lines recorded before this instant; how many there were. */
  @Transactional
  public long removeBefore(Instant before) {
    return SecurityEvent.delete("at < ?1", before);
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void record(SecurityEventKind kind, String username, Long userId, ClientInfo client) {
    SecurityEvent event = new SecurityEvent();
    event.at = Instant.now();
    event.kind = kind;
    event.username = username == null ? null : cut(username, 64);
    event.userId = userId;
    event.ip = client.ip();
    event.method = client.method();
    event.path = client.path();
    event.persist();
    LOG.infof(
        "%s user=%s ip=%s %s %s", kind, username, client.ip(), client.method(), client.path());
  }

  /** Records from any thread (a denial may be decided on the I/O thread), without waiting. */
  public void recordLater(SecurityEventKind kind, String username, Long userId, ClientInfo client) {
    Infrastructure.getDefaultWorkerPool()
        .execute(
            () -> {
              try {
                record(kind, username, userId, client);
              } catch (RuntimeException e) {
                LOG.warn("Could not record a security event", e);
              }
            });
  }

  /**
   * When the most recent failed sign-ins (wrong passwords or codes) matching these columns happened
   * ({@code username}, {@code ip} or both), newest first, at most {@code limit}.
   */
  @Transactional
  public List<Instant> recentFailures(
      java.util.Map<String, String> columns, Instant since, int limit) {
    return recent(FAILURES, columns, since, limit);
  }

  /** When the most recent events of these kinds matching these columns happened, newest first. */
  @Transactional
  public List<Instant> recent(
      List<SecurityEventKind> kinds,
      java.util.Map<String, String> columns,
      Instant since,
      int limit) {
    StringBuilder where = new StringBuilder("kind in ?1 and at > ?2");
    List<Object> params = new java.util.ArrayList<>(List.of(kinds, since));
    columns.forEach(
        (column, value) -> {
          params.add(value);
          where.append(" and ").append(column).append(" = ?").append(params.size());
        });
    return SecurityEvent.<SecurityEvent>find(where + " order by at desc", params.toArray())
        .page(0, limit)
        .stream()
        .map(e -> e.at)
        .toList();
  }

  /** The log, newest first, optionally of one kind or one username. */
  @Transactional
  public Page<SecurityEventResource.SecurityEventView> list(
      SecurityEventKind kind, String username, PageRequest page) {
    StringBuilder where = new StringBuilder("1 = 1");
    List<Object> params = new java.util.ArrayList<>();
    if (kind != null) {
      params.add(kind);
      where.append(" and kind = ?").append(params.size());
    }
    if (username != null && !username.isBlank()) {
      params.add(SessionService.normalise(username));
      where.append(" and username = ?").append(params.size());
    }
    Object[] values = params.toArray();
    List<SecurityEventResource.SecurityEventView> items =
        SecurityEvent.<SecurityEvent>find(where + " order by at desc, id desc", values)
            .page(page.page(), page.size())
            .stream()
            .map(
                e ->
                    new SecurityEventResource.SecurityEventView(
                        e.id, e.at, e.kind, e.username, e.ip, e.method, e.path))
            .toList();
    return Page.of(items, page, SecurityEvent.count(where.toString(), values));
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
