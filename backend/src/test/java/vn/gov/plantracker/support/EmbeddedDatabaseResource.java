package vn.gov.plantracker.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import vn.gov.plantracker.devdb.EmbeddedDatabase;

/**
 * Gives the tests a real MySQL-compatible server: the one named by TEST_DB_URL (with TEST_DB_USER
 * and TEST_DB_PASSWORD), or else a fresh embedded MariaDB under target/.
 */
public class EmbeddedDatabaseResource implements QuarkusTestResourceLifecycleManager {

  /** The first administrator's password, for the tests and the packaged service they start. */
  private static final String ADMIN_PASSWORD = "plantracker.security.admin.password";

  private EmbeddedDatabase db;

  @Override
  public Map<String, String> start() {
    String url = System.getenv("TEST_DB_URL");
    if (url != null && !url.isBlank()) {
      return Map.of(
          "quarkus.datasource.jdbc.url",
          url,
          "quarkus.datasource.username",
          env("TEST_DB_USER", "plantracker"),
          "quarkus.datasource.password",
          env("TEST_DB_PASSWORD", ""),
          ADMIN_PASSWORD,
          Accounts.ADMIN_PASSWORD);
    }
    Path home = Path.of("target", "embedded-db").toAbsolutePath();
    deleteData(home.resolve("data"));
    db = EmbeddedDatabase.start(home);
    return Map.of(
        "quarkus.datasource.jdbc.url",
        db.jdbcUrl(),
        "quarkus.datasource.username",
        EmbeddedDatabase.USER,
        "quarkus.datasource.password",
        EmbeddedDatabase.PASSWORD,
        ADMIN_PASSWORD,
        Accounts.ADMIN_PASSWORD);
  }

  @Override
  public void stop() {
    if (db != null) {
      db.close();
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }

  /** Each test run starts from an empty database, so the seed is loaded as on a first start. */
  private static void deleteData(Path data) {
    if (!Files.exists(data)) {
      return;
    }
    try (Stream<Path> files = Files.walk(data)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new IllegalStateException("Cannot clear " + data, e);
    }
  }
}
