package vn.gov.plantracker.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.devdb.EmbeddedDatabase;

/**
 * The 2025 reorganisation replayed on the seeded plan, on a database of its own (it closes the
 * seeded communes and offices): a 2024 annual period reported before it reads exactly the same
 * after it, and a 2026 annual period expects the three new communes and the successor offices, not
 * the eight old communes or the dissolved district offices.
 */
class ReorganisationIT {

  private static final String PASSWORD = "a-long-password-for-a-commune";

  @Test
  void shouldReplayThe2025ReorganisationOnTheSeededPlan() throws Exception {
    Path home = PackagedService.freshFolder("reorganisation-db");
    try (EmbeddedDatabase db = EmbeddedDatabase.start(home);
        PackagedService service = PackagedService.start("reorganisation", db.jdbcUrl())) {
      service.awaitReady(Duration.ofSeconds(180));
      Api admin = new Api(service, service.signIn());
      long planId = admin.get("/api/v1/plans").getLong("items[0].id");
      Set<Long> oldCommunes =
          new HashSet<>(
              admin.get("/api/v1/units?kind=COMMUNE&size=200").getList("items.id", Long.class));
      oldCommunes.addAll(
          admin.get("/api/v1/units?kind=TOWN&size=200").getList("items.id", Long.class));
      Set<Long> oldOffices =
          new HashSet<>(
              admin.get("/api/v1/units?kind=OFFICE&size=200").getList("items.id", Long.class));
      assertThat(oldCommunes).hasSize(8);

      long past =
          admin
              .send(
                  "POST",
                  "/api/v1/plans/" + planId + "/periods",
                  Map.of("kind", "ANNUAL", "year", 2024),
                  201)
              .getLong("id");
      submitAsOfficerOf(service, admin, past, "UBND xã Đăk Kan");
      String reportsBefore = admin.raw("/api/v1/periods/" + past + "/reports?size=200");
      String periodBefore = admin.raw("/api/v1/periods/" + past);

      long indicator = admin.get("/api/v1/plans/" + planId + "/indicators").getLong("items[0].id");
      int oldAreas = figures(admin, indicator, 2023, 30) + figures(admin, indicator, 2024, 40);

      JsonPath pkg = admin.get("/api/v1/org-change-packages/ngoc-hoi-2025");
      Map<String, Object> batch = Map.of("changes", pkg.getList("changes"));
      List<Object> previews =
          admin.send("POST", "/api/v1/org-changes/batch/preview", batch, 200).getList("$");
      assertThat(previews).hasSameSizeAs(pkg.getList("changes"));
      assertThat(admin.get("/api/v1/org-changes").getInt("totalItems")).isZero();

      JsonPath applied = admin.send("POST", "/api/v1/org-changes/batch", batch, 200);
      assertThat(applied.getList("$")).hasSameSizeAs(previews);

      assertThat(admin.raw("/api/v1/periods/" + past + "/reports?size=200"))
          .as("the 2024 period's reports read exactly as before")
          .isEqualTo(reportsBefore);
      assertThat(admin.raw("/api/v1/periods/" + past)).isEqualTo(periodBefore);

      long now =
          admin
              .send(
                  "POST",
                  "/api/v1/plans/" + planId + "/periods",
                  Map.of("kind", "ANNUAL", "year", 2026),
                  201)
              .getLong("id");
      JsonPath reports = admin.get("/api/v1/periods/" + now + "/reports?size=200");
      List<Long> expected = reports.getList("items.unit.id", Long.class);
      List<String> names = reports.getList("items.unit.name", String.class);
      assertThat(names)
          .contains(
              "Ủy ban nhân dân xã Bờ Y",
              "Ủy ban nhân dân xã Dục Nông",
              "Ủy ban nhân dân xã Sa Loong",
              "Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi",
              "Phòng Văn hóa - Xã hội xã Sa Loong");
      assertThat(expected).doesNotContainAnyElementsOf(oldCommunes);
      assertThat(expected).doesNotContainAnyElementsOf(oldOffices);
      assertThat(admin.get("/api/v1/periods/" + now).getInt("compliance.expected"))
          .isEqualTo(expected.size());
      assertThat(admin.get("/api/v1/plans/" + planId).getString("coordinator.name"))
          .isEqualTo("Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi");

      // The plan-wide series runs on: the old communes until 2024, the new ones from 2025.
      assertThat(figures(admin, indicator, 2025, 45)).isEqualTo(3);
      assertThat(figures(admin, indicator, 2026, 50)).isEqualTo(3);
      JsonPath series = admin.get("/api/v1/indicators/" + indicator + "/series");
      for (int year = 2023; year <= 2026; year++) {
        String point = "years.find { it.year == " + year + " }.";
        int areas = year < 2025 ? oldAreas / 2 : 3;
        assertThat(series.getInt(point + "reported")).as("reported in " + year).isEqualTo(areas);
        assertThat(series.getInt(point + "expected")).as("expected in " + year).isEqualTo(areas);
        assertThat(series.getDouble(point + "value"))
            .as("value in " + year)
            .isEqualTo(year == 2023 ? 30.0 : year == 2024 ? 40.0 : year == 2025 ? 45.0 : 50.0);
      }
      assertThat(series.getList("changes.basisNumber", String.class))
          .as("the chart marks the changes of the communes the series runs across")
          .contains("1677/NQ-UBTVQH15");
      assertThat(series.getList("changes.effectiveDate", String.class)).contains("2025-07-01");
    }
  }

