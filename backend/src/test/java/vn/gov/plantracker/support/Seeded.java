package vn.gov.plantracker.support;

import static vn.gov.plantracker.support.Accounts.asAdmin;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** Looks up ids of the seeded Ngọc Hồi data through the API, by what a user would search. */
public final class Seeded {

  private static final String SEEDED_TITLE = "Triển khai thực hiện Kế hoạch số 135-KH/HU";

  private Seeded() {}

  public static long planId() {
    List<Map<String, Object>> plans =
        asAdmin()
            .queryParam("size", 200)
            .get("/api/v1/plans")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    return plans.stream()
        .filter(p -> ((String) p.get("title")).startsWith(SEEDED_TITLE))
        .map(p -> ((Number) p.get("id")).longValue())
        .findFirst()
        .orElseThrow(() -> new AssertionError("The seeded plan is missing"));
  }

  /** The unit with exactly this short name. */
  public static long unitId(String shortName) {
    JsonPath page =
        asAdmin()
            .queryParam("q", shortName)
            .queryParam("size", 200)
            .get("/api/v1/units")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<Map<String, Object>> items = page.getList("items");
    return items.stream()
        .filter(u -> shortName.equals(u.get("shortName")))
        .map(u -> ((Number) u.get("id")).longValue())
        .findFirst()
        .orElseThrow(() -> new AssertionError("No seeded unit " + shortName));
  }
}
