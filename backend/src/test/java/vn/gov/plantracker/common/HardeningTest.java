package vn.gov.plantracker.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.gov.plantracker.support.Accounts.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.DatabaseTest;

@QuarkusTest
@DatabaseTest
class HardeningTest {

  @Test
  void shouldSendSecurityHeadersOnTheDashboardAndTheApi() {
    for (Response response : new Response[] {given().get("/"), asAdmin().get("/api/v1/plans")}) {
      response
          .then()
          .header("X-Content-Type-Options", "nosniff")
          .header("Referrer-Policy", "no-referrer")
          .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
          .header("Content-Security-Policy", containsString("script-src 'self';"))
          .header("Strict-Transport-Security", nullValue());
    }
    given()
        .get("/q/swagger-ui/")
        .then()
        .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"));
  }

  @Test
  void shouldSendHstsOnlyOverTls() {
    given()
        .header("X-Forwarded-Proto", "https")
        .get("/api/v1/nothing")
        .then()
        .header("Strict-Transport-Security", containsString("max-age="));
  }

  @Test
  void shouldNeverLetAuthenticatedAnswersBeCached() {
    asAdmin().get("/api/v1/me").then().statusCode(200).header("Cache-Control", "no-store");
    given().get("/api/v1/me").then().statusCode(401).header("Cache-Control", "no-store");
  }

  @Test
  void shouldAllowOnlyConfiguredOriginsAndNeverWithCookies() {
    given()
        .header("Origin", "https://portal.example.gov.vn")
        .header("Access-Control-Request-Method", "GET")
        .header("Access-Control-Request-Headers", "authorization")
        .options("/api/v1/plans")
        .then()
        .header("Access-Control-Allow-Origin", "https://portal.example.gov.vn")
        .header("Access-Control-Allow-Credentials", not(equalTo("true")));
    String allowed =
        given()
            .header("Origin", "https://evil.example.com")
            .header("Access-Control-Request-Method", "GET")
            .options("/api/v1/plans")
            .getHeader("Access-Control-Allow-Origin");
    assertThat(allowed).isNotEqualTo("https://evil.example.com").isNotEqualTo("*");
  }

  @Test
  void shouldKeepStackTracesAndSqlOutOfErrors() {
    String[] bodies = {
      asAdmin().contentType(ContentType.JSON).body("{\"name\": ").post("/api/v1/units").asString(),
      asAdmin()
          .contentType(ContentType.JSON)
          .body(Map.of("name", "x".repeat(5000), "kind", "OFFICE"))
          .post("/api/v1/units")
          .asString(),
      asAdmin().get("/api/v1/plans/not-a-number").asString(),
      given().cookie("pt_session", "' or 1=1 --").get("/api/v1/plans").asString()
    };
    for (String body : bodies) {
      assertThat(body)
          .doesNotContainIgnoringCase("exception")
          .doesNotContainIgnoringCase("select ")
          .doesNotContain("at vn.gov")
          .doesNotContain("org.hibernate");
    }
  }
}
