package vn.gov.plantracker.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.gov.plantracker.support.Accounts.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.Accounts;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.Seeded;

@QuarkusTest
@DatabaseTest
class TokenTest {

  @Inject EntityManager entityManager;

  private static Response create(RequestSpecification session, Map<String, Object> input) {
    return as(session).contentType(ContentType.JSON).body(input).post("/api/v1/tokens");
  }

  private static Map<String, Object> readToken(String name) {
    return Map.of(
        "name", name, "scope", "READ", "expiresOn", LocalDate.now().plusDays(30).toString());
  }

  @Test
  void shouldShowTheSecretOnceStoreItsHashAndReadWithIt() {
    RequestSpecification officer = Accounts.sessionOf("LEADER");
    Response created = create(officer, readToken("Cổng dữ liệu tỉnh"));
    created.then().statusCode(201).body("details.scope", equalTo("READ"));
    String secret = created.path("token");
    long id = ((Number) created.path("details.id")).longValue();
    assertThat(secret).startsWith("pt_").hasSizeGreaterThan(40);
    assertThat(created.<String>path("details.prefix")).isEqualTo(secret.substring(0, 10));

    String listed = as(officer).get("/api/v1/tokens").then().statusCode(200).extract().asString();
    assertThat(listed).contains("Cổng dữ liệu tỉnh").doesNotContain(secret);
    String stored =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    (String)
                        entityManager
                            .createNativeQuery("select token_hash from api_token where id = ?1")
                            .setParameter(1, id)
                            .getSingleResult());
    assertThat(stored).isEqualTo(Secrets.hash(secret)).doesNotContain(secret);

    given().auth().oauth2(secret).get("/api/v1/plans").then().statusCode(200);
    given()
        .auth()
        .oauth2(secret)
        .get("/api/v1/me")
        .then()
        .statusCode(200)
        .body("role", equalTo("LEADER"));
    as(officer)
        .get("/api/v1/tokens/{id}", id)
        .then()
        .statusCode(200)
        .body("lastUsedAt", notNullValue())
        .body("revokedAt", nullValue());
  }

  @Test
  void shouldNeverLetAReadTokenChangeAnything() {
    RequestSpecification admin = Accounts.login(Accounts.ADMIN, Accounts.ADMIN_PASSWORD);
    String secret =
        create(admin, readToken("Chỉ đọc")).then().statusCode(201).extract().path("token");
    given()
        .auth()
        .oauth2(secret)
        .contentType(ContentType.JSON)
        .body(Map.of("name", "Đơn vị mới", "kind", "OFFICE"))
        .post("/api/v1/units")
        .then()
        .statusCode(403)
        .body("code", equalTo("TOKEN_SCOPE_INSUFFICIENT"));
    given()
        .auth()
        .oauth2(secret)
        .contentType(ContentType.JSON)
        .body(readToken("Khóa tự sinh"))
        .post("/api/v1/tokens")
        .then()
        .statusCode(403);
  }

  @Test
  void shouldStopWorkingOnceRevokedOrExpired() {
    RequestSpecification leader = Accounts.sessionOf("LEADER");
    Response revoked = create(leader, readToken("Sẽ thu hồi"));
    String revokedSecret = revoked.path("token");
    as(leader)
        .delete("/api/v1/tokens/{id}", (Object) revoked.path("details.id"))
        .then()
        .statusCode(204);
    given().auth().oauth2(revokedSecret).get("/api/v1/plans").then().statusCode(401);

    Response expiring = create(leader, readToken("Sẽ hết hạn"));
    long expiringId = ((Number) expiring.path("details.id")).longValue();
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createNativeQuery("update api_token set expires_on = ?1 where id = ?2")
                    .setParameter(1, LocalDate.now().minusDays(2))
                    .setParameter(2, expiringId)
                    .executeUpdate());
    given()
        .auth()
        .oauth2((String) expiring.path("token"))
        .get("/api/v1/plans")
        .then()
        .statusCode(401);
  }

  @Test
  void shouldLimitReportWriteTokensToTheOwnersUnitsAndExpiryToAYear() {
    long own = Seeded.unitId("UBND xã Pờ Y");
    long other = Seeded.unitId("UBND xã Đăk Ang");
    RequestSpecification officer = Accounts.sessionOf("UNIT_OFFICER", own);
    String nextMonth = LocalDate.now().plusDays(30).toString();
    create(
            officer,
            Map.of(
                "name",
                "Báo cáo",
                "scope",
                "REPORT_WRITE",
                "unitIds",
                List.of(other),
                "expiresOn",
                nextMonth))
        .then()
        .statusCode(422)
        .body("code", equalTo("RULE_VIOLATED"));
    create(officer, Map.of("name", "Báo cáo", "scope", "REPORT_WRITE", "expiresOn", nextMonth))
        .then()
        .statusCode(422);
    create(
            officer,
            Map.of(
                "name", "Quá xa",
                "scope", "READ",
                "expiresOn", LocalDate.now().plusYears(2).toString()))
        .then()
        .statusCode(422);
    create(
            officer,
            Map.of(
                "name",
                "Báo cáo",
                "scope",
                "REPORT_WRITE",
                "unitIds",
                List.of(own),
                "expiresOn",
                nextMonth))
        .then()
        .statusCode(201)
        .body("details.units[0].id", equalTo((int) own))
        .body("details.owner.username", startsWith("unit.officer."));
  }

  @Test
  void shouldHideOneUsersTokensFromAnother() {
    RequestSpecification owner = Accounts.sessionOf("LEADER");
    RequestSpecification stranger = Accounts.sessionOf("LEADER");
    Object id = create(owner, readToken("Của tôi")).path("details.id");
    as(stranger).get("/api/v1/tokens/{id}", id).then().statusCode(404);
    as(stranger).delete("/api/v1/tokens/{id}", id).then().statusCode(404);
    as(stranger).get("/api/v1/tokens").then().statusCode(200).body("totalItems", equalTo(0));
    as(owner).get("/api/v1/tokens/{id}", id).then().statusCode(200).body("revokedAt", nullValue());
  }
}
