package vn.gov.plantracker.support;

import static vn.gov.plantracker.support.Accounts.as;
import static vn.gov.plantracker.support.Accounts.asAdmin;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Reporting steps the tests share: opening a period, finding a unit's report, calling the API. */
public final class Reporting {

  private Reporting() {}

  /**
   * Opens an ad hoc request on the seeded plan with a unique title (the given one plus a counter),
   * data from 2026, due on the given day.
   */
  public static long openAdHoc(RequestSpecification who, String title, LocalDate due) {
    return send(
            who,
            "POST",
            "/api/v1/plans/" + Seeded.planId() + "/periods",
            Map.of(
                "kind", "AD_HOC",
                "title", title + " " + System.nanoTime(),
                "windowStart", "2026-01-01",
                "windowEnd", "2026-11-30",
                "dueDate", due.toString()),
            201)
        .getLong("id");
  }

  /** The id of a unit's report in a period. */
  public static long reportOf(long periodId, long unitId) {
    List<Map<String, Object>> items =
        asAdmin()
            .queryParam("size", 200)
            .get("/api/v1/periods/{id}/reports", periodId)
            .then()
            .extract()
            .path("items");
    return items.stream()
        .filter(r -> ((Number) ((Map<?, ?>) r.get("unit")).get("id")).longValue() == unitId)
        .map(r -> ((Number) r.get("id")).longValue())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no report for unit " + unitId + " in " + items));
  }

  /** Calls the API as someone with a JSON body (or none) and expects the status. */
  public static JsonPath send(
      RequestSpecification who, String method, String path, Object body, int status) {
    var request = as(who).contentType(ContentType.JSON);
    if (body != null) {
      request.body(body);
    }
    return request.request(method, path).then().statusCode(status).extract().jsonPath();
  }
}
