package vn.gov.plantracker.common;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.plantracker.support.Accounts.asAdmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.DatabaseTest;

/**
 * openapi.yaml at the project root is the contract: what the service serves must equal it. On a
 * difference the served document is written to target/openapi-served.yaml to review and copy.
 */
@QuarkusTest
@DatabaseTest
class OpenApiContractTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void shouldServeExactlyTheContractInOpenapiYaml() throws Exception {
    String served =
        asAdmin()
            .queryParam("format", "yaml")
            .when()
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    Path contract = Path.of("..", "openapi.yaml");
    JsonNode expected = YAML.readTree(Files.readString(contract));
    JsonNode actual = YAML.readTree(served);
    if (!expected.equals(actual)) {
      Files.writeString(Path.of("target", "openapi-served.yaml"), served);
    }
    assertTrue(
        expected.equals(actual),
        "The served API differs from openapi.yaml; compare with backend/target/openapi-served.yaml");
  }
}
