package vn.gov.plantracker.auth.totp;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
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
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.Accounts;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.Seeded;

@QuarkusTest
@DatabaseTest
class TotpTest {

  /** Each test signs in from its own address, so its failures throttle nobody else. */
  private static final AtomicInteger ADDRESS = new AtomicInteger(10);

  @Inject EntityManager entityManager;

  private static String address() {
    return "198.18.0." + ADDRESS.incrementAndGet();
  }

  private static Response login(String username, String otp, String ip) {
    Map<String, Object> body = new HashMap<>();
    body.put("username", username);
    body.put("password", Accounts.PASSWORD);
    if (otp != null) {
      body.put("otp", otp);
    }
    return given()
        .header("X-Forwarded-For", ip)
        .header("Accept-Language", "en")
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/session");
  }

  private static String codeAt(byte[] secret, long stepsFromNow) {
    return TotpCodes.codeAt(secret, TotpCodes.stepAt(Instant.now()) + stepsFromNow);
  }

  /** A coordinator with a confirmed second factor; returns the secret its app holds. */
  private static byte[] enrol(RequestSpecification session) {
    String base32 =
        as(session)
            .post("/api/v1/me/totp")
            .then()
            .statusCode(200)
            .body("otpauthUri", startsWith("otpauth://totp/Plan%20tracker:"))
            .body("qrSvg", startsWith("<svg"))
            .extract()
            .path("secret");
    byte[] secret = new Base32().decode(base32);
    as(session)
        .contentType(ContentType.JSON)
        .body(Map.of("code", codeAt(secret, 0)))
        .post("/api/v1/me/totp/confirm")
        .then()
        .statusCode(204);
    return secret;
  }

  @Test
  void shouldAskForTheCodeOnceEnrolledAndAcceptEachCodeOnlyOnce() {
    String username = Accounts.createUser("COORDINATOR", Seeded.unitId("Phòng LĐTBXH"));
    RequestSpecification session = Accounts.login(username, Accounts.PASSWORD);
    as(session)
        .get("/api/v1/me")
        .then()
        .body("totpEnabled", equalTo(false))
        .body("canEnrolTotp", equalTo(true));
    String base32 =
        as(session).post("/api/v1/me/totp").then().statusCode(200).extract().path("secret");
    login(username, null, address()).then().statusCode(200);
    byte[] secret = new Base32().decode(base32);
    as(session)
        .contentType(ContentType.JSON)
        .body(Map.of("code", "not-a-code"))
        .post("/api/v1/me/totp/confirm")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("code"));
    as(session)
        .contentType(ContentType.JSON)
        .body(Map.of("code", codeAt(secret, 0)))
        .post("/api/v1/me/totp/confirm")
        .then()
        .statusCode(204);
    as(session).get("/api/v1/me").then().body("totpEnabled", equalTo(true));

    String ip = address();
    login(username, null, ip)
        .then()
        .statusCode(401)
        .contentType(startsWith("application/problem+json"))
        .body("code", equalTo("OTP_REQUIRED"));
    login(username, "12345x", ip).then().statusCode(401).body("code", equalTo("OTP_INVALID"));
    // The code that confirmed the set-up was used already.
    login(username, codeAt(secret, 0), ip)
        .then()
        .statusCode(401)
        .body("code", equalTo("OTP_INVALID"));
    String next = codeAt(secret, 1);
    login(username, next, ip).then().statusCode(200).body("user.totpEnabled", equalTo(true));
    login(username, next, ip).then().statusCode(401).body("code", equalTo("OTP_INVALID"));

