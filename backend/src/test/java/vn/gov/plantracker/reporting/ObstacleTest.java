package vn.gov.plantracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.plantracker.support.Accounts.as;
import static vn.gov.plantracker.support.Accounts.asAdmin;
import static vn.gov.plantracker.support.Reporting.openAdHoc;
import static vn.gov.plantracker.support.Reporting.reportOf;
import static vn.gov.plantracker.support.Reporting.send;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.Accounts;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.Seeded;

/** Obstacles raised in reports, the coordinator's board, and accepting reports in bulk. */
@QuarkusTest
@DatabaseTest
class ObstacleTest {

  private static final LocalDate FAR = LocalDate.of(2099, 12, 31);

  private RequestSpecification coordinator;

  @BeforeEach
  void signIn() {
    coordinator = Accounts.sessionOf("COORDINATOR", Seeded.unitId("Phòng LĐTBXH"));
  }

  private static JsonPath save(
      RequestSpecification officer, long report, List<Map<String, Object>> obstacles) {
    JsonPath loaded = as(officer).get("/api/v1/reports/{id}", report).then().extract().jsonPath();
    return as(officer)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "entries",
                List.of(
                    Map.of(
                        "taskId",
                        loaded.getLong("entries[0].taskId"),
                        "progress",
                        "DIFFICULTIES",
                        "obstacles",
                        obstacles)),
                "version",
                loaded.getLong("version")))
        .put("/api/v1/reports/{id}", report)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private JsonPath board(RequestSpecification who, long periodId, String... statuses) {
    var request = as(who).queryParam("periodId", periodId);
    if (statuses.length > 0) {
      request.queryParam("status", (Object[]) statuses);
    }
    return request
        .get("/api/v1/plans/{id}/obstacles", Seeded.planId())
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void shouldCarryObstaclesFromTheReportToTheBoardAndBack() {
    long periodId = openAdHoc(coordinator, "Vướng mắc", FAR);
    long boY = Seeded.unitId("UBND xã Pờ Y");
    RequestSpecification officer = Accounts.sessionOf("UNIT_OFFICER", boY);
    RequestSpecification neighbour =
        Accounts.sessionOf("UNIT_OFFICER", Seeded.unitId("UBND xã Đăk Ang"));
    long report = reportOf(periodId, boY);

    JsonPath saved =
        save(
            officer,
            report,
            List.of(
                Map.of("description", "Thiếu giáo viên dạy nghề", "proposal", "Tỉnh hỗ trợ"),
                Map.of("description", "Người học ở xa")));
    assertThat(saved.getList("entries[0].obstacles.description"))
        .containsExactly("Thiếu giáo viên dạy nghề", "Người học ở xa");
    assertThat(saved.getString("entries[0].obstacles[0].owner.shortName"))
        .as("the plan's coordinator owns a new obstacle")
        .isEqualTo("Phòng LĐTBXH");
    assertThat(board(coordinator, periodId).getInt("totalItems"))
        .as("a draft's obstacles stay with the unit")
        .isZero();

    JsonPath submitted =
        send(
            officer,
            "POST",
            "/api/v1/reports/" + report + "/submit",
            Map.of("version", saved.getLong("version")),
            200);
    JsonPath open = board(coordinator, periodId, "OPEN");
    assertThat(open.getList("items.description"))
        .containsExactly("Thiếu giáo viên dạy nghề", "Người học ở xa");
    assertThat(open.getString("items[0].unit.shortName")).isEqualTo("UBND xã Pờ Y");
    assertThat(board(neighbour, periodId).getInt("totalItems")).isZero();

    long first = open.getLong("items[0].id");
    long version = open.getLong("items[0].version");
    JsonPath refused =
        send(
            coordinator,
            "PUT",
            "/api/v1/obstacles/" + first,
            Map.of("status", "RESOLVED", "version", version),
            422);
    assertThat(refused.getString("code")).isEqualTo("RULE_VIOLATED");
    long gddt = Seeded.unitId("Phòng GD&ĐT");
    JsonPath handled =
        send(
            coordinator,
            "PUT",
            "/api/v1/obstacles/" + first,
            Map.of(
                "status",
                "BEING_HANDLED",
                "ownerUnitId",
                gddt,
                "response",
                "Phòng GD&ĐT bố trí giáo viên tăng cường",
                "version",
                version),
            200);
    assertThat(handled.getString("owner.shortName")).isEqualTo("Phòng GD&ĐT");
    assertThat(handled.getString("handledAt")).isNotNull();
    RequestSpecification gddtOfficer = Accounts.sessionOf("UNIT_OFFICER", gddt);
    assertThat(board(gddtOfficer, periodId).getList("items.id"))
        .as("the owning office sees what it must resolve")
        .containsExactly((int) first);
    assertThat(board(coordinator, periodId, "OPEN", "ESCALATED").getList("items.description"))
        .containsExactly("Người học ở xa");
    as(coordinator)
        .get("/api/v1/obstacles/{id}/history", first)
        .then()
        .statusCode(200)
        .body("items[0].changes.find { it.field == 'status' }.after", equalTo("BEING_HANDLED"))
        .body("items[-1].change", equalTo("ADDED"));
    as(gddtOfficer).get("/api/v1/obstacles/{id}/history", first).then().statusCode(200);
    as(neighbour).get("/api/v1/obstacles/{id}/history", first).then().statusCode(403);
    send(
        officer,
        "PUT",
        "/api/v1/obstacles/" + first,
        Map.of("status", "OPEN", "version", handled.getLong("version")),
        403);
    Map<String, Object> handOn = new HashMap<>();
    handOn.put("status", "BEING_HANDLED");
    handOn.put("ownerUnitId", Seeded.unitId("Phòng LĐTBXH"));
    handOn.put("version", handled.getLong("version"));
    send(gddtOfficer, "PUT", "/api/v1/obstacles/" + first, handOn, 403);
    JsonPath escalated =
        send(
            gddtOfficer,
            "PUT",
            "/api/v1/obstacles/" + first,
            Map.of(
                "status",
                "ESCALATED",
                "response",
                "Đề nghị Sở GD&ĐT điều động giáo viên",
                "version",
                handled.getLong("version")),
            200);
    assertThat(escalated.getString("status"))
        .as("the owning office answers for itself")
        .isEqualTo("ESCALATED");
    assertThat(escalated.getString("owner.shortName")).isEqualTo("Phòng GD&ĐT");

    // Returned, the unit may edit what nobody handled yet but not withdraw what is being handled.
    JsonPath returned =
        send(
            coordinator,
            "POST",
            "/api/v1/reports/" + report + "/return",
            Map.of("reason", "Nêu rõ số người học", "version", submitted.getLong("version")),
            200);
    long second = open.getLong("items[1].id");
    Map<String, Object> secondEdited = new HashMap<>();
    secondEdited.put("id", second);
    secondEdited.put("description", "Người học ở xa, 12 km");
    JsonPath withdrawn =
        send(
            officer,
            "PUT",
            "/api/v1/reports/" + report,
            Map.of(
                "entries",
                List.of(
                    Map.of(
                        "taskId",
                        saved.getLong("entries[0].taskId"),
                        "progress",
                        "DIFFICULTIES",
                        "obstacles",
                        List.of(secondEdited))),
                "version",
                returned.getLong("version")),
            409);
    assertThat(withdrawn.getString("detail")).contains(String.valueOf(first));
    JsonPath kept =
        save(
            officer,
            report,
            List.of(
                Map.of(
                    "id",
                    first,
                    "description",
                    "Thiếu giáo viên dạy nghề",
                    "proposal",
                    "Tỉnh hỗ trợ"),
                secondEdited));
    assertThat(kept.getList("entries[0].obstacles.description"))
        .containsExactly("Thiếu giáo viên dạy nghề", "Người học ở xa, 12 km");
    assertThat(kept.getString("entries[0].obstacles[0].status")).isEqualTo("ESCALATED");
  }

  @Test
  void shouldAcceptSubmittedReportsTogetherOrNotAtAll() {
    long periodId = openAdHoc(coordinator, "Tiếp nhận hàng loạt", FAR);
    List<Long> units =
        List.of(
            Seeded.unitId("UBND xã Đăk Kan"),
            Seeded.unitId("UBND xã Đăk Xú"),
            Seeded.unitId("UBND thị trấn Plei Kần"));
    List<Map<String, Object>> submitted = new java.util.ArrayList<>();
    for (long unit : units) {
      RequestSpecification officer = Accounts.sessionOf("UNIT_OFFICER", unit);
      long report = reportOf(periodId, unit);
      long version =
          as(officer)
              .get("/api/v1/reports/{id}", report)
              .then()
              .extract()
              .jsonPath()
              .getLong("version");
      JsonPath done =
          send(
              officer,
              "POST",
              "/api/v1/reports/" + report + "/submit",
              Map.of("version", version),
              200);
      submitted.add(Map.of("id", report, "version", done.getLong("version")));
    }
    Map<String, Object> stale = Map.of("id", submitted.get(2).get("id"), "version", 0);
    send(
        coordinator,
        "POST",
        "/api/v1/periods/" + periodId + "/accept",
        Map.of("reports", List.of(submitted.get(0), submitted.get(1), stale)),
        409);
    asAdmin().get("/api/v1/periods/{id}", periodId).then().body("compliance.accepted", equalTo(0));

    JsonPath accepted =
        send(
            coordinator,
            "POST",
            "/api/v1/periods/" + periodId + "/accept",
            Map.of("reports", submitted),
            200);
    assertThat(accepted.getList("accepted.status")).containsOnly("ACCEPTED").hasSize(3);
    asAdmin().get("/api/v1/periods/{id}", periodId).then().body("compliance.accepted", equalTo(3));
    send(
        coordinator,
        "POST",
        "/api/v1/periods/" + periodId + "/accept",
        Map.of("reports", List.of()),
        422);
  }
}
