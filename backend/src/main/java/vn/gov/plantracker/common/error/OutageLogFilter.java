package vn.gov.plantracker.common.error;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Keeps a database outage to the one line {@link DatabaseOutage} writes: the transaction manager
 * otherwise logs a stack trace for every rollback that finds its connection already gone.
 */
@LoggingFilter(name = "database-outage")
public final class OutageLogFilter implements Filter {

  @Override
  public boolean isLoggable(LogRecord record) {
    return record.getThrown() == null
        || record.getLoggerName() == null
        || !record.getLoggerName().startsWith("com.arjuna")
        || !DatabaseOutage.isCause(record.getThrown());
  }
}
