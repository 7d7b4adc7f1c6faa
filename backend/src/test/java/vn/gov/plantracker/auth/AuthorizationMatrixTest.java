package vn.gov.plantracker.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.plantracker.support.Accounts.as;
import static vn.gov.plantracker.support.Accounts.asAdmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.Accounts;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.Seeded;

/**
 * Walks every operation of the served contract with every kind of caller and fails on any answer
 * that gives a caller more than their role, unit or token allows. An operation without a rule here
 * fails the test: a new endpoint must say who may call it.
 */
@QuarkusTest
@DatabaseTest
class AuthorizationMatrixTest {

  /** Who may call an operation. */
  enum Rule {
    /** Anyone, signed in or not (signing in). */
    ANYONE,
    /** Any signed-in caller, session or token. */
    SIGNED_IN,
    /** Any signed-in caller; anonymous only with public read on. */
    READER,
    ADMIN,
    ADMIN_OR_COORDINATOR,
    /** Everyone signed in but a unit officer outside their own units. */
    OWN_UNIT_DATA,
    /** Only an officer of the unit, or their report-write token for it. */
    OWN_UNIT_REPORT,
    /** An officer of the unit (or their report-write token), the coordinator or an admin. */
    OWN_UNIT_FIGURES,
    /** The consolidated report's compilers and approvers: everyone signed in but unit officers. */
    CONSOLIDATED_READER
  }

  /**
   * Written by the other unit into its report; no answer to an officer of the first unit may
   * contain it, whatever the operation (lists, aggregates, exports, history).
   */
  private static final String OTHER_UNITS_SECRET = "BiMatCuaXaKhac" + System.nanoTime();

  /**
   * Bodies valid enough to reach the access check; the stale version makes an allowed call fail
   * with 409 so nothing changes. Other operations get an empty object.
   */
  private static final Map<String, Map<String, Object>> BODIES =
      Map.of(
          "PUT /api/v1/reports/{id}", Map.of("entries", List.of(), "version", 999),
          "POST /api/v1/reports/{id}/submit", Map.of("version", 999),
          "POST /api/v1/reports/{id}/return", Map.of("reason", "matrix", "version", 999),
          "POST /api/v1/reports/{id}/accept", Map.of("version", 999),
          "POST /api/v1/periods/{id}/accept",
              Map.of("reports", List.of(Map.of("id", 999999, "version", 999))),
          "PUT /api/v1/obstacles/{id}", Map.of("status", "BEING_HANDLED", "version", 999),
          "PUT /api/v1/periods/{id}/consolidated-report",
              Map.of(
                  "title",
                  "Ma trận",
                  "place",
                  "Ngọc Hồi",
                  "symbol",
                  "BC-UBND",
                  "recipients",
                  List.of(),
                  "sections",
                  List.of(Map.of("level", 1, "heading", "I.")),
                  "version",
                  999),
          "POST /api/v1/periods/{id}/consolidated-report/finalise", Map.of("version", 999),
          // Not the code of the pending set-up: refused, so nothing is turned on.
          "POST /api/v1/me/totp/confirm", Map.of("code", "not-a-code"),
          // More students in VET than finished school: refused, so nothing is saved.
          "PUT /api/v1/indicators/{id}/values/{unitId}/{year}",
              Map.of("numerator", 2, "denominator", 1));

  private static final Map<String, Rule> RULES = new LinkedHashMap<>();

