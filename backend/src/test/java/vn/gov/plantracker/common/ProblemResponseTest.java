package vn.gov.plantracker.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static vn.gov.plantracker.support.Accounts.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.DatabaseTest;

/** Every failure is problem+json, in Vietnamese unless the client asks for English. */
@QuarkusTest
@DatabaseTest
class ProblemResponseTest {

  @Test
  void shouldAnswerAMissingPlanInVietnameseByDefault() {
    asAdmin()
        .when()
        .get("/api/v1/plans/987654")
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"))
        .body("code", equalTo("NOT_FOUND"))
        .body("status", equalTo(404))
        .body("title", equalTo("Không tìm thấy"))
        .body("detail", equalTo("Không tìm thấy kế hoạch có mã 987654."))
        .body("instance", equalTo("/api/v1/plans/987654"));
  }

  @Test
  void shouldAnswerInEnglishWhenAsked() {
    asAdmin()
        .header("Accept-Language", "en-US,en;q=0.8")
        .when()
        .get("/api/v1/units/987654")
        .then()
        .statusCode(404)
        .body("detail", equalTo("There is no unit with id 987654."));
  }

  @Test
  void shouldListEveryInvalidFieldWith422() {
    asAdmin()
        .contentType("application/json")
        .header("Accept-Language", "vi")
        .body("{\"title\": \"  \"}")
        .when()
        .post("/api/v1/plans")
        .then()
        .statusCode(422)
        .contentType(startsWith("application/problem+json"))
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors.field", hasItems("symbol", "issuerId", "issueYear", "title"))
        .body("errors.find { it.field == 'title' }.message", equalTo("không được để trống"));
  }

  @Test
  void shouldGiveFieldMessagesInEnglishWhenAsked() {
    asAdmin()
        .contentType("application/json")
        .header("Accept-Language", "en")
        .body("{\"title\": \"\"}")
        .when()
        .post("/api/v1/plans")
        .then()
        .statusCode(422)
        .body("title", equalTo("Invalid data"))
        .body("errors.find { it.field == 'title' }.message", equalTo("must not be blank"));
  }

  @Test
  void shouldRejectTextTooLongToStoreWith422() {
    asAdmin()
        .contentType("application/json")
        .body(
            java.util.Map.of(
                "symbol",
                "KH-UBND",
                "issuerId",
                1,
                "issueYear",
                2026,
                "title",
                "Kế hoạch dài",
                "preamble",
                "Căn cứ ".repeat(4000)))
        .when()
        .post("/api/v1/plans")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("preamble"));
  }

  @Test
  void shouldRejectMalformedJsonWith400() {
    asAdmin()
        .contentType("application/json")
        .body("{\"title\": ")
        .when()
        .post("/api/v1/plans")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"))
        .body("code", equalTo("MALFORMED_REQUEST"))
        .body("detail", not(containsString("Exception")));
  }

  @Test
  void shouldNameAFieldOfTheWrongType() {
    asAdmin()
        .contentType("application/json")
        .body("{\"issueYear\": \"năm nay\", \"symbol\": \"KH-UBND\"}")
        .when()
        .post("/api/v1/plans")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("issueYear"));
  }

  @Test
  void shouldRejectAnOutOfRangePageSize() {
    asAdmin()
        .queryParam("size", 0)
        .when()
        .get("/api/v1/plans")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("size"));
  }

  @Test
  void shouldRejectANonNumericParameterWithoutA500() {
    asAdmin()
        .queryParam("page", "abc")
        .when()
        .get("/api/v1/plans")
        .then()
        .statusCode(400)
        .contentType(startsWith("application/problem+json"));
  }

  @Test
  void shouldAnswerUnknownRoutesAndMethodsAsProblems() {
    asAdmin()
        .when()
        .get("/api/v1/nothing-here")
        .then()
        .statusCode(404)
        .body("code", equalTo("ROUTE_NOT_FOUND"));
    asAdmin()
        .when()
        .patch("/api/v1/plans")
        .then()
        .statusCode(405)
        .body("code", equalTo("METHOD_NOT_ALLOWED"));
  }
}
