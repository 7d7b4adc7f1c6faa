package vn.gov.plantracker.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.plantracker.support.Accounts.as;
import static vn.gov.plantracker.support.Accounts.asAdmin;
import static vn.gov.plantracker.support.Reporting.send;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.Accounts;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.Seeded;

/**
 * Indicators behind the quantitative targets: defining them, the figures areas give, and roll-ups
 * checked against figures computed by hand. Each test measures a target of its own plan.
 */
@QuarkusTest
@DatabaseTest
class IndicatorTest {

  private RequestSpecification coordinator;
  private long communes;

  @BeforeEach
  void signIn() {
    coordinator = Accounts.sessionOf("COORDINATOR", Seeded.unitId("Phòng LĐTBXH"));
    communes =
        asAdmin()
            .get("/api/v1/plans/{id}/indicators", Seeded.planId())
            .then()
            .extract()
            .jsonPath()
            .getLong("items[0].areas.id");
  }

  /** A plan coordinated by Phòng LĐTBXH with one target, 45–50 % (or the given range) by 2030. */
  private static long target(String kind, Object low, Object high) {
    Map<String, Object> plan = new HashMap<>();
    plan.put("symbol", "KH-UBND");
    plan.put("issuerId", Seeded.unitId("UBND huyện Ngọc Hồi"));
    plan.put("coordinatorId", Seeded.unitId("Phòng LĐTBXH"));
    plan.put("issueYear", 2024);
    plan.put("title", "Kế hoạch đo lường chỉ tiêu " + System.nanoTime());
    long planId = send(asAdmin(), "POST", "/api/v1/plans", plan, 201).getLong("id");
    Map<String, Object> target = new HashMap<>();
    target.put("targetYear", 2030);
    target.put("text", "Thu hút 45-50% học sinh vào giáo dục nghề nghiệp");
    target.put("kind", kind);
    target.put("low", low);
    target.put("high", high);
    target.put("measureUnit", low == null ? null : "%");
    return send(asAdmin(), "POST", "/api/v1/plans/" + planId + "/targets", target, 201)
        .getLong("id");
  }

  private Map<String, Object> definition(Object baselineYear, Object baselineValue) {
    Map<String, Object> input = new HashMap<>();
    input.put("name", "Tỷ lệ học sinh vào giáo dục nghề nghiệp");
    input.put("numeratorDefinition", "Số học sinh tốt nghiệp vào học nghề");
    input.put("denominatorDefinition", "Số học sinh tốt nghiệp");
    input.put("bounded", true);
    input.put("areaGroupId", communes);
    input.put("numeratorSupplierId", Seeded.unitId("Trung tâm GDNN-GDTX"));
    input.put("denominatorSupplierId", Seeded.unitId("Phòng GD&ĐT"));
    input.put("baselineYear", baselineYear);
    input.put("baselineValue", baselineValue);
    return input;
  }

  /** An indicator with a baseline of 30 % in 2024 on a new 45–50 % target. */
  private long indicator() {
    return send(
            coordinator,
            "PUT",
            "/api/v1/targets/" + target("QUANTITATIVE", 45, 50) + "/indicator",
            definition(2024, 30),
            200)
        .getLong("id");
  }

  private static JsonPath give(
      RequestSpecification who, long indicator, String area, int year, Map<String, ?> figures) {
    return give(who, indicator, area, year, figures, 200);
  }

  private static JsonPath give(
      RequestSpecification who,
      long indicator,
      String area,
      int year,
      Map<String, ?> figures,
      int status) {
    String path =
        "/api/v1/indicators/%d/values/%d/%d".formatted(indicator, Seeded.unitId(area), year);
    return as(who)
        .header("Accept-Language", "vi")
        .contentType(ContentType.JSON)
        .body(figures)
        .put(path)
        .then()
        .statusCode(status)
        .extract()
        .jsonPath();
  }

  private static Map<String, Object> both(long numerator, long denominator) {
    return Map.of("numerator", numerator, "denominator", denominator);
  }

  @Test
  void shouldSeedAnIndicatorForEachQuantitativeTarget() {
    JsonPath seeded =
        asAdmin()
            .get("/api/v1/plans/{id}/indicators", Seeded.planId())
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(seeded.getList("items.targetLow", Float.class)).containsExactly(45f, 50f);
    assertThat(seeded.getList("items.targetHigh")).containsExactly(50.0f, null);
    assertThat(seeded.getString("items[0].areas.code")).isEqualTo("ALL_COMMUNES");
    assertThat(seeded.getString("items[0].numeratorSupplier.shortName"))
        .isEqualTo("Trung tâm GDNN-GDTX");
    assertThat(seeded.getString("items[0].denominatorSupplier.shortName")).isEqualTo("Phòng GD&ĐT");
    assertThat(seeded.getString("items[1].numeratorSupplier")).isNull();
  }