  static {
    RULES.put("POST /api/v1/session", Rule.ANYONE);
    RULES.put("GET /api/v1/session/options", Rule.ANYONE);
    RULES.put("GET /api/v1/session/oidc", Rule.ANYONE);
    RULES.put("GET /api/v1/session", Rule.SIGNED_IN);
    RULES.put("DELETE /api/v1/session", Rule.SIGNED_IN);
    RULES.put("GET /api/v1/session/options", Rule.ANYONE);
    RULES.put("POST /api/v1/password-resets", Rule.ANYONE);
    RULES.put("POST /api/v1/password-resets/confirm", Rule.ANYONE);
    RULES.put("GET /api/v1/me", Rule.SIGNED_IN);
    RULES.put("PUT /api/v1/me/password", Rule.SIGNED_IN);
    RULES.put("POST /api/v1/me/totp", Rule.ADMIN_OR_COORDINATOR);
    RULES.put("POST /api/v1/me/totp/confirm", Rule.ADMIN_OR_COORDINATOR);
    RULES.put("DELETE /api/v1/me/totp", Rule.SIGNED_IN);
    RULES.put("DELETE /api/v1/users/{id}/totp", Rule.ADMIN);
    RULES.put("GET /api/v1/tokens", Rule.SIGNED_IN);
    RULES.put("POST /api/v1/tokens", Rule.SIGNED_IN);
    RULES.put("GET /api/v1/tokens/{id}", Rule.SIGNED_IN);
    RULES.put("DELETE /api/v1/tokens/{id}", Rule.SIGNED_IN);
    RULES.put("GET /api/v1/users", Rule.ADMIN);
    RULES.put("POST /api/v1/users", Rule.ADMIN);
    RULES.put("GET /api/v1/users/{id}", Rule.ADMIN);
    RULES.put("PUT /api/v1/users/{id}", Rule.ADMIN);
    RULES.put("PUT /api/v1/users/{id}/password", Rule.ADMIN);
    RULES.put("GET /api/v1/security-events", Rule.ADMIN);
    RULES.put("GET /api/v1/plans", Rule.READER);
    RULES.put("POST /api/v1/plans", Rule.ADMIN);
    RULES.put("GET /api/v1/plans/{id}", Rule.READER);
    RULES.put("PUT /api/v1/plans/{id}", Rule.ADMIN);
    RULES.put("DELETE /api/v1/plans/{id}", Rule.ADMIN);
    RULES.put("GET /api/v1/plans/{planId}/targets", Rule.READER);
    RULES.put("POST /api/v1/plans/{planId}/targets", Rule.ADMIN_OR_COORDINATOR);
    RULES.put("GET /api/v1/targets/{id}", Rule.READER);
    RULES.put("PUT /api/v1/targets/{id}", Rule.ADMIN_OR_COORDINATOR);
    RULES.put("DELETE /api/v1/targets/{id}", Rule.ADMIN_OR_COORDINATOR);
    RULES.put("GET /api/v1/plans/{planId}/task-tree", Rule.READER);
    RULES.put("GET /api/v1/plans/{planId}/tasks", Rule.READER);
    RULES.put("POST /api/v1/plans/{planId}/tasks", Rule.ADMIN_OR_COORDINATOR);
    RULES.put("GET /api/v1/tasks/{id}", Rule.READER);
    RULES.put("PUT /api/v1/tasks/{id}", Rule.ADMIN_OR_COORDINATOR);
    RULES.put("DELETE /api/v1/tasks/{id}", Rule.ADMIN_OR_COORDINATOR);
    RULES.put("GET /api/v1/plans/{planId}/assignment-blocks", Rule.READER);
    RULES.put("POST /api/v1/plans/{planId}/assignment-blocks", Rule.ADMIN_OR_COORDINATOR);
    RULES.put("GET /api/v1/assignment-blocks/{id}", Rule.READER);
    RULES.put("PUT /api/v1/assignment-blocks/{id}", Rule.ADMIN_OR_COORDINATOR);
    RULES.put("DELETE /api/v1/assignment-blocks/{id}", Rule.ADMIN_OR_COORDINATOR);
    RULES.put("GET /api/v1/units", Rule.READER);
    RULES.put("POST /api/v1/units", Rule.ADMIN);
    RULES.put("GET /api/v1/units/tree", Rule.READER);
    RULES.put("GET /api/v1/units/{id}", Rule.READER);
    RULES.put("PUT /api/v1/units/{id}", Rule.ADMIN);
    RULES.put("DELETE /api/v1/units/{id}", Rule.ADMIN);
    RULES.put("GET /api/v1/unit-groups/{id}", Rule.READER);
    RULES.put("PUT /api/v1/unit-groups/{id}", Rule.ADMIN_OR_COORDINATOR);
    RULES.put("GET /api/v1/units/{unitId}/obligations", Rule.OWN_UNIT_DATA);
    RULES.put("GET /api/v1/units/{id}/lineage", Rule.READER);
    RULES.put("GET /api/v1/org-changes", Rule.READER);
    RULES.put("POST /api/v1/org-changes", Rule.ADMIN_OR_COORDINATOR);
    RULES.put("POST /api/v1/org-changes/preview", Rule.ADMIN_OR_COORDINATOR);
    RULES.put("POST /api/v1/org-changes/batch", Rule.ADMIN_OR_COORDINATOR);
    RULES.put("POST /api/v1/org-changes/batch/preview", Rule.ADMIN_OR_COORDINATOR);
    RULES.put("GET /api/v1/org-change-packages", Rule.READER);
    RULES.put("GET /api/v1/org-change-packages/{code}", Rule.READER);
    RULES.put("GET /api/v1/org-changes/{id}", Rule.READER);
    RULES.put("DELETE /api/v1/org-changes/{id}", Rule.ADMIN_OR_COORDINATOR);
    RULES.put("GET /api/v1/plans/{id}/history", Rule.READER);
    RULES.put("GET /api/v1/tasks/{id}/history", Rule.READER);
    RULES.put("GET /api/v1/targets/{id}/history", Rule.READER);
    RULES.put("GET /api/v1/assignment-blocks/{id}/history", Rule.READER);
    RULES.put("GET /api/v1/units/{id}/history", Rule.READER);
    RULES.put("GET /api/v1/unit-groups/{id}/history", Rule.READER);
    RULES.put("GET /api/v1/users/{id}/history", Rule.ADMIN);
    RULES.put("GET /api/v1/tokens/{id}/history", Rule.SIGNED_IN);
    RULES.put("GET /api/v1/plans/{planId}/periods", Rule.SIGNED_IN);
    RULES.put("POST /api/v1/plans/{planId}/periods", Rule.ADMIN_OR_COORDINATOR);
    RULES.put("GET /api/v1/periods/{id}", Rule.SIGNED_IN);
    RULES.put("GET /api/v1/periods/{id}/reports", Rule.SIGNED_IN);
    RULES.put("GET /api/v1/periods/{id}/task-compliance", Rule.SIGNED_IN);
    RULES.put("GET /api/v1/reports/{id}", Rule.OWN_UNIT_DATA);
    RULES.put("GET /api/v1/reports/{id}/history", Rule.OWN_UNIT_DATA);
    RULES.put("PUT /api/v1/reports/{id}", Rule.OWN_UNIT_REPORT);
    RULES.put("POST /api/v1/reports/{id}/submit", Rule.OWN_UNIT_REPORT);
    RULES.put("POST /api/v1/reports/{id}/return", Rule.ADMIN_OR_COORDINATOR);
    RULES.put("POST /api/v1/reports/{id}/accept", Rule.ADMIN_OR_COORDINATOR);
    RULES.put("POST /api/v1/periods/{id}/accept", Rule.ADMIN_OR_COORDINATOR);
    RULES.put("GET /api/v1/plans/{planId}/obstacles", Rule.SIGNED_IN);
    RULES.put("PUT /api/v1/obstacles/{id}", Rule.ADMIN_OR_COORDINATOR);
    RULES.put("GET /api/v1/obstacles/{id}/history", Rule.OWN_UNIT_DATA);
    RULES.put("POST /api/v1/reports/{id}/entries/{taskId}/evidence", Rule.OWN_UNIT_REPORT);
    RULES.put("GET /api/v1/reports/{id}/evidence/{evidenceId}", Rule.OWN_UNIT_DATA);
    RULES.put("DELETE /api/v1/reports/{id}/evidence/{evidenceId}", Rule.OWN_UNIT_REPORT);
    RULES.put("GET /api/v1/me/notifications", Rule.SIGNED_IN);
    RULES.put("GET /api/v1/plans/{planId}/overdue-tasks", Rule.SIGNED_IN);
    RULES.put("POST /api/v1/me/notifications/{id}/read", Rule.SIGNED_IN);
    RULES.put("GET /api/v1/periods/{id}/consolidated-report", Rule.CONSOLIDATED_READER);
    RULES.put("POST /api/v1/periods/{id}/consolidated-report", Rule.ADMIN_OR_COORDINATOR);
    RULES.put("PUT /api/v1/periods/{id}/consolidated-report", Rule.ADMIN_OR_COORDINATOR);
    RULES.put("POST /api/v1/periods/{id}/consolidated-report/finalise", Rule.ADMIN_OR_COORDINATOR);
    RULES.put("GET /api/v1/periods/{id}/consolidated-report/docx", Rule.CONSOLIDATED_READER);
    RULES.put("GET /api/v1/periods/{id}/consolidated-report/xlsx", Rule.CONSOLIDATED_READER);
    RULES.put("GET /api/v1/plans/{planId}/indicators", Rule.READER);
    RULES.put("GET /api/v1/indicators/{id}", Rule.READER);
    RULES.put("PUT /api/v1/targets/{targetId}/indicator", Rule.ADMIN_OR_COORDINATOR);
    RULES.put("GET /api/v1/indicators/{id}/values", Rule.READER);
    RULES.put("PUT /api/v1/indicators/{id}/values/{unitId}/{year}", Rule.OWN_UNIT_FIGURES);
    RULES.put("GET /api/v1/indicators/{id}/series", Rule.READER);
    RULES.put("GET /api/v1/indicators/{id}/history", Rule.READER);
    RULES.put("GET /api/v1/indicator-values/{id}/history", Rule.READER);
    RULES.put("POST /api/v1/plan-imports", Rule.ADMIN);
    RULES.put("POST /api/v1/plan-imports/file", Rule.ADMIN);
    RULES.put("GET /api/v1/plan-imports", Rule.ADMIN);
    RULES.put("GET /api/v1/plan-imports/{id}", Rule.ADMIN);
    RULES.put("PUT /api/v1/plan-imports/{id}", Rule.ADMIN);
    RULES.put("POST /api/v1/plan-imports/{id}/confirm", Rule.ADMIN);
    RULES.put("DELETE /api/v1/plan-imports/{id}", Rule.ADMIN);
  }

