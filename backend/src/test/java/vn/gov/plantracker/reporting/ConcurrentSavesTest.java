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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.Accounts;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.Seeded;

/**
 * Many people saving one report at once, against the real database: every save that was answered
 * 200 is kept and in the history, every other one was told 409, and nothing is overwritten unseen.
 */
@QuarkusTest
@DatabaseTest
class ConcurrentSavesTest {

  private static final LocalDate FAR = LocalDate.of(2099, 12, 31);

  /** A saved entry as one writer sends it, and what the service answered. */
  record Attempt(String text, int status, JsonPath body) {}

  private long openReport(long unitId) {
    RequestSpecification coordinator =
        Accounts.sessionOf("COORDINATOR", Seeded.unitId("Phòng LĐTBXH"));
    return reportOf(openAdHoc(coordinator, "Lưu đồng thời", FAR), unitId);
  }

  private static Response save(
      RequestSpecification officer, long report, long taskId, String text, long version) {
    return as(officer)
        .header("Accept-Language", "en")
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "entries",
                List.of(Map.of("taskId", taskId, "progress", "IN_PROGRESS", "results", text)),
                "version",
                version))
        .put("/api/v1/reports/{id}", report);
  }

  private static <T> List<T> together(List<Callable<T>> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(work.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : work) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return task.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(120, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The results texts that the report's history shows being saved, oldest first. */
  private static List<String> savedTexts(long report) {
    List<Map<String, Object>> history =
        Accounts.asAdmin()
            .queryParam("size", 200)
            .get("/api/v1/reports/{id}/history", report)
            .then()
            .statusCode(200)
            .extract()
            .path("items");
    List<String> texts = new ArrayList<>();
    List<Map<String, Object>> oldestFirst = new ArrayList<>(history);
    Collections.reverse(oldestFirst);
    for (Map<String, Object> entry : oldestFirst) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> changes = (List<Map<String, Object>>) entry.get("changes");
      changes.stream()
          .filter(c -> ((String) c.get("field")).matches("entries\\[.+]\\.results"))
          .forEach(c -> texts.add((String) c.get("after")));
    }
    return texts;
  }

  @Test
  void shouldKeepOneOfFiftySimultaneousSavesAndRefuseTheOthersWith409() throws Exception {
    long unit = Seeded.unitId("UBND xã Sa Loong");
    long report = openReport(unit);
    String username = Accounts.createUser("UNIT_OFFICER", unit);
    RequestSpecification officer = Accounts.login(username, Accounts.PASSWORD);
    JsonPath loaded = as(officer).get("/api/v1/reports/{id}", report).then().extract().jsonPath();
    long version = loaded.getLong("version");
    long taskId = loaded.getLong("entries[0].taskId");

    List<Callable<Attempt>> writers = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String text = "<p>Bản lưu của người thứ " + i + "</p>";
      writers.add(
          () -> {
            Response answer = save(officer, report, taskId, text, version);
            return new Attempt(text, answer.statusCode(), answer.jsonPath());
          });
    }
    List<Attempt> attempts = together(writers);

    List<Attempt> kept = attempts.stream().filter(a -> a.status() == 200).toList();
    List<Attempt> refused = attempts.stream().filter(a -> a.status() == 409).toList();
    assertThat(kept).as("exactly one save wins").hasSize(1);
    assertThat(refused).as("every other writer is told").hasSize(49);
    String winner = kept.get(0).text();
    long winnerVersion = kept.get(0).body().getLong("version");
    assertThat(winnerVersion).isEqualTo(version + 1);
    for (Attempt loser : refused) {
      assertThat(loser.body().getString("code")).isEqualTo("STALE_VERSION");
      assertThat(loser.body().getLong("currentVersion")).isEqualTo(winnerVersion);
      assertThat(loser.body().getString("changedBy")).isEqualTo(username);
      assertThat(loser.body().getString("changedAt")).isNotBlank();
      assertThat(loser.body().getString("detail")).contains(username);
    }

    JsonPath now = as(officer).get("/api/v1/reports/{id}", report).then().extract().jsonPath();
    assertThat(now.getString("entries[0].results")).isEqualTo(winner);
    assertThat(now.getLong("version")).isEqualTo(winnerVersion);
    assertThat(savedTexts(report)).as("the history shows the one save").containsExactly(winner);
  }

  @Test
  void shouldKeepEverySaveThatWasAcknowledgedWhenWritersRetryAfterTheir409() throws Exception {
    long unit = Seeded.unitId("UBND xã Đăk Kan");
    long report = openReport(unit);
    RequestSpecification officer = Accounts.sessionOf("UNIT_OFFICER", unit);
    JsonPath loaded = as(officer).get("/api/v1/reports/{id}", report).then().extract().jsonPath();
    long start = loaded.getLong("version");
    long taskId = loaded.getLong("entries[0].taskId");

    List<Callable<List<Integer>>> writers = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String text = "<p>Người thứ " + i + " lưu sau khi tải lại</p>";
      writers.add(
          () -> {
            List<Integer> statuses = new ArrayList<>();
            for (int attempt = 0; attempt < 100; attempt++) {
              long version =
                  as(officer).get("/api/v1/reports/{id}", report).then().extract().path("version")
                          instanceof Number n
                      ? n.longValue()
                      : -1;
              int status = save(officer, report, taskId, text, version).statusCode();
              statuses.add(status);
              if (status != 409) {
                break;
              }
            }
            return statuses;
          });
    }
    List<List<Integer>> statuses = together(writers);

    assertThat(statuses).allSatisfy(s -> assertThat(s).last().isEqualTo(200));
    assertThat(statuses.stream().flatMap(List::stream)).allMatch(s -> s == 200 || s == 409);
    long acknowledged = statuses.stream().flatMap(List::stream).filter(s -> s == 200).count();
    assertThat(acknowledged).isEqualTo(10);
    long version =
        as(officer)
            .get("/api/v1/reports/{id}", report)
            .then()
            .extract()
            .jsonPath()
            .getLong("version");
    assertThat(version).as("one new version per acknowledged save").isEqualTo(start + 10);
    List<String> texts = savedTexts(report);
    assertThat(texts).hasSize(10).doesNotHaveDuplicates();
    assertThat(texts).allMatch(t -> t.matches("<p>Người thứ \\d lưu sau khi tải lại</p>"));
  }
}
