package vn.gov.plantracker.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.devdb.EmbeddedDatabase;

/**
 * Two instances of the packaged service on one database, as two replicas behind a load balancer: a
 * session opened on one is valid on the other and ended on both at once, and the daily reminder
 * job, due on both at the same second, sends each user one digest.
 */
class TwoInstancesIT {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String PASSWORD = "a-long-password-for-a-commune";

  @Test
  void shouldShareSessionsAndSendOneDigestPerUserPerDay() throws Exception {
    Path home = PackagedService.freshFolder("two-instances-db");
    try (EmbeddedDatabase db = EmbeddedDatabase.start(home)) {
      // Both due every two seconds, so they try to run the day's digest at the same moment.
      Map<String, String> everyTwoSeconds = Map.of("REMINDER_CRON", "*/2 * * * * ?");
      try (PackagedService first =
              PackagedService.start("instance-a", db.jdbcUrl(), everyTwoSeconds);
          PackagedService second =
              PackagedService.start(
                  "instance-b",
                  db.jdbcUrl(),
                  Map.of("REMINDER_CRON", "*/2 * * * * ?", "LOG_JSON", "true"))) {
        first.awaitReady(Duration.ofSeconds(180));
        second.awaitReady(Duration.ofSeconds(180));

        sessionsAreShared(first, second);
        oneDigestPerUserPerDay(first, second, db);

        assertThat(Files.readString(first.log)).doesNotContain("ERROR");
        everyLineIsJson(second.log);
      }
    }
  }

  private static void sessionsAreShared(PackagedService first, PackagedService second) {
    Map<String, String> admin = first.signIn();
    session(second, admin).get(second.base + "/api/v1/session").then().statusCode(200);
    session(second, admin)
        .header("X-CSRF-Token", admin.get("csrf"))
        .delete(second.base + "/api/v1/session")
        .then()
        .statusCode(204);
    session(first, admin).get(first.base + "/api/v1/session").then().statusCode(401);
  }

  /**
   * Each instance ran the day's job at its first tick, when there was nothing to remind; the test
   * then gives a commune officer a report due in three days and clears the day's claim, as if a new
   * day had come: at the next tick both instances try, one sends.
   */
  private static void oneDigestPerUserPerDay(
      PackagedService first, PackagedService second, EmbeddedDatabase db) throws Exception {
    Map<String, String> admin = first.signIn();
    long unit = unitId(first, admin, "UBND xã Đăk Kan");
    String officer = "can.bo.dak.kan";
    call(first, admin, "POST", "/api/v1/users", userBody(officer, unit), 201);
    long plan = seededPlan(first, admin);
    call(
        first,
        admin,
        "POST",
        "/api/v1/plans/" + plan + "/periods",
        Map.of(
            "kind", "AD_HOC",
            "title", "Báo cáo nhanh",
            "windowStart", "2026-01-01",
            "windowEnd", "2026-11-30",
            "dueDate", LocalDate.now(VIETNAM).plusDays(3).toString()),
        201);
    Map<String, String> commune = signIn(second, officer);
    assertThat(notifications(second, commune)).as("nothing was owed at the first tick").isZero();

    try (Connection sql =
        DriverManager.getConnection(
            db.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD)) {
      sql.createStatement().executeUpdate("delete from job_run where job = 'reminder-digest'");
      Thread.sleep(7_000);
      try (ResultSet claims =
          sql.createStatement()
              .executeQuery("select count(*) from job_run where job = 'reminder-digest'")) {
        claims.next();
        assertThat(claims.getInt(1)).as("the day claimed once").isEqualTo(1);
      }
    }
    assertThat(notifications(second, commune)).as("one digest, read on one instance").isEqualTo(1);
    assertThat(notifications(first, commune)).as("the same on the other").isEqualTo(1);
  }

  private static void everyLineIsJson(Path log) throws Exception {
    ObjectMapper json = new ObjectMapper();
    // Liquibase's lock service prints this one line straight to the console, whatever UI it is
    // given, when the other instance holds the schema lock.
    List<String> lines =
        Files.readAllLines(log).stream()
            .filter(l -> !l.isBlank() && !l.equals("Waiting for changelog lock...."))
            .toList();
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      JsonNode entry = json.readTree(line);
      assertThat(entry.has("level") && entry.has("message"))
          .as("a JSON log record: " + line)
          .isTrue();
      assertThat(entry.get("level").asText()).as(line).isNotEqualTo("ERROR");
    }
  }

  private static Map<String, Object> userBody(String username, long unit) {
    return Map.of(
        "username",
        username,
        "displayName",
        "Cán bộ xã Đăk Kan",
        "role",
        "UNIT_OFFICER",
        "unitIds",
        List.of(unit),
        "password",
        PASSWORD);
  }

  private static Map<String, String> signIn(PackagedService service, String username) {
    Response login =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("username", username, "password", PASSWORD))
            .post(service.base + "/api/v1/session");
    assertThat(login.statusCode()).as(login.asString()).isEqualTo(200);
    return Map.of("pt_session", login.cookie("pt_session"), "csrf", login.path("csrfToken"));
  }

  private static int notifications(PackagedService service, Map<String, String> who) {
    return session(service, who)
        .get(service.base + "/api/v1/me/notifications")
        .then()
        .statusCode(200)
        .extract()
        .path("totalItems");
  }

  private static long unitId(PackagedService service, Map<String, String> who, String name) {
    List<Map<String, Object>> units =
        session(service, who)
            .queryParam("q", name)
            .get(service.base + "/api/v1/units")
            .then()
            .statusCode(200)
            .extract()
            .path("items");
    return units.stream()
        .filter(u -> name.equals(u.get("shortName")))
        .map(u -> ((Number) u.get("id")).longValue())
        .findFirst()
        .orElseThrow();
  }

  private static long seededPlan(PackagedService service, Map<String, String> who) {
    List<Map<String, Object>> plans =
        session(service, who)
            .get(service.base + "/api/v1/plans")
            .then()
            .statusCode(200)
            .extract()
            .path("items");
    return ((Number) plans.get(0).get("id")).longValue();
  }

  private static void call(
      PackagedService service,
      Map<String, String> who,
      String method,
      String path,
      Object body,
      int status) {
    session(service, who)
        .header("X-CSRF-Token", who.get("csrf"))
        .contentType(ContentType.JSON)
        .body(body)
        .request(method, service.base + path)
        .then()
        .statusCode(status);
  }

  private static RequestSpecification session(PackagedService service, Map<String, String> who) {
    return given().cookie("pt_session", who.get("pt_session"));
  }
}
