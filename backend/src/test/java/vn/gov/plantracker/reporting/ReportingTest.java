package vn.gov.plantracker.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.plantracker.support.Accounts.as;
import static vn.gov.plantracker.support.Accounts.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.Accounts;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.Seeded;

/** A reporting round on the seeded plan, from opening the period to accepting a report. */
@QuarkusTest
@DatabaseTest
class ReportingTest {

  private static JsonPath open(RequestSpecification who, long planId, Map<String, Object> input) {
    return as(who)
        .contentType(ContentType.JSON)
        .body(input)
        .post("/api/v1/plans/{id}/periods", planId)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  private static long reportOf(RequestSpecification who, long periodId, long unitId) {
    List<Map<String, Object>> items =
        as(who)
            .queryParam("size", 200)
            .get("/api/v1/periods/{id}/reports", periodId)
            .then()
            .statusCode(200)
            .extract()
            .path("items");
    return items.stream()
        .filter(r -> ((Number) ((Map<?, ?>) r.get("unit")).get("id")).longValue() == unitId)
        .map(r -> ((Number) r.get("id")).longValue())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no report for unit " + unitId + " in " + items));
  }

  private static JsonPath post(RequestSpecification who, String path, Map<String, Object> body) {
    return as(who).contentType(ContentType.JSON).body(body).post(path).then().extract().jsonPath();
  }

  @Test
  void shouldCompileOneReportPerOwingUnitWithItsTasks() {
    long planId = Seeded.planId();
    RequestSpecification coordinator =
        Accounts.sessionOf("COORDINATOR", Seeded.unitId("Phòng LĐTBXH"));
    JsonPath period = open(coordinator, planId, Map.of("kind", "ANNUAL", "year", 2026));
    assertThat(period.getString("title")).isEqualTo("Báo cáo năm 2026");
    assertThat(period.getString("windowStart")).isEqualTo("2025-12-15");
    assertThat(period.getString("windowEnd")).isEqualTo("2026-12-14");
    assertThat(period.getString("dueDate")).isEqualTo("2026-12-15");
    long expected = period.getLong("compliance.expected");
    assertThat(period.getLong("compliance.missing")).isEqualTo(expected);

    long boY = Seeded.unitId("UBND xã Pờ Y");
    long report = reportOf(coordinator, period.getLong("id"), boY);
    JsonPath view = asAdmin().get("/api/v1/reports/{id}", report).then().extract().jsonPath();
    assertThat(view.getList("entries.taskCode")).containsExactly("1.a", "1.b.1", "1.b.2");
    assertThat(view.getList("entries.role"))
        .containsExactly("IMPLEMENTING", "COORDINATING", "COORDINATING");
    assertThat(view.getList("entries.progress")).containsOnly("NOT_STARTED");

    // Every commune and the town owe 1.a, and the offices that lead or coordinate owe theirs.
    assertThat(expected).isGreaterThanOrEqualTo(8 + 5);
    open(
        coordinator,
        planId,
        Map.of("kind", "ANNUAL", "year", 2026, "title", "Báo cáo năm 2026 (bổ sung)"));
    as(coordinator)
        .contentType(ContentType.JSON)
        .body(Map.of("kind", "ANNUAL", "year", 2026))
        .post("/api/v1/plans/{id}/periods", planId)
        .then()
        .statusCode(409);
  }

  @Test
  void shouldLetOnlyThePlansCoordinatorOpenAPeriod() {
    long planId = Seeded.planId();
    RequestSpecification otherOffice =
        Accounts.sessionOf("COORDINATOR", Seeded.unitId("Phòng GD&ĐT"));
    as(otherOffice)
        .contentType(ContentType.JSON)
        .body(Map.of("kind", "ANNUAL", "year", 2027))
        .post("/api/v1/plans/{id}/periods", planId)
        .then()
        .statusCode(403)
        .body("code", equalTo("FORBIDDEN"));
    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("kind", "AD_HOC", "title", "Thiếu hạn"))
        .post("/api/v1/plans/{id}/periods", planId)
        .then()
        .statusCode(422);
  }

