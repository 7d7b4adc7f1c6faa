package vn.gov.plantracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static vn.gov.plantracker.support.Accounts.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.Seeded;

/**
 * Creating, changing and deleting a plan with its targets, tasks and assignment blocks; a stale
 * version is refused with 409 and changes nothing.
 */
@QuarkusTest
@DatabaseTest
class PlanWriteTest {

  private static JsonPath post(String path, Object body, Object... pathParams) {
    return asAdmin()
        .contentType("application/json")
        .body(body)
        .when()
        .post(path, pathParams)
        .then()
        .statusCode(201)
        .header("Location", startsWith("http"))
        .extract()
        .jsonPath();
  }

  private static long createPlan(String title) {
    return post(
            "/api/v1/plans",
            Map.of(
                "symbol",
                "KH-UBND",
                "number",
                "3714",
                "issuerId",
                Seeded.unitId("UBND huyện Ngọc Hồi"),
                "issueYear",
                2026,
                "issueDate",
                "2026-04-11",
                "title",
                title))
        .getLong("id");
  }

  @Test
  void shouldCreateAPlanWithTasksAndAnAssignmentBlockThenDeleteItAll() {
    long planId = createPlan("Kế hoạch thử nghiệm phân công");
    long group =
        post(
                "/api/v1/plans/{id}/tasks",
                Map.of("kind", "GROUP", "label", "1", "text", "Nhóm"),
                planId)
            .getLong("id");
    long item =
        post(
                "/api/v1/plans/{id}/tasks",
                Map.of("parentId", group, "kind", "ITEM", "label", "a", "text", "Mục a"),
                planId)
            .getLong("id");
    long first =
        post(
                "/api/v1/plans/{id}/tasks",
                Map.of("parentId", item, "kind", "ACTION", "label", "1", "text", "Việc một"),
                planId)
            .getLong("id");
    JsonPath second =
        post(
            "/api/v1/plans/{id}/tasks",
            Map.of("parentId", item, "kind", "ACTION", "label", "2", "text", "Việc hai"),
            planId);
    assertThat(second.getString("code")).isEqualTo("1.a.2");
    asAdmin()
        .contentType("application/json")
        .body(Map.of("parentId", item, "kind", "ACTION", "label", "3", "text", "Việc ba"))
        .when()
        .post("/api/v1/plans/{id}/tasks", planId)
        .then()
        .statusCode(201)
        .header("Location", matchesPattern("http://[^/]+/api/v1/tasks/\\d+"));

    JsonPath block =
        post(
            "/api/v1/plans/{id}/assignment-blocks",
            Map.of(
                "itemId",
                item,
                "leadUnitId",
                Seeded.unitId("Phòng GD&ĐT"),
                "coordinating",
                List.of(Map.of("unitId", Seeded.unitId("Phòng LĐTBXH"))),
                "timeframe",
                "DUE",
                "dueDate",
                "2026-12-31",
                "taskIds",
                List.of(first, second.getLong("id"))),
            planId);
    assertThat(block.getList("taskCodes")).containsExactly("1.a.1", "1.a.2");

    asAdmin()
        .queryParam("unitId", Seeded.unitId("Phòng GD&ĐT"))
        .when()
        .get("/api/v1/plans/{id}/tasks", planId)
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(2))
        .body("items[0].roles[0].role", equalTo("LEAD"));

