package vn.gov.plantracker.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static vn.gov.plantracker.support.Accounts.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.Seeded;

/**
 * Importing a plan document against the seeded units: a draft with its doubts, corrected and
 * confirmed into a live plan, all or nothing.
 */
@QuarkusTest
@DatabaseTest
class PlanImportTest {

  private static JsonPath upload(String name, byte[] content) {
    return asAdmin()
        .multiPart("file", name, content)
        .post("/api/v1/plan-imports/file")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/plan-imports/"))
        .extract()
        .jsonPath();
  }

  private static JsonPath put(long id, Object plan, List<Map<String, Object>> units, long version) {
    return asAdmin()
        .contentType("application/json")
        .body(Map.of("plan", plan, "units", units, "version", version))
        .put("/api/v1/plan-imports/{id}", id)
        .then()
        .log()
        .ifValidationFails()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The draft as loaded, with a number no other test uses, so confirming is not a duplicate. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> uniquelyNumbered(JsonPath draft) {
    Map<String, Object> plan = new java.util.HashMap<>(draft.getMap("plan"));
    plan.put("number", String.valueOf(System.nanoTime() % 1_000_000_000L));
    return plan;
  }

  private static long count(String path) {
    return asAdmin().get(path).then().statusCode(200).extract().jsonPath().getLong("totalItems");
  }

  @Test
  void shouldReadATextFileIntoADraftWithItsUnknownUnitFlagged() {
    ImportFixture fixture = ImportFixture.fresh();
    JsonPath draft = upload("ke-hoach-12.txt", fixture.text().getBytes(StandardCharsets.UTF_8));

    assertThat(draft.getString("status")).isEqualTo("DRAFT");
    assertThat(draft.getString("sourceName")).isEqualTo("ke-hoach-12.txt");
    assertThat(draft.getString("sourceText")).contains("1.2. Mở lớp đào tạo nghề");
    assertThat(draft.getString("plan.title"))
        .isEqualTo("Đào tạo nghề cho lao động nông thôn năm 2024");
    assertThat(draft.getString("plan.issueDate")).isEqualTo("2024-06-20");
    assertThat(draft.getList("units.name")).containsExactly(fixture.unknownOffice());
    assertThat(draft.getList("units.resolved")).containsExactly(false);
    assertThat(draft.getList("problems.code")).contains("UNRESOLVED_UNIT");
    assertThat(draft.getList("warnings.kind")).contains("DATE_NOT_UNDERSTOOD");
    assertThat(draft.getList("warnings.kind")).doesNotContain("UNMATCHED_UNIT");

    long id = draft.getLong("id");
    JsonPath read = asAdmin().get("/api/v1/plan-imports/{id}", id).then().extract().jsonPath();
    assertThat(read.getString("plan.title")).isEqualTo(draft.getString("plan.title"));
    List<Integer> listed =
        asAdmin()
            .queryParam("status", "DRAFT")
            .queryParam("size", 200)
            .get("/api/v1/plan-imports")
            .then()
            .statusCode(200)
            .extract()
            .path("items.id");
    assertThat(listed).contains((int) id);
  }

  @Test
  void shouldRefuseToConfirmWhileAUnitIsUndecidedThenCreateThePlanAndTheUnit() {
    ImportFixture fixture = ImportFixture.fresh();
    JsonPath draft = upload("ke-hoach-12.txt", fixture.text().getBytes(StandardCharsets.UTF_8));
    long id = draft.getLong("id");
    long plansBefore = count("/api/v1/plans");

    asAdmin()
        .header("Accept-Language", "en")
        .contentType("application/json")
        .body(Map.of("version", draft.getLong("version")))
        .post("/api/v1/plan-imports/{id}/confirm", id)
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("detail", containsString(fixture.unknownOffice()));
    assertThat(count("/api/v1/plans")).isEqualTo(plansBefore);

    String key = draft.getString("units[0].key");
    JsonPath fixed =
        put(
            id,
            fixTimeframes(uniquelyNumbered(draft)),
            List.of(Map.of("key", key, "kind", "OFFICE")),
            draft.getLong("version"));
    assertThat(fixed.getList("units.resolved")).containsExactly(true);
    assertThat(fixed.getList("problems")).isEmpty();

    JsonPath confirmed =
        asAdmin()
            .contentType("application/json")
            .body(Map.of("version", fixed.getLong("version")))
            .post("/api/v1/plan-imports/{id}/confirm", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(confirmed.getString("status")).isEqualTo("CONFIRMED");
    long planId = confirmed.getLong("planId");
    try {
      JsonPath plan = asAdmin().get("/api/v1/plans/{id}", planId).then().extract().jsonPath();
      assertThat(plan.getString("title")).isEqualTo("Đào tạo nghề cho lao động nông thôn năm 2024");
      assertThat(plan.getString("issueDate")).isEqualTo("2024-06-20");
      List<String> texts =
          asAdmin()
              .queryParam("size", 200)
              .get("/api/v1/plans/{id}/tasks", planId)
              .then()
              .statusCode(200)
              .extract()
              .path("items.text");
      assertThat(texts)
          .contains("Mở 10 lớp sơ cấp nghề nông nghiệp", "Tổng kết công tác đào tạo nghề");
      List<String> created =
          asAdmin()
              .queryParam("q", fixture.unknownOffice())
              .get("/api/v1/units")
              .then()
              .statusCode(200)
              .extract()
              .path("items.name");
      assertThat(created).containsExactly(fixture.unknownOffice());

      // Confirmed is final: neither confirmed again nor changed.
      asAdmin()
          .contentType("application/json")
          .body(Map.of("version", confirmed.getLong("version")))
          .post("/api/v1/plan-imports/{id}/confirm", id)
          .then()
          .statusCode(409);
    } finally {
      ImportFixture.remove(planId, fixture.unknownOffice());
    }
  }

  @Test
  void shouldMapAnUnknownNameToAnExistingUnit() {
    ImportFixture fixture = ImportFixture.fresh();
    JsonPath draft = upload("ke-hoach-12.txt", fixture.text().getBytes(StandardCharsets.UTF_8));
    long id = draft.getLong("id");
    long office = Seeded.unitId("Phòng GD&ĐT");
    JsonPath fixed =
        put(
            id,
            fixTimeframes(uniquelyNumbered(draft)),
            List.of(Map.of("key", draft.getString("units[0].key"), "unitId", office)),
            draft.getLong("version"));
    long planId =
        asAdmin()
            .contentType("application/json")
            .body(Map.of("version", fixed.getLong("version")))
            .post("/api/v1/plan-imports/{id}/confirm", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("planId");
    try {
      List<String> parties =
          asAdmin()
              .queryParam("size", 200)
              .get("/api/v1/plans/{id}/assignment-blocks", planId)
              .then()
              .statusCode(200)
              .extract()
              .path("items.coordinating.flatten().shortName");
      assertThat(parties).contains("Phòng GD&ĐT");
    } finally {
      ImportFixture.remove(planId);
    }
  }

  /**
   * What the person checking puts right in this document: a time the reader could not understand,
   * and a lead for the blocks that name nobody (the coordinator).
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> fixTimeframes(Map<String, Object> plan) {
    for (Object group : (List<Object>) plan.get("tasks")) {
      for (Object item : (List<Object>) ((Map<String, Object>) group).get("items")) {
        for (Object entry : (List<Object>) ((Map<String, Object>) item).get("body")) {
          Map<String, Object> block =
              (Map<String, Object>) ((Map<String, Object>) entry).get("block");
          if (block != null && block.get("timeframe") == null) {
            block.put("timeframe", "ONGOING");
          }
          if (block != null
              && block.get("lead") == null
              && ((List<Object>) block.get("implementing")).isEmpty()) {
            block.put("lead", plan.get("coordinator"));
          }
        }
      }
    }
    return plan;
  }
}
