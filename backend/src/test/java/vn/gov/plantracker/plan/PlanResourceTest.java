package vn.gov.plantracker.plan;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.plantracker.support.Accounts.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.Seeded;

@QuarkusTest
@DatabaseTest
class PlanResourceTest {

  @Test
  void shouldGiveTheSeededDraftWithoutNumberOrDate() {
    asAdmin()
        .when()
        .get("/api/v1/plans/{id}", Seeded.planId())
        .then()
        .statusCode(200)
        .body("symbol", equalTo("KH-UBND"))
        .body("number", nullValue())
        .body("issueYear", equalTo(2023))
        .body("status", equalTo("DRAFT"))
        .body("issuer.shortName", equalTo("UBND huyện Ngọc Hồi"));
  }

  @Test
  void shouldGiveThePlanWithTargetsAndReferences() {
    asAdmin()
        .when()
        .get("/api/v1/plans/{id}", Seeded.planId())
        .then()
        .statusCode(200)
        .body("targets", hasSize(3))
        .body("references", hasSize(9))
        .body("signature.signerName", equalTo("Y Lan"));
  }
}
