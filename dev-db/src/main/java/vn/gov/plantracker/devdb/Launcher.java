package vn.gov.plantracker.devdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

  public static void main(String[] args) throws IOException, InterruptedException {
    Path jar = Path.of(args[0]);
    Path dataHome = Path.of(args.length > 1 ? args[1] : ".data/mariadb");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("Build the service first: " + jar + " is missing");
    }
    Map<String, String> env = System.getenv();
    boolean configured =
        env.containsKey("DB_URL") || env.containsKey("QUARKUS_DATASOURCE_JDBC_URL");

    EmbeddedDatabase db = null;
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (!configured) {
      System.out.println("No database configured: starting the embedded MariaDB in " + dataHome);
      db = EmbeddedDatabase.start(dataHome.toAbsolutePath());
      command.add("-Dquarkus.datasource.jdbc.url=" + db.jdbcUrl());
      command.add("-Dquarkus.datasource.username=" + EmbeddedDatabase.USER);
      command.add("-Dquarkus.datasource.password=" + EmbeddedDatabase.PASSWORD);
    }
    command.add("-jar");
    command.add(jar.toString());

    Process service = new ProcessBuilder(command).inheritIO().start();
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
                  }
                }));
    int exit = service.waitFor();
    System.exit(exit);
  }
}