  @Test
  void shouldNotExpectUnitsClosedBeforeTheDueDate() {
    long planId = Seeded.planId();
    long saLoong = Seeded.unitId("UBND xã Sa Loong");
    Map<String, Object> unit =
        asAdmin().get("/api/v1/units/{id}", saLoong).then().extract().path("$");
    Map<String, Object> ended = new java.util.HashMap<>(unit);
    ended.put("validTo", "2020-06-30");
    ended.remove("id");
    JsonPath changed =
        asAdmin()
            .contentType(ContentType.JSON)
            .body(ended)
            .put("/api/v1/units/{id}", saLoong)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    try {
      JsonPath period =
          open(
              Accounts.login(Accounts.ADMIN, Accounts.ADMIN_PASSWORD),
              planId,
              Map.of(
                  "kind", "REVIEW",
                  "title", "Sơ kết 2021-2022",
                  "windowStart", "2021-01-01",
                  "windowEnd", "2022-12-31",
                  "dueDate", "2023-01-15"));
      List<Object> unitIds =
          asAdmin()
              .queryParam("size", 200)
              .get("/api/v1/periods/{id}/reports", period.getLong("id"))
              .then()
              .extract()
              .path("items.unit.id");
      assertThat(unitIds)
          .doesNotContain((int) saLoong)
          .contains((int) Seeded.unitId("UBND xã Pờ Y"));
    } finally {
      Map<String, Object> restored = new java.util.HashMap<>(ended);
      restored.put("validTo", null);
      restored.put("version", changed.getLong("version"));
      asAdmin()
          .contentType(ContentType.JSON)
          .body(restored)
          .put("/api/v1/units/{id}", saLoong)
          .then()
          .statusCode(200);
    }
  }

