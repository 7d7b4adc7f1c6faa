package vn.gov.plantracker.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.Accounts;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.Seeded;

/**
 * Drives the dashboard served by the packaged service in headless Chromium: a commune officer signs
 * in and lands on the commune's obligations, the plan page filtered by Phòng Giáo dục shows action
 * 3.a.8, and signing out ends the session; then a reporting round: the coordinator opens a period,
 * the commune submits, the coordinator returns it with a reason, the commune resubmits, the
 * coordinator accepts; last an administrator records, previews and applies an organisation change
 * (a commune renamed) and finds it in the list. The script lives with the frontend (frontend/e2e);
 * its screenshot lands in backend/target/screenshots.
 */
@QuarkusIntegrationTest
@DatabaseTest
class DashboardBrowserIT {

  @Test
  void shouldServeTheDashboardOnDeepLinksAndSwaggerUiInTheProductionBuild() {
    given().when().get("/").then().statusCode(200).contentType(containsString("text/html"));
    given()
        .when()
        .get("/plans/1?unitId=5")
        .then()
        .statusCode(200)
        .body(containsString("<div id=\"root\">"));
    given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
    given()
        .when()
        .get("/api/v1/nothing")
        .then()
        .statusCode(404)
        .contentType(containsString("application/problem+json"));
  }

  @Test
  void shouldShowWhatPhongGiaoDucOwesOnThePlanPage() throws Exception {
    String username = Accounts.createUser("UNIT_OFFICER", Seeded.unitId("UBND xã Pờ Y"));
    String coordinator = Accounts.createUser("COORDINATOR", Seeded.unitId("Phòng LĐTBXH"));
    String admin = Accounts.createUser("ADMIN");
    Path screenshots = Path.of("target", "screenshots").toAbsolutePath();
    Files.createDirectories(screenshots);
    Path log = screenshots.resolve("e2e.log");
    ProcessBuilder npm =
        new ProcessBuilder("npm", "run", "--silent", "test-e2e")
            .directory(new File("../frontend"))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    npm.environment().put("BASE_URL", RestAssured.baseURI + ":" + RestAssured.port);
    npm.environment().put("SCREENSHOT_DIR", screenshots.toString());
    npm.environment().put("E2E_USERNAME", username);
    npm.environment().put("E2E_PASSWORD", Accounts.PASSWORD);
    npm.environment().put("E2E_COORDINATOR_USERNAME", coordinator);
    npm.environment().put("E2E_COORDINATOR_PASSWORD", Accounts.PASSWORD);
    npm.environment().put("E2E_ADMIN_USERNAME", admin);
    npm.environment().put("E2E_ADMIN_PASSWORD", Accounts.PASSWORD);
    Process run = npm.start();
    boolean finished = run.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      run.destroyForcibly();
    }
    String output = Files.readString(log);
    assertThat(finished).as("browser test finished in time:%n%s", output).isTrue();
    assertThat(run.exitValue()).as("browser test output:%n%s", output).isZero();
    assertThat(screenshots.resolve("plan-filtered-phong-gddt.png")).exists().isNotEmptyFile();
    assertThat(screenshots.resolve("plan-import-review.png")).exists().isNotEmptyFile();
    assertThat(screenshots.resolve("org-change-preview.png")).exists().isNotEmptyFile();
    assertThat(screenshots.resolve("org-changes.png")).exists().isNotEmptyFile();
  }
}
