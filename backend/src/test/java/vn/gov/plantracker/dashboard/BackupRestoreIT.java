package vn.gov.plantracker.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.devdb.EmbeddedDatabase;

/**
 * bin/backup, then bin/restore into an empty database: the service started on the restored one
 * answers exactly as it did before, reports, history and evidence files included.
 */
class BackupRestoreIT {

  @Test
  void shouldAnswerTheSameAfterABackupIsRestoredIntoAnEmptyDatabase() throws Exception {
    Path home = PackagedService.freshFolder("backup-db");
    Path dump = Files.createDirectories(Path.of("target", "operations")).resolve("backup.sql");
    try (EmbeddedDatabase db = EmbeddedDatabase.start(home)) {
      Map<String, String> session;
      Map<String, String> before;
      try (PackagedService original = PackagedService.start("before-backup", db.jdbcUrl())) {
        original.awaitReady(Duration.ofSeconds(180));
        session = original.signIn();
        List<String> reads = reportWithEvidence(original.base, session);
        before = answers(original.base, session, reads);
        assertThat(original.stop()).isTrue();
      }

      run(home, db.jdbcUrl(), "backup", dump);
      assertThat(Files.readString(dump, StandardCharsets.UTF_8))
          .startsWith("-- plan-tracker backup")
          .contains("-- rows: evidence_content 1");
      db.createDatabase("restored");
      run(home, db.jdbcUrl("restored"), "restore", dump);
      // Restoring over data is refused: it would mix two databases.
      assertThat(exit(home, db.jdbcUrl("restored"), "restore", dump)).isEqualTo(2);

      try (PackagedService restored =
          PackagedService.start("after-restore", db.jdbcUrl("restored"))) {
        restored.awaitReady(Duration.ofSeconds(180));
        Map<String, String> after = answers(restored.base, session, List.copyOf(before.keySet()));
        assertThat(after).isEqualTo(before);
      }
    }
  }

  /**
   * Opens a period, and a commune's officer saves its report with a result and an evidence file.
   */
  private static List<String> reportWithEvidence(String base, Map<String, String> admin) {
    long commune = unit(base, admin, "UBND xã Pờ Y");
    as(base, admin)
        .body(
            Map.of(
                "username", "xa.bo.y.backup",
                "displayName", "Cán bộ xã Pờ Y",
                "role", "UNIT_OFFICER",
                "unitIds", List.of(commune),
                "password", PackagedService.ADMIN_PASSWORD))
        .post("/api/v1/users")
        .then()
        .statusCode(201);
    long plan =
        as(base, admin).get("/api/v1/plans").then().extract().jsonPath().getLong("items[0].id");
    long period =
        as(base, admin)
            .body(
                Map.of(
                    "kind", "AD_HOC",
                    "title", "Trước khi sao lưu",
                    "windowStart", "2026-01-01",
                    "windowEnd", "2026-11-30",
                    "dueDate", "2099-12-31"))
            .post("/api/v1/plans/{id}/periods", plan)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    long report =
        as(base, admin)
            .queryParam("size", 200)
            .get("/api/v1/periods/{id}/reports", period)
            .then()
            .extract()
            .jsonPath()
            .getList("items", Map.class)
            .stream()
            .filter(r -> ((Number) ((Map<?, ?>) r.get("unit")).get("id")).longValue() == commune)
            .map(r -> ((Number) r.get("id")).longValue())
            .findFirst()
            .orElseThrow();
    Map<String, String> officer = signIn(base, "xa.bo.y.backup");
    JsonPath loaded =
        as(base, officer).get("/api/v1/reports/{id}", report).then().extract().jsonPath();
    long task = loaded.getLong("entries[0].taskId");
    as(base, officer)
        .body(
            Map.of(
                "entries",
                List.of(
                    Map.of(
                        "taskId", task,
                        "progress", "IN_PROGRESS",
                        "results", "<p>Mở 2 lớp sơ cấp nghề cho 60 học viên</p>")),
                "version",
                loaded.getLong("version")))
        .put("/api/v1/reports/{id}", report)
        .then()
        .statusCode(200);
    long evidence =
        given()
            .cookie("pt_session", officer.get("pt_session"))
            .header("X-CSRF-Token", officer.get("csrf"))
            .multiPart(
                "file", "bien-ban.pdf", "%PDF-1.7\nBiên bản\n".getBytes(StandardCharsets.UTF_8))
            .post(base + "/api/v1/reports/{id}/entries/{task}/evidence", report, task)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("id");
    return List.of(
        "/api/v1/plans",
        "/api/v1/plans/" + plan,
        "/api/v1/plans/" + plan + "/task-tree",
        "/api/v1/units/tree",
        "/api/v1/users?size=200",
        "/api/v1/periods/" + period,
        "/api/v1/reports/" + report,
        "/api/v1/reports/" + report + "/history",
        "/api/v1/reports/" + report + "/evidence/" + evidence);
  }

  private static Map<String, String> answers(
      String base, Map<String, String> session, List<String> paths) {
    Map<String, String> answers = new LinkedHashMap<>();
    for (String path : paths) {
      var response = as(base, session).get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      answers.put(path, response.asString());
    }
    return answers;
  }

  private static long unit(String base, Map<String, String> session, String shortName) {
    return as(base, session)
        .queryParam("q", shortName)
        .get("/api/v1/units")
        .then()
        .extract()
        .jsonPath()
        .getList("items", Map.class)
        .stream()
        .filter(u -> shortName.equals(u.get("shortName")))
        .map(u -> ((Number) u.get("id")).longValue())
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, String> signIn(String base, String username) {
    var login =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("username", username, "password", PackagedService.ADMIN_PASSWORD))
            .post(base + "/api/v1/session");
    assertThat(login.statusCode()).isEqualTo(200);
    return Map.of("pt_session", login.cookie("pt_session"), "csrf", login.path("csrfToken"));
  }

  private static RequestSpecification as(String base, Map<String, String> session) {
    return given()
        .baseUri(base)
        .cookie("pt_session", session.get("pt_session"))
        .header("X-CSRF-Token", session.get("csrf"))
        .contentType(ContentType.JSON);
  }

  private static void run(Path home, String dbUrl, String command, Path file) throws Exception {
    assertThat(exit(home, dbUrl, command, file)).as("bin/" + command).isZero();
  }

  private static int exit(Path home, String dbUrl, String command, Path file) throws Exception {
    Path log = file.resolveSibling(command + ".log");
    ProcessBuilder script =
        new ProcessBuilder("bash", "bin/" + command, file.toAbsolutePath().toString())
            .directory(new File(".."))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    script.environment().put("DB_URL", dbUrl);
    script.environment().put("DB_USER", EmbeddedDatabase.USER);
    script.environment().put("DB_PASSWORD", EmbeddedDatabase.PASSWORD);
    script
        .environment()
        .put("PATH", EmbeddedDatabase.programs(home) + File.pathSeparator + System.getenv("PATH"));
    Process process = script.start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return process.exitValue();
  }
}
