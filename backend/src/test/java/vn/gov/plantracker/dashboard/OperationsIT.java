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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

  private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
  private static final String ADMIN_PASSWORD = "a-long-test-password-for-operations";

  @Test
  void shouldWaitForTheDatabaseAtStartAndFinishRequestsInFlightOnSigterm() throws Exception {
    Path home = Path.of("target", "operations-db").toAbsolutePath();
    try (EmbeddedDatabase db = EmbeddedDatabase.start(home)) {
      int dbPort = freePort();
      int httpPort = freePort();
      Path log = Files.createDirectories(Path.of("target", "operations")).resolve("service.log");
      ProcessBuilder launch =
          new ProcessBuilder(
                  List.of(
                      Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                      "-Xmx512m",
                      "-jar",
                      JAR.toString()))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      Map<String, String> env = launch.environment();
      env.put("DB_URL", "jdbc:mysql://127.0.0.1:" + dbPort + "/" + EmbeddedDatabase.DATABASE);
      env.put("DB_USER", EmbeddedDatabase.USER);
      env.put("DB_PASSWORD", EmbeddedDatabase.PASSWORD);
      env.put("PORT", String.valueOf(httpPort));
      env.put("DB_START_TIMEOUT", "120S");
      env.put("PLANTRACKER_SECURITY_ADMIN_PASSWORD", ADMIN_PASSWORD);
      Process service = launch.start();
      try {
        // Nothing answers on the database's port yet: the service must say so and keep trying.
        awaitLog(log, "Database not reachable yet", Duration.ofSeconds(120));
        Thread.sleep(3_000);
        assertThat(service.isAlive()).as("the service waits for its database").isTrue();
        try (Relay relay = new Relay(dbPort, db.port())) {
          String base = "http://127.0.0.1:" + httpPort;
          awaitReady(base, Duration.ofSeconds(120));

          String cookie = signIn(base);
          CompletableFuture<Integer> inFlight =
              CompletableFuture.supplyAsync(() -> importLargePlan(base, cookie));
          Thread.sleep(700);
          service.destroy();

          assertThat(inFlight.get(60, TimeUnit.SECONDS))
              .as("the request in flight when SIGTERM came still gets its answer")
              .isEqualTo(201);
          assertThat(service.waitFor(60, TimeUnit.SECONDS)).as("then the service stops").isTrue();
        }
      } finally {
        service.destroyForcibly();
      }
      assertThat(Files.readString(log)).contains("Database reached after");
    }
  }

  private static void awaitLog(Path log, String line, Duration limit) throws Exception {
    Instant end = Instant.now().plus(limit);
    while (Instant.now().isBefore(end)) {
      if (Files.exists(log) && Files.readString(log).contains(line)) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("The service never logged \"" + line + "\": " + Files.readString(log));
  }

  private static void awaitReady(String base, Duration limit) throws InterruptedException {
    Instant end = Instant.now().plus(limit);
    while (Instant.now().isBefore(end)) {
      try {
        if (given().get(base + "/q/health/ready").statusCode() == 200) {
          return;
        }
      } catch (Exception notYet) {
        // Not listening yet (REST Assured throws the ConnectException unchecked).
      }
      Thread.sleep(500);
    }
    throw new AssertionError("The service was not ready within " + limit);
  }

  private static String signIn(String base) {
    Response login =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("username", "admin", "password", ADMIN_PASSWORD))
            .post(base + "/api/v1/session");
    assertThat(login.statusCode()).isEqualTo(200);
    return login.cookie("pt_session") + "\n" + login.path("csrfToken");
  }

  /** Reading and storing the largest text accepted takes about a second here. */
  private static int importLargePlan(String base, String session) {
    String[] parts = session.split("\n");
    StringBuilder text = new StringBuilder("ỦY BAN NHÂN DÂN HUYỆN NGỌC HỒI\nKẾ HOẠCH\n");
    while (text.length() < 490_000) {
      text.append("- Tuyên truyền nâng cao nhận thức về giáo dục nghề nghiệp cho người dân.\n");
    }
    return given()
        .cookie("pt_session", parts[0])
        .header("X-CSRF-Token", parts[1])
        .contentType(ContentType.JSON)
        .body(Map.of("text", text.toString()))
        .post(base + "/api/v1/plan-imports")
        .statusCode();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
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
