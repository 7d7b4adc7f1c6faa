package vn.gov.plantracker.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.InstallationProfile;

/** With password reset switched off, neither asking nor confirming works, and the page says so. */
@QuarkusTest
@DatabaseTest
@TestProfile(InstallationProfile.class)
class PasswordResetOffTest {

  @Test
  void shouldRefuseResetsAndTellTheSignInPage() {
    given()
        .get("/api/v1/session/options")
        .then()
        .statusCode(200)
        .body("passwordReset", equalTo(false));
    given()
        .header("Accept-Language", "en")
        .contentType(ContentType.JSON)
        .body(Map.of("login", "admin"))
        .post("/api/v1/password-resets")
        .then()
        .statusCode(404)
        .contentType(containsString("application/problem+json"))
        .body("code", equalTo("PASSWORD_RESET_DISABLED"))
        .body("detail", containsString("administrator"));
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("token", "anything-at-all", "newPassword", "mua xuan tren cao nguyen 2026"))
        .post("/api/v1/password-resets/confirm")
        .then()
        .statusCode(404)
        .body("code", equalTo("PASSWORD_RESET_DISABLED"));
  }
}