  @Test
  void shouldTakeAReportThroughSubmitReturnResubmitAndAccept() {
    long planId = Seeded.planId();
    long dakDuc = Seeded.unitId("UBND xã Đăk Dục");
    RequestSpecification coordinator =
        Accounts.sessionOf("COORDINATOR", Seeded.unitId("Phòng LĐTBXH"));
    RequestSpecification officer = Accounts.sessionOf("UNIT_OFFICER", dakDuc);
    RequestSpecification neighbour =
        Accounts.sessionOf("UNIT_OFFICER", Seeded.unitId("UBND xã Đăk Kan"));
    long periodId = open(coordinator, planId, Map.of("kind", "ANNUAL", "year", 2028)).getLong("id");
    long report = reportOf(officer, periodId, dakDuc);
    as(officer).get("/api/v1/periods/{id}/reports", periodId).then().body("totalItems", equalTo(1));
    as(neighbour).get("/api/v1/reports/{id}", report).then().statusCode(403);
    JsonPath loaded = as(officer).get("/api/v1/reports/{id}", report).then().extract().jsonPath();
    long task = loaded.getLong("entries[0].taskId");

    JsonPath saved =
        as(officer)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "entries",
                    List.of(
                        Map.of(
                            "taskId", task,
                            "progress", "DONE",
                            "results",
                                "Đã tổ chức 3 hội nghị quán triệt cho 120 cán bộ, đảng viên.")),
                    "version",
                    loaded.getLong("version")))
            .put("/api/v1/reports/{id}", report)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(saved.getString("entries[0].progress")).isEqualTo("DONE");
    as(neighbour)
        .contentType(ContentType.JSON)
        .body(Map.of("entries", List.of(), "version", saved.getLong("version")))
        .put("/api/v1/reports/{id}", report)
        .then()
        .statusCode(403);

    JsonPath submitted =
        post(
            officer,
            "/api/v1/reports/" + report + "/submit",
            Map.of("version", saved.getLong("version")));
    assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
    assertThat(submitted.getBoolean("late")).isFalse();
    as(officer)
        .contentType(ContentType.JSON)
        .body(Map.of("entries", List.of(), "version", submitted.getLong("version")))
        .put("/api/v1/reports/{id}", report)
        .then()
        .statusCode(409);

    as(coordinator)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", " ", "version", submitted.getLong("version")))
        .post("/api/v1/reports/{id}/return", report)
        .then()
        .statusCode(422);
    JsonPath returned =
        post(
            coordinator,
            "/api/v1/reports/" + report + "/return",
            Map.of("reason", "Bổ sung số liệu học viên", "version", submitted.getLong("version")));
    assertThat(returned.getString("status")).isEqualTo("RETURNED");
    assertThat(returned.getString("returnReason")).isEqualTo("Bổ sung số liệu học viên");

    JsonPath again =
        post(
            officer,
            "/api/v1/reports/" + report + "/submit",
            Map.of("version", returned.getLong("version")));
    assertThat(again.getString("status")).isEqualTo("SUBMITTED");
    JsonPath accepted =
        post(
            coordinator,
            "/api/v1/reports/" + report + "/accept",
            Map.of("version", again.getLong("version")));
    assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");
    assertThat(accepted.getString("acceptedAt")).isNotNull();
    as(officer)
        .contentType(ContentType.JSON)
        .body(Map.of("version", accepted.getLong("version")))
        .post("/api/v1/reports/{id}/submit", report)
        .then()
        .statusCode(409);

    JsonPath compliance =
        asAdmin().get("/api/v1/periods/{id}", periodId).then().extract().jsonPath();
    assertThat(compliance.getLong("compliance.submitted")).isEqualTo(1);
    assertThat(compliance.getLong("compliance.onTime")).isEqualTo(1);
    assertThat(compliance.getLong("compliance.accepted")).isEqualTo(1);
    assertThat(compliance.getLong("compliance.missing"))
        .isEqualTo(compliance.getLong("compliance.expected") - 1);
    List<Map<String, Object>> byTask =
        asAdmin()
            .queryParam("size", 200)
            .get("/api/v1/periods/{id}/task-compliance", periodId)
            .then()
            .statusCode(200)
            .extract()
            .path("items");
    Map<String, Object> first =
        byTask.stream().filter(t -> "1.a".equals(t.get("taskCode"))).findFirst().orElseThrow();
    Map<?, ?> figures = (Map<?, ?>) first.get("compliance");
    assertThat(((Number) figures.get("expected")).intValue()).isGreaterThanOrEqualTo(8);
    assertThat(((Number) figures.get("accepted")).intValue()).isEqualTo(1);
    asAdmin()
        .get("/api/v1/reports/{id}/history", report)
        .then()
        .statusCode(200)
        .body("items[0].changes.find { it.field == 'status' }.after", equalTo("ACCEPTED"));
  }

  @Test
  void shouldMarkAReportSubmittedAfterTheDueDateLate() {
    long planId = Seeded.planId();
    long dakNong = Seeded.unitId("UBND xã Đăk Nông");
    RequestSpecification officer = Accounts.sessionOf("UNIT_OFFICER", dakNong);
    long periodId =
        open(
                Accounts.login(Accounts.ADMIN, Accounts.ADMIN_PASSWORD),
                planId,
                Map.of(
                    "kind", "AD_HOC",
                    "title", "Báo cáo đột xuất tháng 10",
                    "windowStart", "2026-01-01",
                    "windowEnd", "2026-09-30",
                    "dueDate", LocalDate.now().minusDays(3).toString()))
            .getLong("id");
    long report = reportOf(officer, periodId, dakNong);
    long version =
        as(officer)
            .get("/api/v1/reports/{id}", report)
            .then()
            .extract()
            .jsonPath()
            .getLong("version");
    JsonPath submitted =
        post(officer, "/api/v1/reports/" + report + "/submit", Map.of("version", version));
    assertThat(submitted.getBoolean("late")).isTrue();
    asAdmin()
        .get("/api/v1/periods/{id}", periodId)
        .then()
        .body("compliance.late", equalTo(1))
        .body("compliance.onTime", equalTo(0));
  }

  @Test
  void shouldLetAReportWriteTokenWriteOnlyItsUnitsReports() {
    long planId = Seeded.planId();
    long xu = Seeded.unitId("UBND xã Đăk Xú");
    RequestSpecification officer = Accounts.sessionOf("UNIT_OFFICER", xu);
    long periodId =
        open(
                Accounts.login(Accounts.ADMIN, Accounts.ADMIN_PASSWORD),
                planId,
                Map.of(
                    "kind", "AD_HOC",
                    "title", "Báo cáo qua tích hợp",
                    "windowStart", "2026-01-01",
                    "windowEnd", "2026-06-30",
                    "dueDate", "2026-12-31"))
            .getLong("id");
    long report = reportOf(officer, periodId, xu);
    String expires = LocalDate.now().plusDays(10).toString();
    String writer =
        post(
                officer,
                "/api/v1/tokens",
                Map.of(
                    "name",
                    "Phần mềm xã",
                    "scope",
                    "REPORT_WRITE",
                    "unitIds",
                    List.of(xu),
                    "expiresOn",
                    expires))
            .getString("token");
    String reader =
        post(
                officer,
                "/api/v1/tokens",
                Map.of("name", "Chỉ đọc", "scope", "READ", "expiresOn", expires))
            .getString("token");
    long version =
        as(officer)
            .get("/api/v1/reports/{id}", report)
            .then()
            .extract()
            .jsonPath()
            .getLong("version");
    given()
        .auth()
        .oauth2(reader)
        .contentType(ContentType.JSON)
        .body(Map.of("version", version))
        .post("/api/v1/reports/{id}/submit", report)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(writer)
        .contentType(ContentType.JSON)
        .body(Map.of("version", version))
        .post("/api/v1/reports/{id}/submit", report)
        .then()
        .statusCode(200)
        .body("status", equalTo("SUBMITTED"));
  }

  @Test
  void shouldKeepAPlanThatHasReports() {
    long planId =
        post(
                Accounts.login(Accounts.ADMIN, Accounts.ADMIN_PASSWORD),
                "/api/v1/plans",
                Map.of(
                    "symbol",
                    "KH-UBND",
                    "issuerId",
                    Seeded.unitId("UBND huyện Ngọc Hồi"),
                    "issueYear",
                    2026,
                    "title",
                    "Kế hoạch có báo cáo"))
            .getLong("id");
    open(
        Accounts.login(Accounts.ADMIN, Accounts.ADMIN_PASSWORD),
        planId,
        Map.of(
            "kind", "AD_HOC",
            "title", "Đột xuất",
            "windowStart", "2026-01-01",
            "windowEnd", "2026-06-30",
            "dueDate", "2026-12-31"));
    long version =
        asAdmin().get("/api/v1/plans/{id}", planId).then().extract().jsonPath().getLong("version");
    asAdmin()
        .queryParam("version", version)
        .delete("/api/v1/plans/{id}", planId)
        .then()
        .statusCode(409);
    asAdmin().get("/api/v1/plans/{id}", planId).then().statusCode(200);
  }

  private static long created(String path, Map<String, Object> body, Object... params) {
    return asAdmin()
        .contentType(ContentType.JSON)
        .body(body)
        .post(path, params)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  @Test
  void shouldFollowAssignmentChangesInOpenPeriods() {
    long planId =
        created(
            "/api/v1/plans",
            Map.of(
                "symbol",
                "KH-UBND",
                "issuerId",
                Seeded.unitId("UBND huyện Ngọc Hồi"),
                "issueYear",
                2026,
                "title",
                "Kế hoạch thay đổi phân công"));
    long group =
        created(
            "/api/v1/plans/{id}/tasks",
            Map.of("kind", "GROUP", "label", "1", "text", "Nhóm"),
            planId);
    long item =
        created(
            "/api/v1/plans/{id}/tasks",
            Map.of("parentId", group, "kind", "ITEM", "label", "a", "text", "Mục a"),
            planId);
    long action =
        created(
            "/api/v1/plans/{id}/tasks",
            Map.of("parentId", item, "kind", "ACTION", "label", "1", "text", "Việc một"),
            planId);
    long lead = created("/api/v1/units", Map.of("name", "Đơn vị chủ trì thử", "kind", "OTHER"));
    long helper = created("/api/v1/units", Map.of("name", "Đơn vị phối hợp thử", "kind", "OTHER"));
    Map<String, Object> block =
        new java.util.HashMap<>(
            Map.of(
                "itemId",
                item,
                "leadUnitId",
                lead,
                "timeframe",
                "ONGOING",
                "taskIds",
                List.of(action)));
    long blockId = created("/api/v1/plans/{id}/assignment-blocks", block, planId);
    long periodId =
        created(
            "/api/v1/plans/{id}/periods",
            Map.of(
                "kind", "AD_HOC",
                "title", "Theo dõi thay đổi",
                "windowStart", "2026-01-01",
                "windowEnd", "2026-12-31",
                "dueDate", LocalDate.now().plusDays(20).toString()),
            planId);
    asAdmin()
        .get("/api/v1/periods/{id}/reports", periodId)
        .then()
        .body("items.unit.id", equalTo(List.of((int) lead)));

    block.put("coordinating", List.of(Map.of("unitId", helper)));
    block.put(
        "version",
        asAdmin().get("/api/v1/assignment-blocks/{id}", blockId).then().extract().path("version"));
    asAdmin()
        .contentType(ContentType.JSON)
        .body(block)
        .put("/api/v1/assignment-blocks/{id}", blockId)
        .then()
        .statusCode(200);
    long helperReport =
        reportOf(Accounts.login(Accounts.ADMIN, Accounts.ADMIN_PASSWORD), periodId, helper);
    asAdmin()
        .get("/api/v1/reports/{id}", helperReport)
        .then()
        .body("entries.taskCode", equalTo(List.of("1.a.1")))
        .body("entries.role", equalTo(List.of("COORDINATING")));

    Object version =
        asAdmin().get("/api/v1/assignment-blocks/{id}", blockId).then().extract().path("version");
    asAdmin()
        .queryParam("version", version)
        .delete("/api/v1/assignment-blocks/{id}", blockId)
        .then()
        .statusCode(204);
    asAdmin().get("/api/v1/periods/{id}/reports", periodId).then().body("totalItems", equalTo(0));
    asAdmin()
        .get("/api/v1/reports/{id}/history", helperReport)
        .then()
        .statusCode(200)
        .body("items[0].change", equalTo("DELETED"));
  }

  private static List<Integer> reportUnits(long periodId) {
    return asAdmin()
        .queryParam("size", 200)
        .get("/api/v1/periods/{id}/reports", periodId)
        .then()
        .statusCode(200)
        .extract()
        .path("items.unit.id");
  }

  @Test
  void shouldAskOnlyTheTasksAndUnitsInAnAdHocRequestsScope() {
    long planId = Seeded.planId();
    String tree = asAdmin().get("/api/v1/plans/{id}/task-tree", planId).then().extract().asString();
    java.util.regex.Matcher item =
        java.util.regex.Pattern.compile("\\{\"id\":(\\d+),\"code\":\"1\\.b\"").matcher(tree);
    assertThat(item.find()).as("item 1.b in the tree").isTrue();
    long group1b = Long.parseLong(item.group(1));
    long boY = Seeded.unitId("UBND xã Pờ Y");
    long gddt = Seeded.unitId("Phòng GD&ĐT");
    Map<String, Object> request = new java.util.HashMap<>();
    request.put("kind", "AD_HOC");
    request.put("title", "Yêu cầu riêng " + System.nanoTime());
    request.put("windowStart", "2026-01-01");
    request.put("windowEnd", "2026-10-31");
    request.put("dueDate", "2099-06-30");
    request.put("taskIds", List.of(group1b));
    request.put("unitIds", List.of(boY, gddt));
    JsonPath period = open(asAdmin(), planId, request);
    assertThat(period.getList("taskIds", Long.class)).containsExactly(group1b);
    List<Integer> units = reportUnits(period.getLong("id"));
    assertThat(units).contains((int) boY).allMatch(u -> u == boY || u == gddt);
    long report = reportOf(asAdmin(), period.getLong("id"), boY);
    assertThat(
            asAdmin()
                .get("/api/v1/reports/{id}", report)
                .then()
                .extract()
                .jsonPath()
                .getList("entries.taskCode"))
        .as("only the actions under 1.b, not 1.a")
        .containsExactly("1.b.1", "1.b.2");

    request.put("title", "Yêu cầu sai " + System.nanoTime());
    request.put("taskIds", List.of(999999));
    asAdmin()
        .contentType(ContentType.JSON)
        .body(request)
        .post("/api/v1/plans/{id}/periods", planId)
        .then()
        .statusCode(422);
  }

  @Test
  void shouldFollowAGroupsNewMembersInOpenPeriods() {
    long planId = Seeded.planId();
    long periodId =
        open(
                asAdmin(),
                planId,
                Map.of(
                    "kind", "AD_HOC",
                    "title", "Đơn vị liên quan " + System.nanoTime(),
                    "windowStart", "2026-01-01",
                    "windowEnd", "2026-10-31",
                    "dueDate", "2099-06-30"))
            .getLong("id");
    List<Integer> before = reportUnits(periodId);
    List<Integer> all =
        asAdmin().queryParam("size", 200).get("/api/v1/units").then().extract().path("items.id");
    int outsider = all.stream().filter(u -> !before.contains(u)).findFirst().orElseThrow();
    JsonPath tree = asAdmin().get("/api/v1/units/tree").then().extract().jsonPath();
    long related = tree.getLong("groups.find { it.code == 'RELATED_UNITS' }.id");
    JsonPath group = asAdmin().get("/api/v1/unit-groups/{id}", related).then().extract().jsonPath();
    List<Object> members = group.getList("members.id");
    JsonPath chosen =
        asAdmin()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name", group.getString("name"),
                    "memberIds", List.of(outsider),
                    "version", group.getLong("version")))
            .put("/api/v1/unit-groups/{id}", related)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    try {
      assertThat(reportUnits(periodId)).as("a new member owes a report").contains(outsider);
    } finally {
      asAdmin()
          .contentType(ContentType.JSON)
          .body(
              Map.of(
                  "name", group.getString("name"),
                  "memberIds", members,
                  "version", chosen.getLong("version")))
          .put("/api/v1/unit-groups/{id}", related)
          .then()
          .statusCode(200);
    }
    assertThat(reportUnits(periodId))
        .as("its untouched draft goes when it leaves the group")
        .doesNotContain(outsider);
  }

  private static List<Object> overdueIds(long planId) {
    return asAdmin()
        .queryParam("size", 200)
        .get("/api/v1/plans/{id}/overdue-tasks", planId)
        .then()
        .statusCode(200)
        .extract()
        .path("items.taskId");
  }

  /** The lead reports the plan's only task with this progress in a new period, and submits. */
  private static void leadReports(long planId, long lead, long taskId, String progress) {
    long periodId =
        open(
                asAdmin(),
                planId,
                Map.of(
                    "kind", "AD_HOC",
                    "title", "Tiến độ " + progress + " " + System.nanoTime(),
                    "windowStart", "2024-01-01",
                    "windowEnd", "2024-12-31",
                    "dueDate", "2099-06-30"))
            .getLong("id");
    RequestSpecification officer = Accounts.sessionOf("UNIT_OFFICER", lead);
    long report = reportOf(officer, periodId, lead);
    long version =
        as(officer)
            .get("/api/v1/reports/{id}", report)
            .then()
            .extract()
            .jsonPath()
            .getLong("version");
    JsonPath saved =
        as(officer)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "entries",
                    List.of(Map.of("taskId", taskId, "progress", progress)),
                    "version",
                    version))
            .put("/api/v1/reports/{id}", report)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    post(
        officer,
        "/api/v1/reports/" + report + "/submit",
        Map.of("version", saved.getLong("version")));
  }

  @Test
  void shouldListTasksPastTheirDueDateUntilTheLeadReportsThemDone() {
    RequestSpecification admin = Accounts.login(Accounts.ADMIN, Accounts.ADMIN_PASSWORD);
    long planId =
        post(
                admin,
                "/api/v1/plans",
                Map.of(
                    "symbol",
                    "KH-UBND",
                    "issuerId",
                    Seeded.unitId("UBND huyện Ngọc Hồi"),
                    "issueYear",
                    2024,
                    "title",
                    "Kế hoạch có hạn hoàn thành"))
            .getLong("id");
    long group =
        post(
                admin,
                "/api/v1/plans/" + planId + "/tasks",
                Map.of("kind", "GROUP", "label", "1", "text", "Nhóm"))
            .getLong("id");
    long item =
        post(
                admin,
                "/api/v1/plans/" + planId + "/tasks",
                Map.of("parentId", group, "kind", "ITEM", "label", "a", "text", "Mở 2 lớp nghề"))
            .getLong("id");
    long lead = Seeded.unitId("Phòng GD&ĐT");
    post(
        admin,
        "/api/v1/plans/" + planId + "/assignment-blocks",
        Map.of(
            "itemId",
            item,
            "leadUnitId",
            lead,
            "timeframe",
            "DUE",
            "dueDate",
            "2024-12-31",
            "taskIds",
            List.of(item)));
    List<Map<String, Object>> overdue =
        asAdmin().get("/api/v1/plans/{id}/overdue-tasks", planId).then().extract().path("items");
    assertThat(overdue).hasSize(1);
    assertThat(overdue.get(0))
        .containsEntry("taskCode", "1.a")
        .containsEntry("dueDate", "2024-12-31")
        .containsEntry("leadProgress", null);

    leadReports(planId, lead, item, "IN_PROGRESS");
    assertThat(overdueIds(planId)).containsExactly((int) item);
    leadReports(planId, lead, item, "DONE");
    assertThat(overdueIds(planId)).as("the lead's latest report says done").isEmpty();
  }
}
