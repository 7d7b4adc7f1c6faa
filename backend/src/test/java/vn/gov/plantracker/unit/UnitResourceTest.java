package vn.gov.plantracker.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.plantracker.support.Accounts.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.Seeded;

/** Units form a tree with materialised paths; moves keep it consistent and refuse cycles. */
@QuarkusTest
@DatabaseTest
class UnitResourceTest {

  @Test
  void shouldFindUnitsWithoutDiacriticsInVietnameseOrder() {
    List<String> names =
        asAdmin()
            .queryParam("q", "uy ban nhan dan xa")
            .queryParam("size", 50)
            .get("/api/v1/units")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items.name");
    assertThat(names)
        .containsExactly(
            "Ủy ban nhân dân xã Đăk Ang",
            "Ủy ban nhân dân xã Đăk Dục",
            "Ủy ban nhân dân xã Đăk Kan",
            "Ủy ban nhân dân xã Đăk Nông",
            "Ủy ban nhân dân xã Đăk Xú",
            "Ủy ban nhân dân xã Pờ Y",
            "Ủy ban nhân dân xã Sa Loong");
  }

  @Test
  void shouldMoveASubtreeAndRefuseACycle() {
    long district = Seeded.unitId("UBND huyện Ngọc Hồi");
    long parent = create("Phòng thử nghiệm", district);
    long child = create("Tổ thử nghiệm", parent);
    String parentPath = asAdmin().get("/api/v1/units/{id}", parent).then().extract().path("path");
    asAdmin()
        .get("/api/v1/units/{id}", child)
        .then()
        .body("path", equalTo(parentPath + child + "/"));

    long version =
        asAdmin().get("/api/v1/units/{id}", parent).then().extract().jsonPath().getLong("version");
    asAdmin()
        .contentType("application/json")
        .body(
            Map.of(
                "name",
                "Phòng thử nghiệm",
                "kind",
                "OFFICE",
                "parentId",
                child,
                "version",
                version))
        .when()
        .put("/api/v1/units/{id}", parent)
        .then()
        .statusCode(422)
        .body("code", equalTo("RULE_VIOLATED"));

    asAdmin()
        .contentType("application/json")
        .body(Map.of("name", "Phòng thử nghiệm", "kind", "OFFICE", "version", version))
        .when()
        .put("/api/v1/units/{id}", parent)
        .then()
        .statusCode(200)
        .body("path", equalTo("/" + parent + "/"));
    asAdmin()
        .get("/api/v1/units/{id}", child)
        .then()
        .body("path", equalTo("/" + parent + "/" + child + "/"));
  }

  @Test
  void shouldRefuseToDeleteAUnitThatStillOwesTasks() {
    long office = Seeded.unitId("Phòng Tư pháp");
    long version =
        asAdmin().get("/api/v1/units/{id}", office).then().extract().jsonPath().getLong("version");
    asAdmin()
        .queryParam("version", version)
        .when()
        .delete("/api/v1/units/{id}", office)
        .then()
        .statusCode(409)
        .body("code", equalTo("CONFLICT"));
    asAdmin().get("/api/v1/units/{id}", office).then().statusCode(200);
  }

  @Test
  void shouldLetTheCoordinatorChooseTheRelatedUnits() {
    long related =
        asAdmin()
            .get("/api/v1/units/tree")
            .then()
            .extract()
            .jsonPath()
            .getLong("groups.find { it.code == 'RELATED_UNITS' }.id");
    long ethnic = Seeded.unitId("Phòng Dân tộc");
    long planId = Seeded.planId();
    long version =
        asAdmin()
            .get("/api/v1/unit-groups/{id}", related)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("version");
    Map<String, Object> choose =
        Map.of("name", "Các đơn vị liên quan", "memberIds", List.of(ethnic), "version", version);
    long chosenVersion =
        asAdmin()
            .contentType("application/json")
            .body(choose)
            .when()
            .put("/api/v1/unit-groups/{id}", related)
            .then()
            .statusCode(200)
            .body("members.shortName", equalTo(List.of("Phòng Dân tộc")))
            .extract()
            .jsonPath()
            .getLong("version");
    try {
      asAdmin()
          .queryParam("unitId", ethnic)
          .queryParam("size", 200)
          .when()
          .get("/api/v1/plans/{id}/tasks", planId)
          .then()
          .statusCode(200)
          .body("items.find { it.code == '3.a.8' }.roles[0].role", equalTo("COORDINATING"))
          .body(
              "items.find { it.code == '3.a.8' }.roles[0].viaGroup.shortName",
              equalTo("RELATED_UNITS"));
      asAdmin()
          .contentType("application/json")
          .body(choose)
          .when()
          .put("/api/v1/unit-groups/{id}", related)
          .then()
          .statusCode(409);
    } finally {
      asAdmin()
          .contentType("application/json")
          .body(
              Map.of(
                  "name", "Các đơn vị liên quan", "memberIds", List.of(), "version", chosenVersion))
          .when()
          .put("/api/v1/unit-groups/{id}", related)
          .then()
          .statusCode(200);
    }
  }

  @Test
  void shouldRefuseAnUnknownMember() {
    long related =
        asAdmin()
            .get("/api/v1/units/tree")
            .then()
            .extract()
            .jsonPath()
            .getLong("groups.find { it.code == 'RELATED_UNITS' }.id");
    long version =
        asAdmin()
            .get("/api/v1/unit-groups/{id}", related)
            .then()
            .extract()
            .jsonPath()
            .getLong("version");
    asAdmin()
        .contentType("application/json")
        .body(
            Map.of(
                "name", "Các đơn vị liên quan", "memberIds", List.of(987654), "version", version))
        .when()
        .put("/api/v1/unit-groups/{id}", related)
        .then()
        .statusCode(404)
        .body("code", equalTo("NOT_FOUND"));
  }

  private static long create(String name, long parentId) {
    return asAdmin()
        .contentType("application/json")
        .body(Map.of("name", name, "kind", "OFFICE", "parentId", parentId))
        .when()
        .post("/api/v1/units")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }
}
