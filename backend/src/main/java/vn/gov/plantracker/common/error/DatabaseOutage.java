package vn.gov.plantracker.common.error;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Tells a failure of the database (down, stalled, every connection busy) from a fault of ours, and
 * logs an outage as one line per minute with a count, not a stack trace per request.
 */
@ApplicationScoped
public class DatabaseOutage {

  /** What clients are told to wait before trying again. */
  public static final int RETRY_AFTER_SECONDS = 5;

  private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);
  private static final Duration LOG_EVERY = Duration.ofMinutes(1);

  private final AtomicLong lastLogged = new AtomicLong();
  private final AtomicLong refusedSinceLog = new AtomicLong();

  /** Whether the database's unavailability is what made this fail. */
  public static boolean isCause(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof SQLTimeoutException
          || cause instanceof java.sql.SQLNonTransientConnectionException
          || cause instanceof org.hibernate.exception.JDBCConnectionException
          || cause instanceof org.hibernate.QueryTimeoutException
          || cause instanceof jakarta.persistence.QueryTimeoutException) {
        return true;
      }
      if (cause instanceof SQLException sql
          && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
              || String.valueOf(sql.getMessage())
                  .toLowerCase(java.util.Locale.ROOT)
                  .contains("acquisition timeout"))) {
        return true;
      }
    }
    return false;
  }

  void record(Throwable failure) {
    long refused = refusedSinceLog.incrementAndGet();
    long now = System.currentTimeMillis();
    long last = lastLogged.get();
    if (now - last >= LOG_EVERY.toMillis() && lastLogged.compareAndSet(last, now)) {
      refusedSinceLog.addAndGet(-refused);
      LOG.warnf(
          "Database unavailable, %d request(s) answered 503 since the last report: %s",
          refused, rootMessage(failure));
    }
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
