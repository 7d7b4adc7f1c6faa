package vn.gov.plantracker.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.InstallationProfile;

/** With public read switched on, anyone may read the plan, and nothing more. */
@QuarkusTest
@DatabaseTest
@TestProfile(InstallationProfile.class)
class PublicReadTest {

  @Test
  void shouldLetAnonymousCallersReadThePlanOnly() {
    given().get("/api/v1/plans").then().statusCode(200).body("totalItems", greaterThan(0));
    given().get("/api/v1/units/tree").then().statusCode(200);
    given().get("/api/v1/users").then().statusCode(401);
    given().get("/api/v1/security-events").then().statusCode(401);
    given().get("/api/v1/units/1/obligations").then().statusCode(401);
    given().get("/api/v1/me").then().statusCode(401);
    given().contentType("application/json").body("{}").post("/api/v1/units").then().statusCode(401);
  }
}
