package vn.gov.plantracker.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import vn.gov.plantracker.devdb.EmbeddedDatabase;

/** The packaged service run as its own process on a database, as operators run it. */
final class PackagedService implements AutoCloseable {

  static final String ADMIN_PASSWORD = "a-long-test-password-for-operations";
  private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

  final Process process;
  final Path log;
  final String base;

  private PackagedService(Process process, Path log, String base) {
    this.process = process;
    this.log = log;
    this.base = base;
  }

  /** Starts the service on this JDBC URL; it logs to {@code target/operations/NAME.log}. */
  static PackagedService start(String name, String dbUrl) throws IOException {
    return start(name, dbUrl, Map.of());
  }

  /** The same, with these environment variables set as well. */
  static PackagedService start(String name, String dbUrl, Map<String, String> settings)
      throws IOException {
    int httpPort = freePort();
    Path log = Files.createDirectories(Path.of("target", "operations")).resolve(name + ".log");
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
    env.put("DB_URL", dbUrl);
    env.put("DB_USER", EmbeddedDatabase.USER);
    env.put("DB_PASSWORD", EmbeddedDatabase.PASSWORD);
    env.put("PORT", String.valueOf(httpPort));
    env.put("DB_START_TIMEOUT", "120S");
    env.put("PLANTRACKER_SECURITY_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.putAll(settings);
    return new PackagedService(launch.start(), log, "http://127.0.0.1:" + httpPort);
  }

  void awaitLog(String line, Duration limit) throws Exception {
    Instant end = Instant.now().plus(limit);
    while (Instant.now().isBefore(end)) {
      if (Files.exists(log) && Files.readString(log).contains(line)) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("The service never logged \"" + line + "\": " + Files.readString(log));
  }

  void awaitReady(Duration limit) throws Exception {
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
    throw new AssertionError("Not ready within " + limit + ": " + Files.readString(log));
  }

  /** Signs the first administrator in: the session cookie and its CSRF token. */
  Map<String, String> signIn() {
    Response login =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("username", "admin", "password", ADMIN_PASSWORD))
            .post(base + "/api/v1/session");
    assertThat(login.statusCode()).isEqualTo(200);
    return Map.of("pt_session", login.cookie("pt_session"), "csrf", login.path("csrfToken"));
  }

  /** SIGTERM, then waits for the process to end. */
  boolean stop() throws InterruptedException {
    process.destroy();
    return process.waitFor(60, TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }

  /** An empty folder for a database of this test alone, whatever an earlier run left there. */
  static Path freshFolder(String name) throws IOException {
    Path home = Path.of("target", name).toAbsolutePath();
    if (Files.exists(home)) {
      try (var files = Files.walk(home)) {
        for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
    return home;
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
