package vn.gov.plantracker.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.plantracker.support.Accounts.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.Accounts;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.Reporting;
import vn.gov.plantracker.support.Seeded;

/** Prometheus reads the HTTP traffic, the connection pool and the reports submitted. */
@QuarkusTest
@DatabaseTest
class MetricsTest {

  private static final Pattern SUBMITTED =
      Pattern.compile("plantracker_report_submissions_total\\{late=\"false\"} ([0-9.]+)");

  private static double submitted(String metrics) {
    Matcher m = SUBMITTED.matcher(metrics);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }

  @Test
  void shouldCountSubmissionsBesideHttpAndPoolMetrics() {
    double before = submitted(given().get("/q/metrics").asString());
    long unit = Seeded.unitId("UBND xã Đăk Nông");
    long report =
        Reporting.reportOf(
            Reporting.openAdHoc(Accounts.asAdmin(), "Đếm báo cáo", LocalDate.of(2099, 12, 31)),
            unit);
    RequestSpecification officer = Accounts.sessionOf("UNIT_OFFICER", unit);
    long version =
        as(officer)
            .get("/api/v1/reports/{id}", report)
            .then()
            .extract()
            .jsonPath()
            .getLong("version");
    as(officer)
        .contentType(ContentType.JSON)
        .body(Map.of("version", version))
        .post("/api/v1/reports/{id}/submit", report)
        .then()
        .statusCode(200);

    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(submitted(metrics)).isEqualTo(before + 1);
    assertThat(metrics).contains("http_server_requests_seconds_count").contains("agroal_");
  }
}