  @Test
  void shouldLetOnlyThePlansCoordinatorDefineAnIndicatorAndKeepItsHistory() {
    long targetId = target("QUANTITATIVE", 45, 50);
    String path = "/api/v1/targets/" + targetId + "/indicator";
    send(
        Accounts.sessionOf("UNIT_OFFICER", Seeded.unitId("UBND xã Pờ Y")),
        "PUT",
        path,
        definition(null, null),
        403);
    send(coordinator, "PUT", path, definition(2024, null), 422);
    send(coordinator, "PUT", path, definition(2030, 30), 422);

    JsonPath created = send(coordinator, "PUT", path, definition(null, null), 200);
    assertThat(created.getString("baselineYear")).isNull();
    Map<String, Object> withBaseline = definition(2024, 31.5);
    withBaseline.put("version", created.getLong("version"));
    JsonPath changed = send(coordinator, "PUT", path, withBaseline, 200);
    assertThat(changed.getLong("id")).isEqualTo(created.getLong("id"));
    assertThat(changed.getDouble("baselineValue")).isEqualTo(31.5);
    send(coordinator, "PUT", path, withBaseline, 409);
    as(coordinator)
        .get("/api/v1/indicators/{id}/history", created.getLong("id"))
        .then()
        .statusCode(200)
        .body("items[0].changes.find { it.field == 'baselineValue' }.after", equalTo("31.50"));

    long qualitative = target("QUALITATIVE", null, null);
    send(
        coordinator,
        "PUT",
        "/api/v1/targets/" + qualitative + "/indicator",
        definition(null, null),
        422);
  }

