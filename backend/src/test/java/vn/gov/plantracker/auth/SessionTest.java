package vn.gov.plantracker.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.gov.plantracker.support.Accounts.as;
import static vn.gov.plantracker.support.Accounts.asAdmin;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.Accounts;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.Seeded;

@QuarkusTest
@DatabaseTest
class SessionTest {

  @Inject EntityManager entityManager;

  private static Response login(String username, String password, String ip) {
    return given()
        .header("X-Forwarded-For", ip)
        .contentType(ContentType.JSON)
        .body(Map.of("username", username, "password", password))
        .post("/api/v1/session");
  }

  @Test
  void shouldOpenAnHttpOnlyStrictSessionAndShowWhoIsSignedIn() {
    long commune = Seeded.unitId("UBND xã Pờ Y");
    String username = Accounts.createUser("UNIT_OFFICER", commune);
    Response response = login(username, Accounts.PASSWORD, "198.51.100.1");
    response.then().statusCode(200).body("user.username", equalTo(username));
    String setCookie = response.getHeader("Set-Cookie");
    assertThat(setCookie).contains("pt_session=").contains("HttpOnly").contains("SameSite=Strict");
    assertThat(setCookie).as("no Secure flag over plain http").doesNotContain("Secure");
    String cookie = response.cookie("pt_session");

    given()
        .cookie("pt_session", cookie)
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("role", equalTo("UNIT_OFFICER"))
        .body("units[0].id", equalTo((int) commune));
    given()
        .cookie("pt_session", cookie)
        .get("/api/v1/session")
        .then()
        .statusCode(200)
        .body("csrfToken", equalTo(response.path("csrfToken")))
        .body("idleTimeoutSeconds", equalTo(1800));
  }

  @Test
  void shouldRefuseWrongPasswordsWithAProblemInTheCallersLanguage() {
    String username = Accounts.createUser("LEADER");
    login(username, "not-the-password", "198.51.100.2")
        .then()
        .statusCode(401)
        .contentType(containsString("application/problem+json"))
        .body("code", equalTo("LOGIN_FAILED"))
        .body("detail", containsString("mật khẩu"));
    given()
        .header("Accept-Language", "en")
        .contentType(ContentType.JSON)
        .body(Map.of("username", "nobody-at-all", "password", "whatever-it-is"))
        .post("/api/v1/session")
        .then()
        .statusCode(401)
        .body("detail", containsString("password"));
  }

  @Test
  void shouldRefuseAnonymousCallsAndUnknownCredentials() {
    given()
        .get("/api/v1/plans")
        .then()
        .statusCode(401)
        .contentType(containsString("application/problem+json"))
        .body("code", equalTo("UNAUTHENTICATED"));
    given().cookie("pt_session", "forged").get("/api/v1/plans").then().statusCode(401);
    given().auth().oauth2("pt_forged").get("/api/v1/plans").then().statusCode(401);
  }

  @Test
  void shouldRequireTheCsrfTokenForChangesMadeWithTheSessionCookie() {
    long commune = Seeded.unitId("UBND xã Pờ Y");
    Response response = login(Accounts.ADMIN, Accounts.ADMIN_PASSWORD, "198.51.100.3");
    String cookie = response.cookie("pt_session");
    Map<String, Object> group = Map.of("unitIds", List.of(commune), "version", 0);
    given()
        .cookie("pt_session", cookie)
        .contentType(ContentType.JSON)
        .body(group)
        .post("/api/v1/units")
        .then()
        .statusCode(403)
        .body("code", equalTo("CSRF_TOKEN_INVALID"));
    given()
        .cookie("pt_session", cookie)
        .header("X-CSRF-Token", "guessed")
        .contentType(ContentType.JSON)
        .body(Map.of())
        .post("/api/v1/units")
        .then()
        .statusCode(403)
        .body("code", equalTo("CSRF_TOKEN_INVALID"));
    given()
        .cookie("pt_session", cookie)
        .header("X-CSRF-Token", (String) response.path("csrfToken"))
        .contentType(ContentType.JSON)
        .body(Map.of())
        .post("/api/v1/units")
        .then()
        .statusCode(422);
  }

  @Test
  void shouldEndTheSessionOnTheServerAtLogout() {
    RequestSpecification session = Accounts.sessionOf("LEADER");
    as(session).get("/api/v1/me").then().statusCode(200);
    as(session).delete("/api/v1/session").then().statusCode(204);
    as(session).get("/api/v1/me").then().statusCode(401);
  }

