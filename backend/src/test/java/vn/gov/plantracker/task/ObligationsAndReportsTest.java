package vn.gov.plantracker.task;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.plantracker.support.Accounts.asAdmin;
import static vn.gov.plantracker.support.Reporting.openAdHoc;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.Accounts;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.Seeded;

/** On the seeded plan, a period expects a report on exactly what the units' obligations report. */
@QuarkusTest
@DatabaseTest
class ObligationsAndReportsTest {

  private static final LocalDate DUE = LocalDate.of(2099, 12, 31);

  @Test
  void shouldExpectReportsOnExactlyTheTasksTheObligationsSayAreReported() {
    long periodId =
        openAdHoc(
            Accounts.sessionOf("COORDINATOR", Seeded.unitId("Phòng LĐTBXH")),
            "Nghĩa vụ và báo cáo",
            DUE);

    Map<Long, Set<Long>> expected = new HashMap<>();
    JsonPath reports = read("/api/v1/periods/" + periodId + "/reports?size=200");
    for (Map<String, Object> report : reports.<Map<String, Object>>getList("items")) {
      long unitId = ((Number) ((Map<?, ?>) report.get("unit")).get("id")).longValue();
      JsonPath full = read("/api/v1/reports/" + report.get("id"));
      expected.put(unitId, new HashSet<>(full.getList("entries.taskId", Long.class)));
    }

    Map<Long, Set<Long>> reported = new HashMap<>();
    Set<String> notReportedRoles = new HashSet<>();
    for (long unitId : unitsOpenOn()) {
      JsonPath obligations =
          read(
              "/api/v1/units/%d/obligations?planId=%d&asOf=%s&size=200"
                  .formatted(unitId, Seeded.planId(), DUE));
      for (Map<String, Object> o : obligations.<Map<String, Object>>getList("items")) {
        long taskId = ((Number) ((Map<?, ?>) o.get("task")).get("id")).longValue();
        if ((Boolean) o.get("reportOwed")) {
          reported.computeIfAbsent(unitId, id -> new HashSet<>()).add(taskId);
        } else {
          notReportedRoles.add((String) o.get("role"));
        }
      }
    }

    assertThat(expected).as("the seeded plan expects reports").hasSizeGreaterThan(5);
    assertThat(reported).isEqualTo(expected);
    assertThat(notReportedRoles)
        .as("guidance is listed, without a report")
        .containsExactly("GUIDANCE");
  }

  private static List<Long> unitsOpenOn() {
    List<Long> open = new java.util.ArrayList<>();
    int pages = 1;
    for (int page = 0; page < pages; page++) {
      JsonPath units = read("/api/v1/units?size=200&page=" + page);
      pages = units.getInt("totalPages");
      for (Map<String, Object> unit : units.<Map<String, Object>>getList("items")) {
        if (unit.get("validTo") == null) {
          open.add(((Number) unit.get("id")).longValue());
        }
      }
    }
    return open;
  }

  private static JsonPath read(String path) {
    return asAdmin().get(path).then().statusCode(200).extract().jsonPath();
  }
}