  @Test
  void shouldRollUpSummedFiguresNotAveragedPercentagesWithCompleteness() {
    long id = indicator();
    give(coordinator, id, "UBND xã Pờ Y", 2025, both(40, 100));
    give(coordinator, id, "UBND xã Đăk Ang", 2025, both(10, 50));
    give(coordinator, id, "UBND xã Đăk Ang", 2026, both(20, 50));
    give(coordinator, id, "UBND xã Đăk Dục", 2026, both(30, 60));
    give(coordinator, id, "UBND xã Pờ Y", 2027, both(34, 100));
    give(coordinator, id, "UBND xã Đăk Kan", 2027, Map.of("numerator", 5));
    give(coordinator, id, "UBND xã Pờ Y", 2028, both(30, 100));

    JsonPath district =
        asAdmin()
            .get("/api/v1/indicators/{id}/series", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(district.getString("unit.shortName")).isEqualTo("UBND huyện Ngọc Hồi");
    assertThat(district.getList("years.year"))
        .containsExactly(2024, 2025, 2026, 2027, 2028, 2029, 2030);
    Map<String, Object> y2025 = district.getMap("years.find { it.year == 2025 }");
    // (40 + 10) / (100 + 50), not the average of 40 % and 20 %.
    assertThat(y2025)
        .containsEntry("numerator", 50)
        .containsEntry("denominator", 150)
        .containsEntry("value", 33.33f)
        .containsEntry("reported", 2)
        .containsEntry("expected", 8)
        .containsEntry("pathValue", 32.5f)
        .containsEntry("status", "ON_TRACK");
    // Pờ Y is missing in 2026: (20 + 30) / (50 + 60) from 2 of 8.
    assertThat(district.getMap("years.find { it.year == 2026 }"))
        .containsEntry("value", 45.45f)
        .containsEntry("reported", 2)
        .containsEntry("status", "ON_TRACK");
    // Đăk Kan gave only a numerator in 2027, so it does not count yet.
    assertThat(district.getMap("years.find { it.year == 2027 }"))
        .containsEntry("value", 34.0f)
        .containsEntry("reported", 1)
        .containsEntry("pathValue", 37.5f)
        .containsEntry("status", "AT_RISK");
    assertThat(district.getMap("years.find { it.year == 2028 }"))
        .containsEntry("value", 30.0f)
        .containsEntry("status", "OFF_TRACK");
    assertThat(district.getMap("years.find { it.year == 2029 }"))
        .containsEntry("value", null)
        .containsEntry("reported", 0)
        .containsEntry("status", null);
    // Least squares through (2024, 30) (2025, 33.33) (2026, 45.45) (2027, 34) (2028, 30):
    // mean 34.556 at 2026, slope 0.067 a year, so 34.82 in 2030.
    assertThat(district.getDouble("projection.value")).isEqualTo(34.82);
    assertThat(district.getString("projection.status")).isEqualTo("OFF_TRACK");

    JsonPath boY =
        asAdmin()
            .queryParam("unitId", Seeded.unitId("UBND xã Pờ Y"))
            .get("/api/v1/indicators/{id}/series", id)
            .then()
            .extract()
            .jsonPath();
    assertThat(boY.getMap("years.find { it.year == 2025 }"))
        .containsEntry("value", 40.0f)
        .containsEntry("reported", 1)
        .containsEntry("expected", 1);
    assertThat(boY.getMap("years.find { it.year == 2026 }")).containsEntry("value", null);

    JsonPath compared =
        asAdmin()
            .queryParam("year", 2026)
            .get("/api/v1/indicators/{id}/values", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(compared.getInt("totalItems")).isEqualTo(8);
    assertThat(compared.getList("items.unit.shortName", String.class))
        .startsWith("UBND thị trấn Plei Kần", "UBND xã Đăk Ang", "UBND xã Đăk Dục");
    assertThat(compared.getMap("items.find { it.unit.shortName == 'UBND xã Pờ Y' }"))
        .containsEntry("value", null)
        .containsEntry("numerator", null);
    assertThat(compared.getMap("items.find { it.unit.shortName == 'UBND xã Đăk Dục' }"))
        .containsEntry("value", 50.0f)
        .containsEntry("denominator", 60);
  }

  @Test
  void shouldLetEachSupplierGiveOnlyItsPartAndAuditCorrections() {
    long id = indicator();
    RequestSpecification centre =
        Accounts.sessionOf("UNIT_OFFICER", Seeded.unitId("Trung tâm GDNN-GDTX"));
    RequestSpecification education =
        Accounts.sessionOf("UNIT_OFFICER", Seeded.unitId("Phòng GD&ĐT"));
    RequestSpecification boY = Accounts.sessionOf("UNIT_OFFICER", Seeded.unitId("UBND xã Pờ Y"));
    RequestSpecification dakAng =
        Accounts.sessionOf("UNIT_OFFICER", Seeded.unitId("UBND xã Đăk Ang"));

    JsonPath numerator = give(centre, id, "UBND xã Pờ Y", 2026, Map.of("numerator", 12));
    assertThat(numerator.getLong("numerator")).isEqualTo(12);
    assertThat(numerator.getString("value")).isNull();
    give(
        education,
        id,
        "UBND xã Pờ Y",
        2026,
        Map.of("numerator", 13, "denominator", 40, "version", numerator.getLong("version")),
        403);
    JsonPath whole =
        give(
            education,
            id,
            "UBND xã Pờ Y",
            2026,
            Map.of("denominator", 40, "version", numerator.getLong("version")));
    assertThat(whole.getLong("numerator")).as("the centre's part stays").isEqualTo(12);
    assertThat(whole.getDouble("value")).isEqualTo(30.0);
    give(dakAng, id, "UBND xã Pờ Y", 2026, both(1, 2), 403);

    Map<String, Object> corrected = new HashMap<>(both(14, 40));
    corrected.put("femaleNumerator", 6);
    corrected.put("femaleDenominator", 19);
    corrected.put("sourceNote", "Rà soát lại danh sách học viên");
    corrected.put("version", whole.getLong("version"));
    JsonPath byArea = give(boY, id, "UBND xã Pờ Y", 2026, corrected);
    assertThat(byArea.getDouble("value")).isEqualTo(35.0);
    assertThat(byArea.getLong("femaleDenominator")).isEqualTo(19);

    JsonPath history =
        as(coordinator)
            .get("/api/v1/indicator-values/{id}/history", byArea.getLong("id"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(history.getInt("totalItems")).isEqualTo(3);
    assertThat(history.getString("items[0].changes.find { it.field == 'numerator' }.before"))
        .isEqualTo("12");
    assertThat(history.getString("items[0].changes.find { it.field == 'numerator' }.after"))
        .isEqualTo("14");
  }

  @Test
  void shouldRefuseFiguresThatDoNotAddUpAndKeepWhatWasThere() {
    long id = indicator();
    JsonPath saved = give(coordinator, id, "UBND xã Sa Loong", 2026, both(10, 20));
    Map<String, Object> above = new HashMap<>(both(21, 20));
    above.put("version", saved.getLong("version"));
    as(coordinator)
        .header("Accept-Language", "vi")
        .contentType(ContentType.JSON)
        .body(above)
        .put("/api/v1/indicators/{id}/values/{unit}/2026", id, Seeded.unitId("UBND xã Sa Loong"))
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("detail", equalTo("Số liệu tử số (21) không được lớn hơn mẫu số (20)."));
    Map<String, Object> women = new HashMap<>(both(10, 20));
    women.put("femaleNumerator", 11);
    women.put("version", saved.getLong("version"));
    as(coordinator)
        .header("Accept-Language", "en")
        .contentType(ContentType.JSON)
        .body(women)
        .put("/api/v1/indicators/{id}/values/{unit}/2026", id, Seeded.unitId("UBND xã Sa Loong"))
        .then()
        .statusCode(422)
        .body(
            "detail",
            equalTo("The numerator for women (11) cannot be more than the numerator (10)."));
    assertThat(
            give(coordinator, id, "UBND xã Sa Loong", 2026, Map.of("numerator", -1), 422)
                .getList("errors.field"))
        .containsExactly("numerator");
    give(coordinator, id, "Phòng GD&ĐT", 2026, both(1, 2), 422);
    as(coordinator)
        .contentType(ContentType.JSON)
        .body(both(1, 2))
        .put("/api/v1/indicators/{id}/values/{unit}/1800", id, Seeded.unitId("UBND xã Pờ Y"))
        .then()
        .statusCode(422)
        .body("errors.field", org.hamcrest.Matchers.hasItem("year"));

    JsonPath kept =
        asAdmin()
            .queryParam("year", 2026)
            .queryParam("unitId", Seeded.unitId("UBND xã Sa Loong"))
            .get("/api/v1/indicators/{id}/values", id)
            .then()
            .extract()
            .jsonPath();
    assertThat(kept.getList("items.numerator")).containsExactly(10);
    assertThat(kept.getList("items.denominator")).containsExactly(20);
    assertThat(kept.getList("items.version", Integer.class))
        .containsExactly((int) saved.getLong("version"));
    assertThat(kept.getInt("totalItems")).isEqualTo(1);
  }

  @Test
  void shouldDeleteAnIndicatorWithItsTargetButKeepFigures() {
    long bare = target("QUANTITATIVE", 45, 50);
    long unused =
        send(
                coordinator,
                "PUT",
                "/api/v1/targets/" + bare + "/indicator",
                definition(null, null),
                200)
            .getLong("id");
    long bareVersion =
        asAdmin().get("/api/v1/targets/{id}", bare).then().extract().jsonPath().getLong("version");
    asAdmin()
        .queryParam("version", bareVersion)
        .delete("/api/v1/targets/{id}", bare)
        .then()
        .statusCode(204);
    asAdmin().get("/api/v1/indicators/{id}", unused).then().statusCode(404);

    long measured = indicator();
    give(coordinator, measured, "UBND xã Pờ Y", 2026, both(1, 2));
    JsonPath indicator =
        asAdmin().get("/api/v1/indicators/{id}", measured).then().extract().jsonPath();
    long targetId = indicator.getLong("targetId");
    long targetVersion =
        asAdmin()
            .get("/api/v1/targets/{id}", targetId)
            .then()
            .extract()
            .jsonPath()
            .getLong("version");
    asAdmin()
        .header("Accept-Language", "en")
        .queryParam("version", targetVersion)
        .delete("/api/v1/targets/{id}", targetId)
        .then()
        .statusCode(409)
        .body("detail", org.hamcrest.Matchers.containsString("figures are kept"));
    long planId =
        asAdmin()
            .get("/api/v1/targets/{id}", targetId)
            .then()
            .extract()
            .jsonPath()
            .getLong("planId");
    long planVersion =
        asAdmin().get("/api/v1/plans/{id}", planId).then().extract().jsonPath().getLong("version");
    asAdmin()
        .queryParam("version", planVersion)
        .delete("/api/v1/plans/{id}", planId)
        .then()
        .statusCode(409)
        .body("code", equalTo("CONFLICT"));
    asAdmin().get("/api/v1/indicators/{id}", measured).then().statusCode(200);
  }
}
