package vn.gov.plantracker.support;

import static io.restassured.RestAssured.given;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Signs test requests in the way the dashboard does: a session cookie from POST /session and the
 * CSRF token sent back as a header. The first administrator comes from the test configuration.
 */
public final class Accounts {

  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "admin-password-for-tests";
  public static final String PASSWORD = "a-long-test-password";

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static RequestSpecification admin;

  private Accounts() {}

  /** A request signed in as the first administrator. */
  public static RequestSpecification asAdmin() {
    return given().spec(adminSession());
  }

  /** A request signed in with this session. */
  public static RequestSpecification as(RequestSpecification session) {
    return given().spec(session);
  }

  /** Signs in and returns the session, failing the test if sign-in fails. */
  public static RequestSpecification login(String username, String password) {
    Response response =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("username", username, "password", password))
            .post("/api/v1/session");
    response.then().statusCode(200);
    return new RequestSpecBuilder()
        .addCookie("pt_session", response.cookie("pt_session"))
        .addHeader("X-CSRF-Token", response.path("csrfToken"))
        .build();
  }

  /** Creates a user with a fresh name (the role's name plus a number) and returns its name. */
  public static String createUser(String role, Long... unitIds) {
    String username = role.toLowerCase().replace('_', '.') + "." + NEXT.incrementAndGet();
    asAdmin()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "username", username,
                "displayName", "Test " + username,
                "role", role,
                "unitIds", List.of(unitIds),
                "password", PASSWORD))
        .post("/api/v1/users")
        .then()
        .statusCode(201);
    return username;
  }

  /** Creates a user and signs them in. */
  public static RequestSpecification sessionOf(String role, Long... unitIds) {
    return login(createUser(role, unitIds), PASSWORD);
  }

  private static synchronized RequestSpecification adminSession() {
    if (admin == null) {
      admin = login(ADMIN, ADMIN_PASSWORD);
    }
    return admin;
  }
}
