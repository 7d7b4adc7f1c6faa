package vn.gov.plantracker.orgchange;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.plantracker.support.Accounts.asAdmin;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.Seeded;

/**
 * Recording a merge runs a fixed number of SQL statements however many units it closes and however
 * many open reports and entries pass to the successor: never one per row.
 */
@QuarkusTest
@DatabaseTest
class OrgChangeStatementsTest {

  private static final AtomicInteger NEXT = new AtomicInteger();

  @Inject SessionFactory sessionFactory;
  @Inject AgroalDataSource db;

  @Test
  void shouldMergeFewOrManyUnitsInTheSameNumberOfStatements() throws SQLException {
    long few = statementsToMerge(3);
    long many = statementsToMerge(12);
    System.out.printf("%d SQL statements to merge 3 units, %d to merge 12%n", few, many);
    assertThat(many).isEqualTo(few);
  }

  /**
   * Communes on a plan of their own, each owing a report in an open period, merged into one: the
   * statements recording the merge took.
   */
  private long statementsToMerge(int communes) throws SQLException {
    int n = NEXT.incrementAndGet();
    List<Long> units = new ArrayList<>();
    for (int i = 0; i < communes; i++) {
      units.add(
          created(
              "/api/v1/units",
              Map.of(
                  "name", "UBND xã Đếm Thử " + n + "-" + i,
                  "kind", "COMMUNE",
                  "validFrom", "2010-01-01")));
    }
    Map<String, Object> plan = new HashMap<>();
    plan.put("symbol", "KH-UBND");
    plan.put("number", String.valueOf(8000 + n));
    plan.put("issuerId", Seeded.unitId("UBND huyện Ngọc Hồi"));
    plan.put("coordinatorId", Seeded.unitId("Phòng LĐTBXH"));
    plan.put("issueYear", 2023);
    plan.put("title", "Kế hoạch đếm câu lệnh " + n);
    long planId = created("/api/v1/plans", plan);
    long group =
        created(
            "/api/v1/plans/" + planId + "/tasks",
            Map.of("kind", "GROUP", "label", "1", "text", "Tuyên truyền"));
    long item =
        created(
            "/api/v1/plans/" + planId + "/tasks",
            Map.of("parentId", group, "kind", "ITEM", "label", "a", "text", "Tuyên truyền"));
    created(
        "/api/v1/plans/" + planId + "/assignment-blocks",
        Map.of(
            "itemId",
            item,
            "implementing",
            units.stream().map(u -> Map.of("unitId", u)).toList(),
            "timeframe",
            "ONGOING",
            "taskIds",
            List.of(item)));
    created("/api/v1/plans/" + planId + "/periods", Map.of("kind", "ANNUAL", "year", 2026));

    Map<String, Object> merge = new HashMap<>();
    merge.put("kind", "MERGE");
    merge.put("effectiveDate", "2025-07-01");
    merge.put(
        "basis",
        Map.of(
            "documentType", "NQ",
            "number", "1677/NQ-UBTVQH15",
            "issueDate", "2025-06-16",
            "issuer", "Ủy ban Thường vụ Quốc hội"));
    merge.put("predecessorIds", units);
    merge.put("newUnits", List.of(Map.of("name", "UBND xã Đếm Gộp " + n)));
    Statistics statistics = sessionFactory.getStatistics();
    Map<String, Long> blocks = idBlocks();
    statistics.clear();
    asAdmin()
        .contentType(ContentType.JSON)
        .body(merge)
        .post("/api/v1/org-changes")
        .then()
        .statusCode(201);
    long statements = statistics.getPrepareStatementCount();
    // Taking a new block of a hundred ids (a read and a write) happens to whichever merge needs it.
    Map<String, Long> after = idBlocks();
    long taken = after.keySet().stream().filter(k -> !after.get(k).equals(blocks.get(k))).count();
    return statements - 2 * taken;
  }

  private Map<String, Long> idBlocks() throws SQLException {
    Map<String, Long> blocks = new HashMap<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select entity, next_id from id_block")) {
      while (rs.next()) {
        blocks.put(rs.getString(1), rs.getLong(2));
      }
    }
    return blocks;
  }

  private static long created(String path, Map<String, ?> body) {
    return asAdmin()
        .contentType(ContentType.JSON)
        .body(body)
        .post(path)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }
}