    asAdmin()
        .queryParam("username", username)
        .get("/api/v1/security-events")
        .then()
        .body("items.kind", hasItem("OTP_REQUIRED"))
        .body("items.kind", hasItem("OTP_FAILED"))
        .body("items.kind", hasItem("SECOND_FACTOR_ENABLED"));
  }

  @Test
  void shouldCountWrongCodesAsFailedSignIns() {
    String username = Accounts.createUser("ADMIN");
    byte[] secret = enrol(Accounts.login(username, Accounts.PASSWORD));
    String ip = address();
    for (int i = 0; i < 5; i++) {
      login(username, "000000".equals(codeAt(secret, 0)) ? "111111" : "000000", ip)
          .then()
          .statusCode(401);
    }
    login(username, codeAt(secret, 1), ip)
        .then()
        .statusCode(429)
        .body("code", equalTo("LOGIN_THROTTLED"));
  }

  @Test
  void shouldRefuseASecondFactorToUnitOfficers() {
    RequestSpecification officer =
        Accounts.sessionOf("UNIT_OFFICER", Seeded.unitId("UBND xã Pờ Y"));
    as(officer).get("/api/v1/me").then().body("canEnrolTotp", equalTo(false));
    as(officer)
        .post("/api/v1/me/totp")
        .then()
        .statusCode(403)
        .body("code", equalTo("SECOND_FACTOR_NOT_ALLOWED"));
  }

  @Test
  void shouldLetAnAdministratorResetALostSecondFactor() {
    String username = Accounts.createUser("COORDINATOR", Seeded.unitId("Phòng LĐTBXH"));
    enrol(Accounts.login(username, Accounts.PASSWORD));
    long id = idOf(username);
    asAdmin()
        .get("/api/v1/users/{id}", id)
        .then()
        .body("totpEnabled", equalTo(true))
        .body("canResetTotp", equalTo(true));

    asAdmin().delete("/api/v1/users/{id}/totp", id).then().statusCode(204);

    login(username, null, address())
        .then()
        .statusCode(200)
        .body("user.totpEnabled", equalTo(false));
    asAdmin()
        .get("/api/v1/users/{id}", id)
        .then()
        .body("totpEnabled", equalTo(false))
        .body("canResetTotp", equalTo(false));
    asAdmin()
        .queryParam("kind", "SECOND_FACTOR_RESET")
        .queryParam("username", username)
        .get("/api/v1/security-events")
        .then()
        .body("items.kind", equalTo(java.util.List.of("SECOND_FACTOR_RESET")));
  }

  @Test
  void shouldTurnOffWithTheCodeOrThePassword() {
    String username = Accounts.createUser("ADMIN");
    RequestSpecification session = Accounts.login(username, Accounts.PASSWORD);
    enrol(session);
    as(session)
        .contentType(ContentType.JSON)
        .body(Map.of("password", "not-the-password"))
        .delete("/api/v1/me/totp")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("password"));
    as(session)
        .contentType(ContentType.JSON)
        .body(Map.of("password", Accounts.PASSWORD))
        .delete("/api/v1/me/totp")
        .then()
        .statusCode(204);
    login(username, null, address()).then().statusCode(200);

    byte[] secret = enrol(session);
    as(session)
        .contentType(ContentType.JSON)
        .body(Map.of("code", codeAt(secret, 1)))
        .delete("/api/v1/me/totp")
        .then()
        .statusCode(204);
    as(session).get("/api/v1/me").then().body("totpEnabled", equalTo(false));
  }

  @Test
  void shouldKeepTheSecretEncryptedInTheDatabase() {
    String username = Accounts.createUser("COORDINATOR", Seeded.unitId("Phòng LĐTBXH"));
    RequestSpecification session = Accounts.login(username, Accounts.PASSWORD);
    String base32 = as(session).post("/api/v1/me/totp").then().extract().path("secret");
    String stored =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    (String)
                        entityManager
                            .createNativeQuery(
                                "select totp_secret from app_user where username = ?1")
                            .setParameter(1, username)
                            .getSingleResult());
    assertThat(stored).isNotBlank().doesNotContain(base32);
    byte[] raw = new Base32().decode(base32);
    assertThat(stored).doesNotContain(java.util.Base64.getEncoder().encodeToString(raw));
    assertThat(stored).doesNotContain(java.util.HexFormat.of().formatHex(raw));
  }

  private static long idOf(String username) {
    return asAdmin()
        .queryParam("q", username)
        .get("/api/v1/users")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("items.find { it.username == '%s' }.id".formatted(username));
  }
}
