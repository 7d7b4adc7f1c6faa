package vn.gov.plantracker.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.plantracker.support.Accounts.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.Seeded;

/** The flat task list answers "what does this unit owe" and free-text searches. */
@QuarkusTest
@DatabaseTest
class TaskListTest {

  private JsonPath tasks(Object... params) {
    long planId = Seeded.planId();
    var request = asAdmin().queryParam("size", 200);
    for (int i = 0; i < params.length; i += 2) {
      request = request.queryParam((String) params[i], params[i + 1]);
    }
    return request
        .get("/api/v1/plans/{id}/tasks", planId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void shouldListEveryActionableTaskInDocumentOrder() {
    List<String> codes = tasks().getList("items.code");
    assertThat(codes).hasSize(25);
    assertThat(codes.subList(0, 5)).containsExactly("1.a", "1.b.1", "1.b.2", "2.a", "2.b");
    assertThat(codes).containsSubsequence("3.a.9", "3.a.10", "3.b.1");
  }

  @Test
  void shouldCountAUnitInANamedGroupAsOwingTheTask() {
    JsonPath education = tasks("unitId", Seeded.unitId("Phòng GD&ĐT"));
    assertThat(education.getList("items.code"))
        .containsExactly("1.a", "1.b.1", "1.b.2", "3.a.8")
        .doesNotContain("3.b.1");
    assertThat(education.getString("items.find { it.code == '3.a.8' }.roles[0].role"))
        .isEqualTo("LEAD");
    assertThat(education.getString("items.find { it.code == '1.a' }.roles[0].viaGroup.shortName"))
        .isEqualTo("ALL_OFFICES");

    assertThat(tasks("unitId", Seeded.unitId("UBND xã Pờ Y")).getList("items.code"))
        .containsExactly("1.a", "1.b.1", "1.b.2");
  }

  @Test
  void shouldListTheTasksAssignedToAGroupAsAWhole() {
    long communes =
        asAdmin()
            .get("/api/v1/units/tree")
            .then()
            .extract()
            .jsonPath()
            .getLong("groups.find { it.code == 'ALL_COMMUNES' }.id");
    JsonPath assigned = tasks("groupId", communes);
    assertThat(assigned.getList("items.code")).containsExactly("1.a", "1.b.1", "1.b.2");
    assertThat(assigned.getList("items.collect { it.roles[0].role }"))
        .containsExactly("IMPLEMENTING", "COORDINATING", "COORDINATING");
    assertThat(tasks("groupId", communes, "role", "IMPLEMENTING").getList("items.code"))
        .containsExactly("1.a");
  }

  @Test
  void shouldFilterByRoleAndTimeframe() {
    List<String> led =
        tasks("unitId", Seeded.unitId("Phòng LĐTBXH"), "role", "LEAD").getList("items.code");
    assertThat(led)
        .containsExactly(
            "1.b.1", "1.b.2", "2.a", "3.a.1", "3.a.2", "3.a.3", "3.a.4", "3.a.5", "3.a.6", "3.a.7",
            "3.c.1");
    assertThat(tasks("timeframe", "DUE").getList("items.code")).containsExactly("1.a");
  }

  @Test
  void shouldMatchTextWithOrWithoutDiacritics() {
    List<String> plain = tasks("q", "lao dong").getList("items.code");
    List<String> marked = tasks("q", "LAO ĐỘNG").getList("items.code");
    assertThat(plain).isNotEmpty().isEqualTo(marked).contains("3.a.5", "3.a.9");
    assertThat(tasks("q", "phan luong hoc sinh").getList("items.code")).containsExactly("3.a.8");
  }

  @Test
  void shouldPageWithTotals() {
    asAdmin()
        .queryParam("page", 2)
        .queryParam("size", 10)
        .when()
        .get("/api/v1/plans/{id}/tasks", Seeded.planId())
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(5))
        .body("totalItems", equalTo(25))
        .body("totalPages", equalTo(3))
        .body("items[0].code", equalTo("3.b.6"));
  }

  @Test
  void shouldListWhatAUnitOwesInAPlan() {
    long planId = Seeded.planId();
    long education = Seeded.unitId("Phòng GD&ĐT");
    JsonPath owed =
        asAdmin()
            .queryParam("size", 200)
            .queryParam("planId", planId)
            .get("/api/v1/units/{id}/obligations", education)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(owed.getList("items.task.code")).containsExactly("1.a", "1.b.1", "1.b.2", "3.a.8");
    assertThat(owed.getList("items.role"))
        .containsExactly("IMPLEMENTING", "COORDINATING", "COORDINATING", "LEAD");
    assertThat(owed.getString("items[0].viaGroup.name")).isEqualTo("Các Phòng, ban, ngành huyện");
    assertThat(owed.getString("items[0].dueDate")).isEqualTo("2023-12-31");
  }

  @Test
  void shouldListGuidanceAsAnObligationOfTheGuidingUnit() {
    JsonPath owed =
        asAdmin()
            .get("/api/v1/units/{id}/obligations", Seeded.unitId("Ban Tuyên giáo Huyện ủy"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(owed.getList("items.task.code")).containsExactly("1.a");
    assertThat(owed.getList("items.role")).containsExactly("GUIDANCE");
  }
}