    long version =
        asAdmin().get("/api/v1/plans/{id}", planId).then().extract().jsonPath().getLong("version");
    asAdmin()
        .queryParam("version", version)
        .delete("/api/v1/plans/{id}", planId)
        .then()
        .statusCode(204);
    asAdmin().get("/api/v1/tasks/{id}", first).then().statusCode(404);
    asAdmin()
        .get("/api/v1/tasks/{id}/history", first)
        .then()
        .statusCode(200)
        .body("items[0].change", equalTo("DELETED"));
    asAdmin()
        .get("/api/v1/assignment-blocks/{id}/history", block.getLong("id"))
        .then()
        .statusCode(200)
        .body("items[0].change", equalTo("DELETED"));
  }

  @Test
  void shouldRefuseAStaleUpdateAndKeepTheStoredPlan() {
    long planId = createPlan("Kế hoạch trước khi sửa");
    JsonPath loaded = asAdmin().get("/api/v1/plans/{id}", planId).then().extract().jsonPath();
    Map<String, Object> update =
        Map.of(
            "symbol",
            "KH-UBND",
            "issuerId",
            loaded.getLong("issuer.id"),
            "issueYear",
            2026,
            "title",
            "Kế hoạch đã sửa",
            "version",
            loaded.getLong("version"));
    asAdmin()
        .contentType("application/json")
        .body(update)
        .when()
        .put("/api/v1/plans/{id}", planId)
        .then()
        .statusCode(200)
        .body("title", equalTo("Kế hoạch đã sửa"));

    Map<String, Object> stale = new java.util.HashMap<>(update);
    stale.put("title", "Sửa đè bằng bản cũ");
    asAdmin()
        .contentType("application/json")
        .body(stale)
        .when()
        .put("/api/v1/plans/{id}", planId)
        .then()
        .statusCode(409)
        .body("code", equalTo("STALE_VERSION"));
    asAdmin().get("/api/v1/plans/{id}", planId).then().body("title", equalTo("Kế hoạch đã sửa"));
  }

  @Test
  void shouldRequireTheVersionToUpdateOrDelete() {
    long planId = createPlan("Kế hoạch cần phiên bản");
    asAdmin()
        .when()
        .delete("/api/v1/plans/{id}", planId)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("version"));
    long version =
        asAdmin().get("/api/v1/plans/{id}", planId).then().extract().jsonPath().getLong("version");
    asAdmin()
        .queryParam("version", version)
        .when()
        .delete("/api/v1/plans/{id}", planId)
        .then()
        .statusCode(204);
    asAdmin().get("/api/v1/plans/{id}", planId).then().statusCode(404);
  }

  @Test
  void shouldRejectABlockCoveringATaskOfAnotherItemOrAlreadyCovered() {
    long planId = Seeded.planId();
    JsonPath tasks =
        asAdmin()
            .queryParam("size", 200)
            .get("/api/v1/plans/{id}/tasks", planId)
            .then()
            .extract()
            .jsonPath();
    long item3a = tasks.getLong("items.find { it.code == '3.a.1' }.assignment.itemId");
    long action3b1 = tasks.getLong("items.find { it.code == '3.b.1' }.id");
    long action3a1 = tasks.getLong("items.find { it.code == '3.a.1' }.id");
    Map<String, Object> block =
        Map.of(
            "itemId",
            item3a,
            "leadUnitId",
            Seeded.unitId("Phòng Tư pháp"),
            "timeframe",
            "ONGOING",
            "taskIds",
            List.of(action3b1));
    asAdmin()
        .contentType("application/json")
        .body(block)
        .when()
        .post("/api/v1/plans/{id}/assignment-blocks", planId)
        .then()
        .statusCode(422)
        .body("code", equalTo("RULE_VIOLATED"));
    Map<String, Object> taken = new java.util.HashMap<>(block);
    taken.put("taskIds", List.of(action3a1));
    asAdmin()
        .contentType("application/json")
        .body(taken)
        .when()
        .post("/api/v1/plans/{id}/assignment-blocks", planId)
        .then()
        .statusCode(422)
        .body("detail", equalTo("Nhiệm vụ 3.a.1 đã thuộc một khối phân công khác."));
  }

  @Test
  void shouldRejectAQuantitativeTargetWithAnInvertedRange() {
    long planId = createPlan("Kế hoạch có mục tiêu");
    asAdmin()
        .contentType("application/json")
        .body(
            Map.of(
                "targetYear",
                2030,
                "text",
                "Tỷ lệ",
                "kind",
                "QUANTITATIVE",
                "low",
                60,
                "high",
                50,
                "measureUnit",
                "%"))
        .when()
        .post("/api/v1/plans/{id}/targets", planId)
        .then()
        .statusCode(422)
        .body("code", equalTo("RULE_VIOLATED"));
    asAdmin().get("/api/v1/plans/{id}/targets", planId).then().body("totalItems", equalTo(0));
  }
}