  @Test
  void shouldEndSessionsThatWereIdleOrAreTooOld() {
    String idleUser = Accounts.createUser("LEADER");
    RequestSpecification idle = Accounts.login(idleUser, Accounts.PASSWORD);
    String oldUser = Accounts.createUser("LEADER");
    RequestSpecification old = Accounts.login(oldUser, Accounts.PASSWORD);
    Instant longAgo = Instant.now().minus(31, ChronoUnit.MINUTES);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              entityManager
                  .createQuery(
                      "update UserSession s set s.lastSeenAt = ?1 where s.user.username = ?2")
                  .setParameter(1, longAgo)
                  .setParameter(2, idleUser)
                  .executeUpdate();
              entityManager
                  .createQuery(
                      "update UserSession s set s.expiresAt = ?1 where s.user.username = ?2")
                  .setParameter(1, Instant.now().minusSeconds(1))
                  .setParameter(2, oldUser)
                  .executeUpdate();
            });
    as(idle).get("/api/v1/me").then().statusCode(401);
    as(old).get("/api/v1/me").then().statusCode(401);
  }

  @Test
  void shouldThrottleRepeatedFailuresForOneAccount() {
    String username = Accounts.createUser("LEADER");
    for (int i = 0; i < 5; i++) {
      login(username, "wrong-password-" + i, "198.51.100.10").then().statusCode(401);
    }
    Response throttled = login(username, Accounts.PASSWORD, "198.51.100.10");
    throttled.then().statusCode(429).body("code", equalTo("LOGIN_THROTTLED"));
    assertThat(Integer.parseInt(throttled.getHeader("Retry-After"))).isBetween(1, 60);
    // Someone else's failures do not lock the owner out of their own machine.
    login(username, Accounts.PASSWORD, "198.51.100.11").then().statusCode(200);
    asAdmin()
        .queryParam("kind", "LOGIN_FAILED")
        .queryParam("username", username)
        .get("/api/v1/security-events")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(5))
        .body("items.ip", hasItem("198.51.100.10"));
  }

  /** Guessing one account from many machines meets a higher bar, and waits that grow. */
  @Test
  void shouldThrottleGuessingSpreadOverManyAddresses() {
    String username = Accounts.createUser("LEADER");
    for (int i = 0; i < 50; i++) {
      login(username, "wrong-password-" + i, "198.51.101." + i).then().statusCode(401);
    }
    Response throttled = login(username, Accounts.PASSWORD, "198.51.102.1");
    throttled.then().statusCode(429);
    assertThat(Integer.parseInt(throttled.getHeader("Retry-After"))).isBetween(1, 60);
  }

  @Test
  void shouldThrottleRepeatedFailuresFromOneAddress() {
    String ip = "203.0.113.77";
    for (int i = 0; i < 20; i++) {
      login("guess" + i, "wrong-password", ip).then().statusCode(401);
    }
    String username = Accounts.createUser("LEADER");
    login(username, Accounts.PASSWORD, ip).then().statusCode(429);
    login(username, Accounts.PASSWORD, "203.0.113.78").then().statusCode(200);
  }

  /**
   * Behind the proxy the client writes the left of X-Forwarded-For; the proxy appends the address
   * it saw. Rotating the left part must not escape the limit.
   */
  @Test
  void shouldThrottleTheAddressTheProxySawHoweverTheClientFillsTheHeader() {
    String seen = "203.0.113.90";
    for (int i = 0; i < 20; i++) {
      login("rotating" + i, "wrong-password", "198.18.0." + i + ", " + seen).then().statusCode(401);
    }
    String username = Accounts.createUser("LEADER");
    login(username, Accounts.PASSWORD, "198.18.1.1, " + seen).then().statusCode(429);
    // Through a second local proxy the address it was given is still the client's.
    login(username, Accounts.PASSWORD, "198.18.1.2, " + seen + ", 127.0.0.1")
        .then()
        .statusCode(429);
    login(username, Accounts.PASSWORD, seen + ", 203.0.113.91").then().statusCode(200);
  }

  @Test
  void shouldChangeThePasswordAndEndTheOtherSessions() {
    String username = Accounts.createUser("LEADER");
    RequestSpecification first = Accounts.login(username, Accounts.PASSWORD);
    RequestSpecification second = Accounts.login(username, Accounts.PASSWORD);
    as(first)
        .contentType(ContentType.JSON)
        .body(Map.of("currentPassword", "not-my-password", "newPassword", "a-brand-new-password"))
        .put("/api/v1/me/password")
        .then()
        .statusCode(422)
        .body("code", equalTo("RULE_VIOLATED"));
    as(first)
        .contentType(ContentType.JSON)
        .body(Map.of("currentPassword", Accounts.PASSWORD, "newPassword", "short"))
        .put("/api/v1/me/password")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("newPassword"));
    as(first)
        .contentType(ContentType.JSON)
        .body(Map.of("currentPassword", Accounts.PASSWORD, "newPassword", "a-brand-new-password"))
        .put("/api/v1/me/password")
        .then()
        .statusCode(204);
    as(first).get("/api/v1/me").then().statusCode(200);
    as(second).get("/api/v1/me").then().statusCode(401);
    login(username, Accounts.PASSWORD, "198.51.100.20").then().statusCode(401);
    login(username, "a-brand-new-password", "198.51.100.20").then().statusCode(200);
  }

  @Test
  void shouldLockOutADisabledUserAtOnce() {
    String username = Accounts.createUser("LEADER");
    RequestSpecification session = Accounts.login(username, Accounts.PASSWORD);
    Map<String, Object> user =
        asAdmin()
            .queryParam("q", username)
            .get("/api/v1/users")
            .then()
            .statusCode(200)
            .extract()
            .path("items[0]");
    asAdmin()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "displayName", user.get("displayName"),
                "role", "LEADER",
                "unitIds", List.of(),
                "enabled", false,
                "version", user.get("version")))
        .put("/api/v1/users/{id}", user.get("id"))
        .then()
        .statusCode(200)
        .body("enabled", equalTo(false));
    as(session).get("/api/v1/me").then().statusCode(401);
    login(username, Accounts.PASSWORD, "198.51.100.30").then().statusCode(401);
  }

  @Test
  void shouldStoreOnlyABcryptHashOfThePassword() {
    String username = Accounts.createUser("LEADER");
    String hash =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    (String)
                        entityManager
                            .createNativeQuery(
                                "select password_hash from app_user where username = ?1")
                            .setParameter(1, username)
                            .getSingleResult());
    assertThat(hash).startsWith("$2").doesNotContain(Accounts.PASSWORD);
  }

  /** A copy of the database gives no way in: neither the cookie's secret nor the CSRF token. */
  @Test
  void shouldStoreNeitherTheSessionSecretNorItsCsrfToken() {
    String username = Accounts.createUser("LEADER");
    var login =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("username", username, "password", Accounts.PASSWORD))
            .post("/api/v1/session");
    String secret = login.cookie("pt_session");
    String csrf = login.path("csrfToken");
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    entityManager
                        .createNativeQuery(
                            "select s.* from user_session s join app_user u on u.id = s.user_id"
                                + " where u.username = ?1")
                        .setParameter(1, username)
                        .getResultList());
    assertThat(rows).hasSize(1);
    for (Object column : rows.get(0)) {
      assertThat(String.valueOf(column)).doesNotContain(secret).doesNotContain(csrf);
    }
    // The token still works, and a reloaded dashboard gets the same one back.
    given()
        .cookie("pt_session", secret)
        .get("/api/v1/session")
        .then()
        .statusCode(200)
        .body("csrfToken", org.hamcrest.Matchers.equalTo(csrf));
    given().cookie("pt_session", secret).delete("/api/v1/session").then().statusCode(403);
    given()
        .cookie("pt_session", secret)
        .header("X-CSRF-Token", csrf)
        .delete("/api/v1/session")
        .then()
        .statusCode(204);
  }

  @Test
  void shouldLogRefusedRequestsWithWhoAndWhere() throws InterruptedException {
    String username = Accounts.createUser("LEADER");
    RequestSpecification leader = Accounts.login(username, Accounts.PASSWORD);
    as(leader)
        .header("X-Forwarded-For", "198.51.100.99")
        .get("/api/v1/users")
        .then()
        .statusCode(403);
    int logged = 0;
    for (int attempt = 0; attempt < 50 && logged == 0; attempt++) {
      Thread.sleep(100);
      logged =
          asAdmin()
              .queryParam("kind", "ACCESS_DENIED")
              .queryParam("username", username)
              .get("/api/v1/security-events")
              .then()
              .extract()
              .path("totalItems");
    }
    assertThat(logged).isEqualTo(1);
    asAdmin()
        .queryParam("kind", "ACCESS_DENIED")
        .queryParam("username", username)
        .get("/api/v1/security-events")
        .then()
        .body("items[0].path", equalTo("/api/v1/users"))
        .body("items[0].method", equalTo("GET"))
        .body("items[0].ip", equalTo("198.51.100.99"));
  }

  @Test
  void shouldMarkTheCookieSecureOverTls() {
    String username = Accounts.createUser("LEADER");
    String setCookie =
        given()
            .header("X-Forwarded-Proto", "https")
            .contentType(ContentType.JSON)
            .body(Map.of("username", username, "password", Accounts.PASSWORD))
            .post("/api/v1/session")
            .then()
            .statusCode(200)
            .extract()
            .header("Set-Cookie");
    assertThat(setCookie).contains("Secure").contains("HttpOnly").contains("SameSite=Strict");
  }

  @Test
  void shouldHaveNoDemoAccountsUnlessTheDemoIsSwitchedOn() {
    login("xa.boy", "ngoc-hoi-2030", "198.51.100.40").then().statusCode(401);
    asAdmin().queryParam("q", "xa.boy").get("/api/v1/users").then().body("totalItems", equalTo(0));
  }
}
