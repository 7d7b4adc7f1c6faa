package vn.gov.plantracker.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.devdb.EmbeddedDatabase;

/**
 * The packaged service as operators run it: started before its database answers, it waits for it
 * instead of exiting; while the database stalls, requests get 503 within the statement timeout
 * instead of hanging; stopped with SIGTERM while a request is in flight, it finishes that request
 * before it exits.
 */
class OperationsIT {

  @Test
  void shouldWaitForTheDatabaseAtStartAndFinishRequestsInFlightOnSigterm() throws Exception {
    Path home = PackagedService.freshFolder("operations-db");
    try (EmbeddedDatabase db = EmbeddedDatabase.start(home)) {
      int dbPort = PackagedService.freePort();
      try (PackagedService service =
          PackagedService.start(
              "late-database",
              "jdbc:mysql://127.0.0.1:" + dbPort + "/" + EmbeddedDatabase.DATABASE,
              Map.of("DB_STATEMENT_TIMEOUT_MS", "3000"))) {
        // Nothing answers on the database's port yet: the service must say so and keep trying.
        service.awaitLog("Database not reachable yet", Duration.ofSeconds(120));
        Thread.sleep(3_000);
        assertThat(service.process.isAlive()).as("the service waits for its database").isTrue();
        try (Relay relay = new Relay(dbPort, db.port())) {
          service.awaitReady(Duration.ofSeconds(120));

          Map<String, String> admin = service.signIn();
          answersQuicklyWhileTheDatabaseStalls(service, relay, admin);

          CompletableFuture<Integer> inFlight =
              CompletableFuture.supplyAsync(() -> importLargePlan(service.base, admin));
          Thread.sleep(700);
          service.process.destroy();

          assertThat(inFlight.get(60, TimeUnit.SECONDS))
              .as("the request in flight when SIGTERM came still gets its answer")
              .isEqualTo(201);
          assertThat(service.process.waitFor(60, TimeUnit.SECONDS))
              .as("then the service stops")
              .isTrue();
        }
        assertThat(Files.readString(service.log)).contains("Database reached after");
      }
    }
  }

  /**
   * The database keeps its connections open but stops answering: each request gets 503 with
   * Retry-After once the statement timeout (3 s here) passes, one line is logged for the outage,
   * and the service recovers by itself when the database answers again.
   */
  private static void answersQuicklyWhileTheDatabaseStalls(
      PackagedService service, Relay relay, Map<String, String> admin) throws Exception {
    long logBefore = Files.size(service.log);
    relay.stall(true);
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      Response answer = signedIn(admin).get(service.base + "/api/v1/plans");
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(503);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat(answer.header("Retry-After")).isNotNull();
      assertThat(millis).as("answered within the timeout, not hung").isLessThan(9_000);
    }
    relay.stall(false);
    Instant end = Instant.now().plusSeconds(30);
    int status = 0;
    while (Instant.now().isBefore(end) && status != 200) {
      status = signedIn(admin).get(service.base + "/api/v1/plans").statusCode();
    }
    assertThat(status).as("served again once the database answers").isEqualTo(200);
    byte[] all = Files.readAllBytes(service.log);
    String log =
        new String(all, (int) logBefore, all.length - (int) logBefore, StandardCharsets.UTF_8);
    assertThat(log.split("Database unavailable", -1)).as("one line for the outage").hasSize(2);
    assertThat(log).doesNotContain("\tat com.mysql");
  }

  private static io.restassured.specification.RequestSpecification signedIn(
      Map<String, String> session) {
    return given().cookie("pt_session", session.get("pt_session"));
  }

  /** Reading and storing the largest text accepted takes about a second here. */
  private static int importLargePlan(String base, Map<String, String> session) {
    StringBuilder text = new StringBuilder("ỦY BAN NHÂN DÂN HUYỆN NGỌC HỒI\nKẾ HOẠCH\n");
    while (text.length() < 490_000) {
      text.append("- Tuyên truyền nâng cao nhận thức về giáo dục nghề nghiệp cho người dân.\n");
    }
    return given()
        .cookie("pt_session", session.get("pt_session"))
        .header("X-CSRF-Token", session.get("csrf"))
        .contentType(ContentType.JSON)
        .body(Map.of("text", text.toString()))
        .post(base + "/api/v1/plan-imports")
        .statusCode();
  }

  /**
   * Forwards a loopback port to another, as a database that comes up late would appear; while
   * stalled, it holds every byte, as a database that stopped answering would.
   */
  private static final class Relay implements AutoCloseable {
    private final ServerSocket server;
    private volatile boolean stalled;

    Relay(int from, int to) throws IOException {
      server = new ServerSocket(from, 50, InetAddress.getLoopbackAddress());
      daemon(
          () -> {
            while (!server.isClosed()) {
              try {
                Socket client = server.accept();
                Socket target = new Socket(InetAddress.getLoopbackAddress(), to);
                pipe(client.getInputStream(), target.getOutputStream());
                pipe(target.getInputStream(), client.getOutputStream());
              } catch (IOException closed) {
                return;
              }
            }
          });
    }

    void stall(boolean stop) {
      stalled = stop;
    }

    private void pipe(InputStream in, OutputStream out) {
      daemon(
          () -> {
            byte[] buffer = new byte[16 * 1024];
            try (in;
                out) {
              for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                while (stalled) {
                  Thread.sleep(50);
                }
                out.write(buffer, 0, read);
                out.flush();
              }
            } catch (IOException | InterruptedException ended) {
              // One side closed.
            }
          });
    }

    private static void daemon(Runnable work) {
      Thread thread = new Thread(work);
      thread.setDaemon(true);
      thread.start();
    }

    @Override
    public void close() throws IOException {
      server.close();
    }
  }
}
