package vn.gov.plantracker.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.DatabaseTest;

@QuarkusTest
@DatabaseTest
class PlanResourceTest {

  @Test
  void shouldListTheSeededPlan() {
    given()
        .when()
        .get("/api/v1/plans")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1))
        .body("items[0].symbol", equalTo("KH-UBND"))
        .body("items[0].number", nullValue())
        .body("items[0].issueYear", equalTo(2023))
        .body("items[0].issuer.shortName", equalTo("UBND huyện Ngọc Hồi"));
  }

  @Test
  void shouldGiveThePlanWithTargetsAndReferences() {
    long id = given().get("/api/v1/plans").then().extract().jsonPath().getLong("items[0].id");
    given()
        .when()
        .get("/api/v1/plans/{id}", id)
        .then()
        .statusCode(200)
        .body("targets", hasSize(3))
        .body("references", hasSize(9))
        .body("signature.signerName", equalTo("Y Lan"));
  }
}
