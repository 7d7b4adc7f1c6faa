package vn.gov.plantracker.planimport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.plantracker.support.Accounts.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.DatabaseTest;

/**
 * The seed plan's own text, imported through the API and confirmed, is the seeded plan again: the
 * same header, targets, references, recipients, task tree and assignments, field by field (ids and
 * versions aside, and the number, which is changed so the import is not refused as a duplicate).
 */
@QuarkusTest
@DatabaseTest
class SeedPlanImportTest {

  private static final Set<String> IDENTITY =
      Set.of("id", "planId", "parentId", "itemId", "taskId", "taskIds", "version", "key", "number");

  @Test
  void shouldImportTheSeedPlansTextAsTheSeededPlan() {
    String text = SeedFixture.resource("planimport/ngoc-hoi-gdnn-plan.txt");
    JsonPath draft =
        asAdmin()
            .multiPart("file", "3714-KH-UBND.txt", text.getBytes(StandardCharsets.UTF_8))
            .post("/api/v1/plan-imports/file")
            .then()
            .statusCode(201)
            .extract()
            .jsonPath();
    assertThat(draft.getList("units")).isEmpty();
    assertThat(draft.getList("problems")).isEmpty();

    Map<String, Object> plan = new HashMap<>(draft.getMap("plan"));
    plan.put("number", String.valueOf(System.nanoTime() % 1_000_000_000L));
    long version =
        asAdmin()
            .contentType("application/json")
            .body(Map.of("plan", plan, "units", List.of(), "version", draft.getLong("version")))
            .put("/api/v1/plan-imports/{id}", draft.getLong("id"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("version");
    long imported =
        asAdmin()
            .contentType("application/json")
            .body(Map.of("version", version))
            .post("/api/v1/plan-imports/{id}/confirm", draft.getLong("id"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("planId");
    try {
      assertSamePlan(imported);
    } finally {
      ImportFixture.remove(imported);
    }
  }

  private static void assertSamePlan(long imported) {
    long seeded = planOtherThan(imported);
    assertThat((List<?>) items("/api/v1/plans/{id}/tasks", seeded)).hasSizeGreaterThan(10);
    assertThat((List<?>) items("/api/v1/plans/{id}/assignment-blocks", seeded))
        .hasSizeGreaterThan(5);

    assertThat(stripped(read("/api/v1/plans/{id}", imported)))
        .isEqualTo(stripped(read("/api/v1/plans/{id}", seeded)));
    assertThat(stripped(items("/api/v1/plans/{id}/tasks", imported)))
        .isEqualTo(stripped(items("/api/v1/plans/{id}/tasks", seeded)));
    assertThat(stripped(items("/api/v1/plans/{id}/assignment-blocks", imported)))
        .isEqualTo(stripped(items("/api/v1/plans/{id}/assignment-blocks", seeded)));
    assertThat(stripped(items("/api/v1/plans/{id}/targets", imported)))
        .isEqualTo(stripped(items("/api/v1/plans/{id}/targets", seeded)));
  }

  /** The seeded plan, found by its key-less twin's title while both exist. */
  private static long planOtherThan(long imported) {
    List<Integer> ids =
        asAdmin()
            .queryParam("size", 200)
            .get("/api/v1/plans")
            .then()
            .extract()
            .path(
                "items.findAll { it.title.startsWith('Triển khai thực hiện Kế hoạch số 135') }.id");
    return ids.stream()
        .mapToLong(Integer::longValue)
        .filter(id -> id != imported)
        .min()
        .orElseThrow();
  }

  private static Object read(String path, long planId) {
    return asAdmin().get(path, planId).then().statusCode(200).extract().jsonPath().get();
  }

  private static Object items(String path, long planId) {
    JsonPath page =
        asAdmin()
            .queryParam("size", 200)
            .get(path, planId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(page.getInt("totalPages")).isLessThanOrEqualTo(1);
    return page.get("items");
  }

  /** The value without the fields that identify a copy rather than describe the plan. */
  private static Object stripped(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new HashMap<>();
      map.forEach(
          (k, v) -> {
            if (!IDENTITY.contains(k.toString())) {
              copy.put(k, stripped(v));
            }
          });
      return copy;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(SeedPlanImportTest::stripped).toList();
    }
    return value;
  }
}
