package vn.gov.plantracker.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static vn.gov.plantracker.support.Accounts.asAdmin;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.Accounts;
import vn.gov.plantracker.support.DatabaseTest;

/** Ordinary situations that must never answer 5xx: odd headers, big numbers, many at once. */
@QuarkusTest
@DatabaseTest
class OrdinaryFailuresTest {

  @Inject AgroalDataSource dataSource;

  @ConfigProperty(name = "quarkus.datasource.jdbc.max-size")
  int poolSize;

  @Test
  void shouldIgnoreAnAcceptLanguageHeaderItCannotRead() {
    for (String header : List.of("en;q=abc", "vi;q=1.5, en", ";;;", "en;q=")) {
      asAdmin()
          .header("Accept-Language", header)
          .get("/api/v1/plans/999999")
          .then()
          .statusCode(404)
          .contentType(startsWith("application/problem+json"))
          .body("code", equalTo("NOT_FOUND"))
          .body("title", equalTo("Không tìm thấy"));
    }
  }

  @Test
  void shouldRefuseAPageNumberNearTheIntegerLimitWith422() {
    for (String page : List.of("2147483647", "1000001")) {
      asAdmin()
          .queryParam("page", page)
          .queryParam("size", 200)
          .get("/api/v1/plans")
          .then()
          .statusCode(422)
          .body("errors[0].field", equalTo("page"));
    }
    asAdmin()
        .queryParam("page", 1_000_000)
        .queryParam("size", 200)
        .get("/api/v1/plans")
        .then()
        .statusCode(200)
        .body("items", org.hamcrest.Matchers.empty());
  }

  /**
   * Announced larger than the limit, the body is refused before it is sent; a raw socket, since an
   * HTTP client would write the whole body first.
   */
  @Test
  void shouldAnswerABodyOverTheLimitWithAProblem() throws IOException {
    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(
              ("POST /api/v1/plans HTTP/1.1\r\nHost: localhost\r\n"
                      + "Content-Type: application/json\r\nAccept-Language: en\r\n"
                      + "Content-Length: "
                      + (12 * 1024 * 1024)
                      + "\r\n\r\n{")
                  .getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 413");
      assertThat(answer).containsIgnoringCase("content-type: application/problem+json");
      assertThat(answer).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
      assertThat(answer).contains("Request too large");
    }
  }

  /** A body trickling in (a few bytes, then nothing) is cut at the configured time with a 408. */
  @Test
  void shouldCutARequestBodyThatArrivesTooSlowly() throws Exception {
    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      socket.setSoTimeout(20_000);
      long start = System.nanoTime();
      var out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/session HTTP/1.1\r\nHost: localhost\r\n"
                  + "Content-Type: application/json\r\nAccept-Language: en\r\n"
                  + "Content-Length: 200\r\n\r\n{\"username\":")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
      assertThat(answer).startsWith("HTTP/1.1 408");
      assertThat(answer).containsIgnoringCase("content-type: application/problem+json");
      assertThat(answer).contains("\"code\":\"REQUEST_TIMEOUT\"");
      assertThat(seconds).as("cut at the limit (4 s in tests), then closed").isBetween(3L, 15L);
    }
  }

  @Test
  void shouldSignInOneAccountFromManyTabsAtOnce() throws Exception {
    String username = Accounts.createUser("LEADER");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Integer>> logins = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        logins.add(
            () ->
                io.restassured.RestAssured.given()
                    .contentType(ContentType.JSON)
                    .body(Map.of("username", username, "password", Accounts.PASSWORD))
                    .post("/api/v1/session")
                    .statusCode());
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : pool.invokeAll(logins)) {
        statuses.add(answer.get(60, TimeUnit.SECONDS));
      }
      assertThat(statuses).containsOnly(200);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void shouldAnswer503WithRetryAfterWhileEveryDatabaseConnectionIsBusy() throws Exception {
    // Signed in first: checking the session needs the database too.
    var admin = Accounts.login(Accounts.ADMIN, Accounts.ADMIN_PASSWORD);
    List<Connection> held = new ArrayList<>();
    try {
      for (int i = 0; i < poolSize; i++) {
        held.add(dataSource.getConnection());
      }
      Response answer = Accounts.as(admin).header("Accept-Language", "en").get("/api/v1/plans");
      assertThat(answer.statusCode()).isEqualTo(503);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat(answer.header("Retry-After")).isEqualTo("5");
      assertThat(answer.jsonPath().getString("code")).isEqualTo("SERVICE_UNAVAILABLE");
    } finally {
      for (Connection connection : held) {
        connection.close();
      }
    }
    Accounts.as(admin).get("/api/v1/plans").then().statusCode(200);
  }
}
