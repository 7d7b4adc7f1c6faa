package vn.gov.plantracker.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.plantracker.support.Accounts.as;
import static vn.gov.plantracker.support.Reporting.openAdHoc;
import static vn.gov.plantracker.support.Reporting.reportOf;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.Accounts;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.Seeded;

/** A retried submit, review or upload with its Idempotency-Key acts once and answers the same. */
@QuarkusTest
@DatabaseTest
class IdempotentActionsTest {

  private static final LocalDate FAR = LocalDate.of(2099, 12, 31);

  private record Setup(RequestSpecification officer, long report, long task, long version) {}

  private static Setup open(String unitName) {
    long unit = Seeded.unitId(unitName);
    long report = reportOf(openAdHoc(Accounts.asAdmin(), "Gửi lại", FAR), unit);
    RequestSpecification officer = Accounts.sessionOf("UNIT_OFFICER", unit);
    JsonPath loaded = as(officer).get("/api/v1/reports/{id}", report).then().extract().jsonPath();
    return new Setup(
        officer, report, loaded.getLong("entries[0].taskId"), loaded.getLong("version"));
  }

  private static Response submit(Setup s, String key) {
    var request = as(s.officer()).contentType(ContentType.JSON);
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return request
        .body(Map.of("version", s.version()))
        .post("/api/v1/reports/{id}/submit", s.report());
  }

  private static long submissions(long report) {
    List<Map<String, Object>> history =
        Accounts.asAdmin()
            .queryParam("size", 200)
            .get("/api/v1/reports/{id}/history", report)
            .then()
            .extract()
            .path("items");
    return history.stream()
        .filter(
            h ->
                ((List<?>) h.get("changes"))
                    .stream()
                        .anyMatch(
                            c ->
                                "status".equals(((Map<?, ?>) c).get("field"))
                                    && "SUBMITTED".equals(((Map<?, ?>) c).get("after"))))
        .count();
  }

  @Test
  void shouldAnswerARetriedSubmitAsTheFirstWithoutSubmittingAgain() {
    Setup s = open("UBND thị trấn Plei Kần");
    String key = "nop-bao-cao-" + System.nanoTime();
    JsonPath first = submit(s, key).then().statusCode(200).extract().jsonPath();
    JsonPath retried = submit(s, key).then().statusCode(200).extract().jsonPath();

    assertThat(retried.getString("status")).isEqualTo("SUBMITTED");
    assertThat(retried.getLong("version")).isEqualTo(first.getLong("version"));
    assertThat(retried.getString("submittedAt")).isEqualTo(first.getString("submittedAt"));
    assertThat(submissions(s.report())).isEqualTo(1);
    // Without the key the same request is a second submit, which the report no longer allows.
    submit(s, null).then().statusCode(409);
    // The key names that one submit: sent with another action it is refused.
    as(s.officer())
        .header("Idempotency-Key", key)
        .header("Accept-Language", "en")
        .contentType(ContentType.JSON)
        .body(Map.of("version", first.getLong("version")))
        .post("/api/v1/reports/{id}/submit", s.report() + 1)
        .then()
        .statusCode(422)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("Idempotency-Key"));
  }

  @Test
  void shouldSubmitOnceWhenTheSameKeyArrivesSeveralTimesAtOnce() throws Exception {
    Setup s = open("UBND xã Đăk Xú");
    String key = "nhan-dup-" + System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(5);
    List<Callable<Response>> tries = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      tries.add(() -> submit(s, key));
    }
    List<String> versions = new ArrayList<>();
    try {
      for (Future<Response> answer : pool.invokeAll(tries)) {
        Response response = answer.get(60, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        versions.add(response.jsonPath().getString("version"));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(versions).hasSize(5).containsOnly(versions.get(0));
    assertThat(submissions(s.report())).isEqualTo(1);
  }

  @Test
  void shouldKeepOneFileWhenAnUploadIsRetriedWithItsKey() {
    Setup s = open("UBND xã Đăk Dục");
    String key = "tai-len-" + System.nanoTime();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      ids.add(
          as(s.officer())
              .header("Idempotency-Key", key)
              .multiPart("file", "bien-ban.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))
              .post("/api/v1/reports/{id}/entries/{task}/evidence", s.report(), s.task())
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getLong("id"));
    }
    assertThat(ids.get(1)).isEqualTo(ids.get(0));
    assertThat(
            as(s.officer())
                .get("/api/v1/reports/{id}", s.report())
                .then()
                .extract()
                .jsonPath()
                .getList("entries[0].evidence"))
        .hasSize(1);
  }
}
