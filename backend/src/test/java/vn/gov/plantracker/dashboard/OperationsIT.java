package vn.gov.plantracker.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.devdb.EmbeddedDatabase;

/**
 * The packaged service as operators run it: started before its database answers, it waits for it
 * instead of exiting; stopped with SIGTERM while a request is in flight, it finishes that request
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
              "jdbc:mysql://127.0.0.1:" + dbPort + "/" + EmbeddedDatabase.DATABASE)) {
        // Nothing answers on the database's port yet: the service must say so and keep trying.
        service.awaitLog("Database not reachable yet", Duration.ofSeconds(120));
        Thread.sleep(3_000);
        assertThat(service.process.isAlive()).as("the service waits for its database").isTrue();
        try (Relay relay = new Relay(dbPort, db.port())) {
          service.awaitReady(Duration.ofSeconds(120));

          Map<String, String> admin = service.signIn();
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

  /** Forwards a loopback port to another, as a database that comes up late would appear. */
  private static final class Relay implements AutoCloseable {
    private final ServerSocket server;

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

    private static void pipe(InputStream in, OutputStream out) {
      daemon(
          () -> {
            try (in;
                out) {
              in.transferTo(out);
            } catch (IOException ended) {
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
