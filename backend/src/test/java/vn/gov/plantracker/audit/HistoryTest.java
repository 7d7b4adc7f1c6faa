package vn.gov.plantracker.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.plantracker.support.Accounts.as;
import static vn.gov.plantracker.support.Accounts.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.Accounts;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.Seeded;

@QuarkusTest
@DatabaseTest
class HistoryTest {

  private static Map<String, Object> change(JsonPath entry, String field) {
    List<Map<String, Object>> changes = entry.getList("changes");
    return changes.stream()
        .filter(c -> field.equals(c.get("field")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no change of " + field + " in " + changes));
  }

  private static Object versionOf(Object unitId) {
    return asAdmin().get("/api/v1/units/{id}", unitId).then().extract().path("version");
  }

  @Test
  void shouldRecordWhoChangedWhatFromWhereWithBeforeAndAfter() {
    String ip = "192.0.2.44";
    Map<String, Object> unit =
        asAdmin()
            .header("X-Forwarded-For", ip)
            .contentType(ContentType.JSON)
            .body(Map.of("name", "Trường Tiểu học Thử nghiệm", "kind", "OTHER"))
            .post("/api/v1/units")
            .then()
            .statusCode(201)
            .extract()
            .path("$");
    Object id = unit.get("id");
    asAdmin()
        .header("X-Forwarded-For", ip)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "name", "Trường Tiểu học Ngọc Hồi",
                "kind", "OTHER",
                "version", unit.get("version")))
        .put("/api/v1/units/{id}", id)
        .then()
        .statusCode(200);

    JsonPath history =
        asAdmin().get("/api/v1/units/{id}/history", id).then().statusCode(200).extract().jsonPath();
    assertThat(history.getInt("totalItems")).isEqualTo(2);
    JsonPath latest = new JsonPath(history.prettify()).setRootPath("items[0]");
    assertThat(latest.getString("change")).isEqualTo("MODIFIED");
    assertThat(latest.getString("actor.username")).isEqualTo(Accounts.ADMIN);
    assertThat(latest.getString("actor.via")).isEqualTo("SESSION");
    assertThat(latest.getString("ip")).isEqualTo(ip);
    assertThat(change(latest, "name"))
        .containsEntry("before", "Trường Tiểu học Thử nghiệm")
        .containsEntry("after", "Trường Tiểu học Ngọc Hồi");
    assertThat(latest.getList("changes")).hasSize(1);
    JsonPath first = new JsonPath(history.prettify()).setRootPath("items[1]");
    assertThat(first.getString("change")).isEqualTo("ADDED");
  }

  @Test
  void shouldKeepTheHistoryOfDeletedRecordsAndTheSeedAsTheSystems() {
    Map<String, Object> unit =
        asAdmin()
            .contentType(ContentType.JSON)
            .body(Map.of("name", "Đơn vị tạm", "kind", "OTHER"))
            .post("/api/v1/units")
            .then()
            .statusCode(201)
            .extract()
            .path("$");
    asAdmin()
        .queryParam("version", versionOf(unit.get("id")))
        .delete("/api/v1/units/{id}", unit.get("id"))
        .then()
        .statusCode(204);
    asAdmin()
        .get("/api/v1/units/{id}/history", unit.get("id"))
        .then()
        .statusCode(200)
        .body("items[0].change", equalTo("DELETED"))
        .body("items[0].changes.find { it.field == 'name' }.before", equalTo("Đơn vị tạm"));

    long planId = Seeded.planId();
    asAdmin()
        .get("/api/v1/plans/{id}/history", planId)
        .then()
        .statusCode(200)
        .body("items[-1].change", equalTo("ADDED"))
        .body("items[-1].actor.via", equalTo("SYSTEM"))
        .body(
            "items[-1].changes.find { it.field == 'signature.signerName' }.after",
            equalTo("Y Lan"));
    asAdmin().get("/api/v1/tasks/{id}/history", 999999).then().statusCode(404);
  }

  @Test
  void shouldRecordUserChangesButNeverPasswords() {
    String username = Accounts.createUser("LEADER");
    Map<String, Object> user =
        asAdmin().queryParam("q", username).get("/api/v1/users").then().extract().path("items[0]");
    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("newPassword", "another-long-password"))
        .put("/api/v1/users/{id}/password", user.get("id"))
        .then()
        .statusCode(204);
    String history =
        asAdmin()
            .get("/api/v1/users/{id}/history", user.get("id"))
            .then()
            .statusCode(200)
            .body("totalItems", equalTo(1))
            .body(
                "items[0].changes.field",
                org.hamcrest.Matchers.hasItems("role", "units", "username"))
            .extract()
            .asString();
    assertThat(history).doesNotContain("password").doesNotContain("$2");
  }

  @Test
  void shouldOfferNoWayToChangeOrDeleteHistory() {
    long planId = Seeded.planId();
    for (String method : List.of("PUT", "POST", "DELETE", "PATCH")) {
      asAdmin()
          .contentType(ContentType.JSON)
          .body(Map.of())
          .request(method, "/api/v1/plans/" + planId + "/history")
          .then()
          .statusCode(405);
    }
    RequestSpecification officer =
        Accounts.sessionOf("UNIT_OFFICER", Seeded.unitId("UBND xã Pờ Y"));
    as(officer).get("/api/v1/plans/{id}/history", planId).then().statusCode(200);
    as(officer).get("/api/v1/users/1/history").then().statusCode(403);
  }
}
