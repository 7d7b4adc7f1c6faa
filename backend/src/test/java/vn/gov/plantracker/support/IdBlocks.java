package vn.gov.plantracker.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Ids for rows a benchmark inserts with plain SQL into a table whose ids the service takes in
 * blocks (id_block): reserved as a block of their own, so neither side hands out the other's ids.
 */
public final class IdBlocks {

  private IdBlocks() {}

  /** Reserves {@code count} consecutive ids of the entity; the first of them. */
  public static long reserve(Connection c, String entity, int count) throws SQLException {
    // The row holds the last id of the last block taken. One statement, so it is atomic whatever
    // the connection's transaction: LAST_INSERT_ID(x) hands back the value the row held.
    try (PreparedStatement take =
            c.prepareStatement(
                "update id_block set next_id = last_insert_id(next_id) + ? where entity = ?");
        PreparedStatement taken = c.prepareStatement("select last_insert_id()")) {
      take.setInt(1, count);
      take.setString(2, entity);
      if (take.executeUpdate() != 1) {
        throw new IllegalStateException("No id block for " + entity);
      }
      try (ResultSet rs = taken.executeQuery()) {
        rs.next();
        return rs.getLong(1) + 1;
      }
    }
  }
}
