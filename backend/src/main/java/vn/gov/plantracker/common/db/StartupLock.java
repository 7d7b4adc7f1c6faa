package vn.gov.plantracker.common.db;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Start-up work that replicas started together on one database must do one at a time: loading the
 * seed, creating the first administrator. Each checks what exists, then writes; two at once would
 * both write. A MySQL/MariaDB named lock belongs to a connection, so it is held on one of its own
 * and released only after the work's transaction has committed.
 */
@ApplicationScoped
public class StartupLock {

  private static final String NAME = "plantracker.startup";
  private static final int WAIT_SECONDS = 120;

  private final AgroalDataSource db;

  StartupLock(AgroalDataSource db) {
    this.db = db;
  }

  /** Runs the work, which commits its own transaction, while no other instance runs its own. */
  public <T> T run(Supplier<T> work) {
    try (Connection holder = db.getConnection()) {
      if (!call(holder, "select get_lock(?, " + WAIT_SECONDS + ")")) {
        throw new IllegalStateException(
            "Another instance held the start-up lock for over " + WAIT_SECONDS + " s");
      }
      try {
        return work.get();
      } finally {
        call(holder, "select release_lock(?)");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not take the start-up lock", e);
    }
  }

  private static boolean call(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, NAME);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && result.getInt(1) == 1;
      }
    }
  }
}