  /** A caller of the matrix; officers call once for their own unit and once for another. */
  record Caller(String name, String role, boolean token, boolean ownUnit) {}

  private final Map<String, RequestSpecification> sessions = new LinkedHashMap<>();
  private final Map<String, String> ids = new LinkedHashMap<>();
  private long ownUnit;
  private long otherUnit;

  @BeforeEach
  void signIn() {
    long planId = Seeded.planId();
    ownUnit = Seeded.unitId("UBND xã Pờ Y");
    otherUnit = Seeded.unitId("UBND xã Đăk Ang");
    long coordinatorUnit = Seeded.unitId("Phòng LĐTBXH");
    sessions.put("UNIT_OFFICER", Accounts.sessionOf("UNIT_OFFICER", ownUnit));
    sessions.put("COORDINATOR", Accounts.sessionOf("COORDINATOR", coordinatorUnit));
    sessions.put("LEADER", Accounts.sessionOf("LEADER"));
    sessions.put("ADMIN", Accounts.login(Accounts.ADMIN, Accounts.ADMIN_PASSWORD));
    ids.put("planId", String.valueOf(planId));
    ids.put("/plans/{id}", String.valueOf(planId));
    ids.put("/tasks/{id}", first("/api/v1/plans/{id}/tasks", planId));
    ids.put("/targets/{id}", first("/api/v1/plans/{id}/targets", planId));
    ids.put("/assignment-blocks/{id}", first("/api/v1/plans/{id}/assignment-blocks", planId));
    ids.put("/units/{id}", String.valueOf(ownUnit));
    ids.put(
        "/unit-groups/{id}",
        asAdmin().get("/api/v1/units/tree").then().extract().path("groups[0].id").toString());
    ids.put("/users/{id}", asAdmin().get("/api/v1/me").then().extract().path("id").toString());
    ids.put("/tokens/{id}", "999999");
    ids.put("/notifications/{id}", "999999");
    ids.put("/indicators/{id}", first("/api/v1/plans/{id}/indicators", planId));
    ids.put("/indicator-values/{id}", "999999");
    ids.put("/plan-imports/{id}", "999999");
    ids.put("/org-changes/{id}", "999999");
    long periodId =
        asAdmin()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "kind", "AD_HOC",
                    "title", "Ma trận quyền " + System.nanoTime(),
                    "windowStart", "2026-01-01",
                    "windowEnd", "2026-06-30",
                    "dueDate", "2026-12-31"))
            .post("/api/v1/plans/{id}/periods", planId)
            .then()
            .statusCode(201)
            .extract()
            .jsonPath()
            .getLong("id");
    ids.put("periodId", String.valueOf(periodId));
    ids.put("ownReport", reportOf(periodId, ownUnit));
    ids.put("otherReport", reportOf(periodId, otherUnit));
    // One obstacle per report, so an officer reads its own unit's and is refused the other's.
    ids.put("ownObstacle", raiseObstacle(ids.get("ownReport"), ownUnit, "Thiếu kinh phí"));
    ids.put(
        "otherObstacle",
        raiseObstacle(ids.get("otherReport"), otherUnit, "Thiếu giáo viên " + OTHER_UNITS_SECRET));
    // Compiled, so the report's readers get it (and its files) with every unit's results in it.
    asAdmin().post("/api/v1/periods/{id}/consolidated-report", periodId).then().statusCode(200);
  }

  /** Submits the report with one obstacle, so the coordinator has something to handle. */
  private static String raiseObstacle(String reportId, long unitId, String text) {
    RequestSpecification officer = Accounts.sessionOf("UNIT_OFFICER", unitId);
    var report = as(officer).get("/api/v1/reports/{id}", reportId).then().extract().jsonPath();
    var saved =
        as(officer)
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "entries",
                    List.of(
                        Map.of(
                            "taskId",
                            report.getLong("entries[0].taskId"),
                            "progress",
                            "DIFFICULTIES",
                            "results",
                            "<p>" + text + "</p>",
                            "obstacles",
                            List.of(Map.of("description", text, "proposal", text)))),
                    "version",
                    report.getLong("version")))
            .put("/api/v1/reports/{id}", reportId)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    as(officer)
        .contentType(ContentType.JSON)
        .body(Map.of("version", saved.getLong("version")))
        .post("/api/v1/reports/{id}/submit", reportId)
        .then()
        .statusCode(200);
    return saved.getString("entries[0].obstacles[0].id");
  }

  private static String reportOf(long periodId, long unitId) {
    List<Map<String, Object>> reports =
        asAdmin()
            .queryParam("size", 200)
            .get("/api/v1/periods/{id}/reports", periodId)
            .then()
            .extract()
            .path("items");
    return reports.stream()
        .filter(r -> ((Number) ((Map<?, ?>) r.get("unit")).get("id")).longValue() == unitId)
        .map(r -> r.get("id").toString())
        .findFirst()
        .orElseThrow();
  }

  private static String first(String path, long planId) {
    return asAdmin()
        .get(path, planId)
        .then()
        .statusCode(200)
        .extract()
        .path("items[0].id")
        .toString();
  }

  @Test
  void shouldAnswerEveryOperationOnlyToTheCallersItsRuleAllows() throws Exception {
    JsonNode contract =
        new ObjectMapper()
            .readTree(given().accept("application/json").get("/q/openapi").asString());
    Set<String> operations = new TreeSet<>();
    contract
        .get("paths")
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(m -> operations.add(m.toUpperCase() + " " + path.getKey())));
    assertThat(RULES.keySet())
        .as("every served operation has a rule in the matrix, and no rule is stale")
        .containsExactlyInAnyOrderElementsOf(operations);

    String adminToken = token(sessions.get("ADMIN"), "READ", List.of());
    String officerToken = token(sessions.get("UNIT_OFFICER"), "REPORT_WRITE", List.of(ownUnit));
    List<String> leaks = new ArrayList<>();
    boolean secretShown = false;
    for (String operation : operations) {
      Rule rule = RULES.get(operation);
      String method = operation.substring(0, operation.indexOf(' '));
      for (Caller caller : callers()) {
        String path = concrete(operation.substring(method.length() + 1), caller);
        RequestSpecification request = request(caller, adminToken, officerToken, operation);
        Response response = send(request, method, path);
        int status = response.statusCode();
        boolean allowed = allowed(rule, method, caller);
        boolean refused = status == 401 || status == 403;
        if (allowed && refused) {
          leaks.add("%s by %s: refused %d".formatted(operation, caller, status));
        }
        if (!allowed && !(refused || status == 404)) {
          leaks.add(
              "%s by %s: answered %d, expected 401/403/404: %s"
                  .formatted(operation, caller, status, response.asString()));
        }
        if (!allowed && !response.contentType().startsWith("application/problem+json")) {
          leaks.add("%s by %s: refusal is not a problem".formatted(operation, caller));
        }
        boolean showsSecret = readable(response).contains(OTHER_UNITS_SECRET);
        if ("UNIT_OFFICER".equals(caller.role()) && showsSecret) {
          leaks.add("%s by %s: shows another unit's report".formatted(operation, caller));
        }
        secretShown |= showsSecret;
      }
    }
    assertThat(leaks).isEmpty();
    assertThat(secretShown).as("the other unit's text reaches those who may read it").isTrue();
  }

  private static List<Caller> callers() {
    return List.of(
        new Caller("anonymous", null, false, false),
        new Caller("officer, own unit", "UNIT_OFFICER", false, true),
        new Caller("officer, other unit", "UNIT_OFFICER", false, false),
        new Caller("coordinator", "COORDINATOR", false, false),
        new Caller("leader", "LEADER", false, false),
        new Caller("admin", "ADMIN", false, false),
        new Caller("admin's read token", "ADMIN", true, false),
        new Caller("officer's report token, own unit", "UNIT_OFFICER", true, true),
        new Caller("officer's report token, other unit", "UNIT_OFFICER", true, false));
  }

  private static boolean allowed(Rule rule, String method, Caller caller) {
    if (rule == Rule.ANYONE) {
      return true;
    }
    if (caller.role() == null) {
      return false;
    }
    if (rule == Rule.OWN_UNIT_REPORT) {
      return caller.role().equals("UNIT_OFFICER") && caller.ownUnit();
    }
    if (rule == Rule.OWN_UNIT_FIGURES && caller.role().equals("UNIT_OFFICER")) {
      return caller.ownUnit();
    }
    // Tokens write nothing but reports.
    if (caller.token() && !method.equals("GET")) {
      return false;
    }
    return switch (rule) {
      case SIGNED_IN, READER -> true;
      case ADMIN -> caller.role().equals("ADMIN");
      case ADMIN_OR_COORDINATOR, OWN_UNIT_FIGURES ->
          caller.role().equals("ADMIN") || caller.role().equals("COORDINATOR");
      case OWN_UNIT_DATA -> !caller.role().equals("UNIT_OFFICER") || caller.ownUnit();
      case CONSOLIDATED_READER -> !caller.role().equals("UNIT_OFFICER");
      case ANYONE, OWN_UNIT_REPORT -> true;
    };
  }

  private String concrete(String template, Caller caller) {
    String unit = String.valueOf(caller.ownUnit() ? ownUnit : otherUnit);
    String report = caller.ownUnit() ? ids.get("ownReport") : ids.get("otherReport");
    String obstacle = caller.ownUnit() ? ids.get("ownObstacle") : ids.get("otherObstacle");
    String path =
        template
            .replace("{planId}", ids.get("planId"))
            .replace("{unitId}", unit)
            .replace("{taskId}", "999999")
            .replace("{evidenceId}", "999999")
            .replace("{targetId}", ids.get("/targets/{id}"))
            .replace("{year}", "2026")
            .replace("{code}", "ngoc-hoi-2025")
            .replace("/reports/{id}", "/reports/" + report)
            .replace("/obstacles/{id}", "/obstacles/" + obstacle)
            .replace("/periods/{id}", "/periods/" + ids.get("periodId"));
    for (Map.Entry<String, String> id : ids.entrySet()) {
      if (id.getKey().contains("{id}") && path.contains(id.getKey().replace("/{id}", "/"))) {
        path = path.replace(id.getKey(), id.getKey().replace("{id}", id.getValue()));
      }
    }
    // Deleting is checked on ids that do not exist: allowed callers get 404, nothing is lost.
    return path;
  }

  private RequestSpecification request(
      Caller caller, String adminToken, String officerToken, String operation) {
    RequestSpecification request = given();
    if (caller.token()) {
      request.auth().oauth2(caller.role().equals("ADMIN") ? adminToken : officerToken);
    } else if (operation.equals("DELETE /api/v1/session") && caller.role() != null) {
      // Signing out ends the session, so it gets one of its own.
      boolean needsUnit =
          caller.role().equals("UNIT_OFFICER") || caller.role().equals("COORDINATOR");
      String username =
          Accounts.createUser(caller.role(), needsUnit ? new Long[] {ownUnit} : new Long[0]);
      request.spec(Accounts.login(username, Accounts.PASSWORD));
    } else if (caller.role() != null) {
      request.spec(sessions.get(caller.role()));
    }
    // The body goes last: merging a session's specification would drop it.
    if (operation.endsWith("/evidence") || operation.endsWith("/plan-imports/file")) {
      return request.multiPart("file", "minh-chung.pdf", "%PDF-1.7\n".getBytes());
    }
    return request.contentType(ContentType.JSON).body(BODIES.getOrDefault(operation, Map.of()));
  }

  /** The answer's text; for a Word or Excel file, the text of every part inside it. */
  private static String readable(Response response) throws IOException {
    byte[] body = response.asByteArray();
    if (body.length < 4 || body[0] != 'P' || body[1] != 'K') {
      return new String(body, StandardCharsets.UTF_8);
    }
    StringBuilder text = new StringBuilder();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
      while (zip.getNextEntry() != null) {
        text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return text.toString();
  }

  private static Response send(RequestSpecification request, String method, String path) {
    String target = method.equals("DELETE") ? deletable(path) : path;
    return request.request(method, target);
  }

  private static String deletable(String path) {
    return path.matches(".*/\\d+$") ? path.replaceAll("\\d+$", "999999") : path;
  }

  private static String token(RequestSpecification session, String scope, List<Long> units) {
    return given()
        .spec(session)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "name",
                "matrix " + scope,
                "scope",
                scope,
                "unitIds",
                units,
                "expiresOn",
                LocalDate.now().plusDays(7).toString()))
        .post("/api/v1/tokens")
        .then()
        .statusCode(201)
        .extract()
        .path("token");
  }
}