  /**
   * Gives every area the indicator expects in the year the same share (percent of 1,000), as the
   * plan's coordinator would; returns how many areas that was.
   */
  private static int figures(Api admin, long indicator, int year, int percent) {
    List<Map> areas =
        admin
            .get("/api/v1/indicators/" + indicator + "/values?year=" + year + "&size=200")
            .getList("items", Map.class);
    for (Map<?, ?> area : areas) {
      long unit = ((Number) ((Map<?, ?>) area.get("unit")).get("id")).longValue();
      admin.send(
          "PUT",
          "/api/v1/indicators/" + indicator + "/values/" + unit + "/" + year,
          Map.of("numerator", percent * 10, "denominator", 1000),
          200);
    }
    return areas.size();
  }

  /** A commune officer saves and submits the unit's report in the period. */
  private static void submitAsOfficerOf(
      PackagedService service, Api admin, long periodId, String shortName) {
    long unit =
        admin.get("/api/v1/units?size=200").getList("items", Map.class).stream()
            .filter(u -> shortName.equals(u.get("shortName")))
            .map(u -> ((Number) u.get("id")).longValue())
            .findFirst()
            .orElseThrow();
    String username = "can.bo.bao.cao";
    admin.send(
        "POST",
        "/api/v1/users",
        Map.of(
            "username",
            username,
            "displayName",
            "Cán bộ báo cáo",
            "role",
            "UNIT_OFFICER",
            "unitIds",
            List.of(unit),
            "password",
            PASSWORD),
        201);
    Response login =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("username", username, "password", PASSWORD))
            .post(service.base + "/api/v1/session");
    Api officer =
        new Api(
            service,
            Map.of("pt_session", login.cookie("pt_session"), "csrf", login.path("csrfToken")));
    JsonPath list = admin.get("/api/v1/periods/" + periodId + "/reports?size=200");
    long reportId =
        list.getList("items", Map.class).stream()
            .filter(r -> ((Number) ((Map<?, ?>) r.get("unit")).get("id")).longValue() == unit)
            .map(r -> ((Number) r.get("id")).longValue())
            .findFirst()
            .orElseThrow();
    JsonPath report = officer.get("/api/v1/reports/" + reportId);
    JsonPath saved =
        officer.send(
            "PUT",
            "/api/v1/reports/" + reportId,
            Map.of(
                "entries",
                List.of(
                    Map.of(
                        "taskId", report.getLong("entries[0].taskId"),
                        "progress", "DONE",
                        "results", "<p>Đào tạo nghề cho 40 lao động nông thôn.</p>")),
                "version",
                report.getLong("version")),
            200);
    officer.send(
        "POST",
        "/api/v1/reports/" + reportId + "/submit",
        Map.of("version", saved.getLong("version")),
        200);
  }

  /** Calls on the packaged service as one signed-in person. */
  private record Api(PackagedService service, Map<String, String> session) {

    JsonPath get(String path) {
      return JsonPath.from(raw(path));
    }

    String raw(String path) {
      Response answer =
          given().cookie("pt_session", session.get("pt_session")).get(service.base + path);
      assertThat(answer.statusCode()).as(path + ": " + answer.asString()).isEqualTo(200);
      return answer.asString();
    }

    JsonPath send(String method, String path, Object body, int status) {
      Response answer =
          given()
              .cookie("pt_session", session.get("pt_session"))
              .header("X-CSRF-Token", session.get("csrf"))
              .contentType(ContentType.JSON)
              .body(body)
              .request(method, service.base + path);
      assertThat(answer.statusCode()).as(path + ": " + answer.asString()).isEqualTo(status);
      return answer.jsonPath();
    }
  }
}
