package vn.gov.plantracker.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.plantracker.support.Accounts.asAdmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
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

  /** Swagger UI and client generators can authorise every call the contract declares. */
  @Test
  void shouldDeclareEverySecuritySchemeItsOperationsUse() throws Exception {
    JsonNode contract = YAML.readTree(Files.readString(Path.of("..", "openapi.yaml")));
    Set<String> declared = new TreeSet<>();
    contract.at("/components/securitySchemes").fieldNames().forEachRemaining(declared::add);
    assertThat(declared).containsExactlyInAnyOrder("apiToken", "session");
    Set<String> used = new TreeSet<>();
    contract
        .findValues("security")
        .forEach(list -> list.forEach(r -> r.fieldNames().forEachRemaining(used::add)));
    assertThat(used).isSubsetOf(declared).contains("apiToken");
    JsonNode signIn = contract.at("/paths/~1api~1v1~1session/post");
    assertThat(signIn.get("security")).isEmpty();
    JsonNode refused = contract.at("/paths/~1api~1v1~1plans/get/responses/401/content");
    assertThat(refused.has("application/problem+json")).isTrue();
  }
}
