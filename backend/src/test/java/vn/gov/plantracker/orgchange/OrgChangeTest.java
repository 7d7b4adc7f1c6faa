package vn.gov.plantracker.orgchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.gov.plantracker.support.Accounts.as;
import static vn.gov.plantracker.support.Accounts.asAdmin;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.Accounts;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.Reporting;
import vn.gov.plantracker.support.Seeded;

/**
 * Units merge, dissolve and rename through recorded changes: periods due after the change expect
 * the successors, periods before it read exactly as they did, and the change is all or nothing.
 */
@QuarkusTest
@DatabaseTest
class OrgChangeTest {

  @Inject AgroalDataSource db;

  private static final AtomicInteger NEXT = new AtomicInteger();

  private static final Map<String, Object> RESOLUTION =
      Map.of(
          "documentType",
          "NQ",
          "number",
          "1677/NQ-UBTVQH15",
          "issueDate",
          "2025-06-16",
          "issuer",
          "Ủy ban Thường vụ Quốc hội");

  /** Three communes and an office on a plan of their own, so the seeded plan stays as it is. */
  private record World(long planId, long office, long heirOffice, long a, long b, long c) {}

  @Test
  void shouldPassDutiesToSuccessorsAndKeepPastPeriodsAsTheyWere() {
    World w = world();
    long past = period(w.planId(), "Báo cáo năm 2024", "2023-12-15", "2024-12-14", "2024-12-15");
    long open = period(w.planId(), "Báo cáo năm 2026", "2025-12-15", "2026-12-14", "2026-12-15");
    String pastBefore = reports(past);
    assertThat(units(open)).containsExactlyInAnyOrder(w.office(), w.a(), w.b(), w.c());
    String officerOfA = Accounts.createUser("UNIT_OFFICER", w.a());
    draft(Accounts.login(officerOfA, Accounts.PASSWORD), open, w.a(), "Đã mở 2 lớp ở xã A");
    draft(Accounts.sessionOf("UNIT_OFFICER", w.b()), open, w.b(), "Đã mở 1 lớp ở xã B");
    String tokenOfA =
        as(Accounts.login(officerOfA, Accounts.PASSWORD))
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "name",
                    "Phần mềm xã A",
                    "scope",
                    "REPORT_WRITE",
                    "unitIds",
                    List.of(w.a()),
                    "expiresOn",
                    LocalDate.now().plusDays(30).toString()))
            .post("/api/v1/tokens")
            .then()
            .statusCode(201)
            .extract()
            .path("token");

    Map<String, Object> merge =
        change(
            "MERGE",
            List.of(w.a(), w.b()),
            List.of(),
            List.of(Map.of("name", "UBND xã Hợp Nhất " + NEXT.incrementAndGet())));
    JsonPath preview = preview(merge);
    assertThat(preview.getList("closing.id", Long.class)).containsExactly(w.a(), w.b());
    assertThat(preview.getList("opening", String.class)).hasSize(1);
    assertThat(preview.getLong("assignments")).isEqualTo(1);
    assertThat(preview.getLong("openReports")).isEqualTo(2);
    assertThat(preview.getList("users", String.class)).contains(officerOfA);
    asAdmin().get("/api/v1/units/{id}", w.a()).then().body("validTo", equalTo(null));

    JsonPath merged = apply(merge);
    long heir = merged.getLong("successors[0].id");
    asAdmin().get("/api/v1/units/{id}", w.a()).then().body("validTo", equalTo("2025-06-30"));
    asAdmin().get("/api/v1/units/{id}", heir).then().body("validFrom", equalTo("2025-07-01"));

    JsonPath dissolvePreview =
        preview(change("DISSOLVE", List.of(w.office()), List.of(w.heirOffice()), List.of()));
    assertThat(dissolvePreview.getList("plans.role", String.class)).contains("COORDINATOR");
    apply(change("DISSOLVE", List.of(w.office()), List.of(w.heirOffice()), List.of()));

    assertThat(reports(past)).as("the 2024 period reads as before").isEqualTo(pastBefore);
    assertThat(units(open))
        .as("the open 2026 period now expects the successors")
        .containsExactlyInAnyOrder(heir, w.c(), w.heirOffice());
    JsonPath carried =
        asAdmin()
            .get("/api/v1/reports/{id}", Reporting.reportOf(open, heir))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(carried.getString("entries[0].results"))
        .as("both drafts carried over, nothing lost")
        .contains("Đã mở 2 lớp ở xã A", "Đã mở 1 lớp ở xã B");
    assertThat(carried.getList("entries[0].obstacles")).hasSize(2);
    assertThat(carried.getString("transferNote")).contains("1677/NQ-UBTVQH15", "01/07/2025");
    as(Accounts.login(officerOfA, Accounts.PASSWORD))
        .get("/api/v1/reports/{id}", Reporting.reportOf(open, heir))
        .then()
        .statusCode(200);
    JsonPath owed =
        asAdmin()
            .get("/api/v1/units/{id}/obligations", heir)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(owed.getList("items.viaPredecessor.id", Long.class))
        .as("the successor owes what both predecessors owed")
        .containsExactlyInAnyOrder(w.a(), w.b());
    asAdmin()
        .queryParam("asOf", "2025-06-30")
        .get("/api/v1/units/{id}/obligations", heir)
        .then()
        .body("totalItems", equalTo(0));
    asAdmin()
        .queryParam("asOf", "2025-06-30")
        .get("/api/v1/units/{id}/obligations", w.a())
        .then()
        .body("totalItems", equalTo(1));
    RestAssured.given()
        .auth()
        .oauth2(tokenOfA)
        .header("Accept-Language", "vi")
        .contentType(ContentType.JSON)
        .body(Map.of("entries", List.of(), "version", carried.getLong("version")))
        .put("/api/v1/reports/{id}", carried.getLong("id"))
        .then()
        .statusCode(403)
        .body("code", equalTo("TOKEN_UNIT_CLOSED"))
        .body("detail", org.hamcrest.Matchers.containsString("UBND xã Đăk Thử A"));
    long later = period(w.planId(), "Sơ kết 2027", "2026-12-15", "2027-06-30", "2027-07-15");
    assertThat(units(later)).containsExactlyInAnyOrder(heir, w.c(), w.heirOffice());
    asAdmin()
        .get("/api/v1/plans/{id}", w.planId())
        .then()
        .body("coordinator.id", equalTo((int) w.heirOffice()));

    String today = asAdmin().get("/api/v1/units/tree").then().statusCode(200).extract().asString();
    assertThat(JsonPath.from(today).getList("units.id", Long.class))
        .as("closed units leave today's tree")
        .contains(heir)
        .doesNotContain(w.a(), w.b());
    assertThat(
            JsonPath.from(today)
                .getList("units.findAll { it.id == " + heir + " }.formerly[0]", String.class))
        .containsExactly(
            asAdmin().get("/api/v1/units/{id}", w.a()).then().extract().path("name"),
            asAdmin().get("/api/v1/units/{id}", w.b()).then().extract().path("name"));
    assertThat(
            asAdmin()
                .queryParam("asOf", "2025-06-30")
                .get("/api/v1/units/tree")
                .then()
                .extract()
                .jsonPath()
                .getList("units.id", Long.class))
        .as("the organisation as it was the day before")
        .contains(w.a(), w.b())
        .doesNotContain(heir);
    JsonPath lineage =
        asAdmin()
            .get("/api/v1/units/{id}/lineage", heir)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(lineage.getList("before[0].from.id", Long.class)).containsExactly(w.a(), w.b());
    asAdmin()
        .get("/api/v1/units/{id}/lineage", w.a())
        .then()
        .body("after[0].to.id", hasItem((int) heir))
        .body("after[0].kind", equalTo("MERGE"));
  }

  @Test
  void shouldShareASplitUnitsDutiesAsTheRecorderChose() throws Exception {
    World w = world();
    long onlyA =
        created(
            "/api/v1/plans/" + w.planId() + "/assignment-blocks",
            Map.of(
                "itemId",
                firstItem(w.planId()),
                "leadUnitId",
                w.office(),
                "implementing",
                List.of(Map.of("unitId", w.a())),
                "timeframe",
                "ONGOING",
                "taskIds",
                List.of(secondTask(w.planId()))));
    long group = groupOf(w.a());
    long viaGroup =
        created(
            "/api/v1/plans/" + w.planId() + "/assignment-blocks",
            Map.of(
                "itemId",
                firstItem(w.planId()),
                "leadUnitId",
                w.office(),
                "implementing",
                List.of(Map.of("groupId", group)),
                "timeframe",
                "ONGOING",
                "taskIds",
                List.of(thirdTask(w.planId()))));
    long open = period(w.planId(), "Báo cáo năm 2026", "2025-12-15", "2026-12-14", "2026-12-15");
    int n = NEXT.incrementAndGet();
    Map<String, Object> split =
        change(
            "SPLIT",
            List.of(w.a()),
            List.of(),
            List.of(
                Map.of("name", "UBND xã Bắc " + n, "ref", "bac"),
                Map.of("name", "UBND xã Nam " + n, "ref", "nam")));

    JsonPath byDefault = preview(split);
    assertThat(byDefault.getList("shares.duty", String.class))
        .as("every duty of the split unit is listed, with who takes it")
        .containsExactlyInAnyOrder("ASSIGNMENT_BLOCK", "ASSIGNMENT_BLOCK", "GROUP", "AREA");
    assertThat(byDefault.getList("shares.find { it.duty == 'AREA' }.to", String.class))
        .as("the past area stands for the first successor only")
        .containsExactly("UBND xã Bắc " + n);
    assertThat(byDefault.getList("shares.find { it.objectId == " + onlyA + " }.to", String.class))
        .containsExactly("UBND xã Bắc " + n, "UBND xã Nam " + n);

    split.put(
        "shares",
        List.of(
            Map.of("duty", "ASSIGNMENT_BLOCK", "objectId", onlyA, "successorRefs", List.of("nam")),
            Map.of("duty", "GROUP", "objectId", group, "successorRefs", List.of("nam")),
            Map.of("duty", "AREA", "successorRefs", List.of("nam"))));
    JsonPath chosen = preview(split);
    assertThat(chosen.getList("shares.findAll { it.chosen }.to.flatten()", String.class))
        .containsOnly("UBND xã Nam " + n)
        .hasSize(3);

    refuse(
        withShares(split, Map.of("duty", "ASSIGNMENT_BLOCK", "objectId", onlyA)), 422, "shares[0]");
    refuse(
        withShares(split, Map.of("duty", "AREA", "successorRefs", List.of("bac", "nam"))),
        422,
        "shares[0]");
    refuse(
        withShares(
            split,
            Map.of("duty", "ASSIGNMENT_BLOCK", "objectId", onlyA, "successorRefs", List.of("tay"))),
        422,
        "shares[0].successorRefs");
    long notOfA = viaGroup + 1_000_000;
    refuse(
        withShares(
            split,
            Map.of(
                "duty", "ASSIGNMENT_BLOCK", "objectId", notOfA, "successorRefs", List.of("nam"))),
        422,
        "shares[0].objectId");

    JsonPath applied = apply(split);
    long north = applied.getLong("successors.find { it.name == 'UBND xã Bắc " + n + "' }.id");
    long south = applied.getLong("successors.find { it.name == 'UBND xã Nam " + n + "' }.id");
    assertThat(owedBlocks(north))
        .as("the north carries only the duty nobody shared out")
        .containsOnly(firstBlock(w.planId()));
    assertThat(owedBlocks(south))
        .as("the south carries the shared block, the group's and the common one")
        .containsExactlyInAnyOrder(firstBlock(w.planId()), onlyA, viaGroup);
    asAdmin()
        .get("/api/v1/unit-groups/{id}", group)
        .then()
        .body("members.id", hasItem((int) south))
        .body("members.id", org.hamcrest.Matchers.not(hasItem((int) north)));
    assertThat(units(open))
        .as("both successors owe the 2026 report, the split unit no longer does")
        .contains(north, south)
        .doesNotContain(w.a());
    assertThat(tasksOwed(open, north)).hasSize(1);
    assertThat(tasksOwed(open, south)).hasSize(3);
  }

  @Test
  void shouldGiveASplitUnitsPastFiguresToTheSuccessorChosenOnly() throws Exception {
    World w = world();
    long group = groupOf(w.a());
    long indicator = indicator(w.planId(), group, w.office());
    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("numerator", 300, "denominator", 1000))
        .put("/api/v1/indicators/{id}/values/{unit}/2024", indicator, w.a())
        .then()
        .statusCode(200);
    int n = NEXT.incrementAndGet();
    Map<String, Object> split =
        change(
            "SPLIT",
            List.of(w.a()),
            List.of(),
            List.of(
                Map.of("name", "UBND xã Bắc " + n, "ref", "bac"),
                Map.of("name", "UBND xã Nam " + n, "ref", "nam")));
    split.put("shares", List.of(Map.of("duty", "AREA", "successorRefs", List.of("nam"))));
    JsonPath applied = apply(split);
    long north = applied.getLong("successors.find { it.name == 'UBND xã Bắc " + n + "' }.id");
    long south = applied.getLong("successors.find { it.name == 'UBND xã Nam " + n + "' }.id");

    String in2024 = "years.find { it.year == 2024 }.";
    JsonPath ofSouth = series(indicator, south);
    assertThat(ofSouth.getLong(in2024 + "numerator")).isEqualTo(300);
    assertThat(ofSouth.getLong(in2024 + "denominator")).isEqualTo(1000);
    assertThat(ofSouth.getInt(in2024 + "reported")).isEqualTo(1);
    assertThat(ofSouth.getDouble(in2024 + "value")).isEqualTo(30.0);
    JsonPath ofNorth = series(indicator, north);
    assertThat(ofNorth.getLong(in2024 + "denominator"))
        .as("the split unit's past counts once, for the successor given its area")
        .isZero();
    assertThat(ofNorth.getInt(in2024 + "expected")).isZero();
    assertThat(ofNorth.getString(in2024 + "value")).isNull();
  }

  @Test
  void shouldShowThePlansAssignmentsAsTheOrganisationWasOnADay() {
    World w = world();
    apply(change("DISSOLVE", List.of(w.office()), List.of(w.heirOffice()), List.of()));
    long heir =
        apply(
                change(
                    "MERGE",
                    List.of(w.a(), w.b()),
                    List.of(),
                    List.of(Map.of("name", "UBND xã Hợp Nhất " + NEXT.incrementAndGet()))))
            .getLong("successors[0].id");

    String carriers = "children.flatten().assignment.carriers.flatten()";
    JsonPath today = taskTree(w.planId(), null);
    assertThat(today.getList(carriers + ".unitId", Long.class))
        .as("the block still names who it named; the closed ones say who carries them")
        .containsExactly(w.office(), w.a(), w.b());
    assertThat(today.getList(carriers + ".carriedBy.flatten().id", Long.class))
        .containsExactly(w.heirOffice(), heir, heir);
    assertThat(today.getList("children.flatten().assignment.lead.id", Long.class))
        .containsExactly(w.office());
    assertThat(taskTree(w.planId(), "2025-06-30").getList(carriers))
        .as("the day before, everybody named still existed")
        .isEmpty();
    asAdmin()
        .queryParam("asOf", "2025-07-01")
        .get("/api/v1/plans/{id}/assignment-blocks", w.planId())
        .then()
        .statusCode(200)
        .body("items[0].carriers.unitId", hasItem((int) w.office()));

    JsonPath led = tasksOf(w.planId(), w.heirOffice(), null);
    assertThat(led.getList("items.roles[0].role", String.class)).containsExactly("LEAD");
    assertThat(led.getLong("items[0].roles[0].carriedFor.id")).isEqualTo(w.office());
    assertThat(tasksOf(w.planId(), heir, null).getList("items[0].roles.carriedFor.id", Long.class))
        .as("the merged commune implements for both communes it took over")
        .containsExactlyInAnyOrder(w.a(), w.b());
    assertThat(tasksOf(w.planId(), w.heirOffice(), "2025-06-30").getInt("totalItems"))
        .as("before the change the successor office owed nothing on this plan")
        .isZero();
    assertThat(tasksOf(w.planId(), w.c(), null).getList("items[0].roles.carriedFor"))
        .containsExactly((Object) null);
  }

  private static JsonPath taskTree(long planId, String asOf) {
    RequestSpecification request = asAdmin();
    if (asOf != null) {
      request.queryParam("asOf", asOf);
    }
    return request
        .get("/api/v1/plans/{id}/task-tree", planId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static JsonPath tasksOf(long planId, long unitId, String asOf) {
    RequestSpecification request = asAdmin().queryParam("unitId", unitId);
    if (asOf != null) {
      request.queryParam("asOf", asOf);
    }
    return request
        .get("/api/v1/plans/{id}/tasks", planId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void shouldMoveAUnitUnderAnotherParentKeepingWhereItWasBefore() {
    World w = world();
    String name = asAdmin().get("/api/v1/units/{id}", w.c()).then().extract().path("name");
    long province = unit("UBND tỉnh thử " + NEXT.incrementAndGet(), "PEOPLES_COMMITTEE");
    refuse(change("MOVE", List.of(w.c()), List.of(), List.of(Map.of("name", name))), 422, null);
    refuse(
        change(
            "MOVE",
            List.of(w.c()),
            List.of(),
            List.of(
                Map.of("name", name, "parentId", province),
                Map.of("name", name + " 2", "parentId", province))),
        422,
        null);

    long moved =
        apply(
                change(
                    "MOVE",
                    List.of(w.c()),
                    List.of(),
                    List.of(Map.of("name", name, "parentId", province))))
            .getLong("successors[0].id");

    JsonPath today = asAdmin().get("/api/v1/units/tree").then().extract().jsonPath();
    String under = "units.find { it.id == " + province + " }.children";
    assertThat(today.getList(under + ".id", Long.class)).containsExactly(moved);
    assertThat(today.getList(under + "[0].formerly", String.class))
        .as("a move keeps the name, so there is no former name to show")
        .isEmpty();
    assertThat(today.getList("units.id", Long.class)).doesNotContain(w.c());
    JsonPath before =
        asAdmin()
            .queryParam("asOf", "2025-06-30")
            .get("/api/v1/units/tree")
            .then()
            .extract()
            .jsonPath();
    assertThat(before.getList("units.id", Long.class)).contains(w.c()).doesNotContain(moved);
    assertThat(before.getList("units.find { it.id == " + province + " }.children")).isEmpty();
    assertThat(
            asAdmin()
                .get("/api/v1/units/{id}/obligations", moved)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.viaPredecessor.id", Long.class))
        .containsExactly(w.c());
    asAdmin()
        .get("/api/v1/units/{id}/lineage", w.c())
        .then()
        .body("after[0].kind", equalTo("MOVE"))
        .body("after[0].to.id", hasItem((int) moved));
  }

  @Test
  void shouldUndoAChangeNothingReliesOnAndRefuseOneThatIsBuiltOn() {
    World w = world();
    JsonPath renamed =
        apply(
            change(
                "RENAME",
                List.of(w.c()),
                List.of(),
                List.of(Map.of("name", "UBND xã Tên Mới " + NEXT.incrementAndGet()))));
    long renamedId = renamed.getLong("successors[0].id");
    assertThat(renamed.getBoolean("undoable")).isTrue();
    JsonPath again =
        apply(
            change(
                "RENAME",
                List.of(renamedId),
                List.of(),
                List.of(Map.of("name", "UBND xã Tên Khác " + NEXT.incrementAndGet())),
                "2026-01-01"));

    asAdmin()
        .queryParam("version", renamed.getLong("version"))
        .delete("/api/v1/org-changes/{id}", renamed.getLong("id"))
        .then()
        .statusCode(409)
        .contentType("application/problem+json");

    asAdmin()
        .queryParam("version", again.getLong("version"))
        .delete("/api/v1/org-changes/{id}", again.getLong("id"))
        .then()
        .statusCode(204);
    asAdmin().get("/api/v1/units/{id}", again.getLong("successors[0].id")).then().statusCode(404);
    asAdmin().get("/api/v1/units/{id}", renamedId).then().body("validTo", equalTo(null));
    asAdmin()
        .queryParam("version", renamed.getLong("version"))
        .delete("/api/v1/org-changes/{id}", renamed.getLong("id"))
        .then()
        .statusCode(204);
    asAdmin().get("/api/v1/units/{id}", w.c()).then().body("validTo", equalTo(null));
  }

  @Test
  void shouldSayWhoMayRecordAndUndoAndWhyAChangeCanNoLongerBeUndone() {
    World w = world();
    JsonPath renamed =
        apply(
            change(
                "RENAME",
                List.of(w.c()),
                List.of(),
                List.of(Map.of("name", "UBND xã Tên Mới " + NEXT.incrementAndGet()))));
    long id = renamed.getLong("id");
    assertThat(renamed.getList("actions", String.class)).containsExactly("UNDO");
    assertThat(renamed.getString("undoRefusal")).isNull();
    RequestSpecification leader = Accounts.sessionOf("LEADER");
    as(leader).get("/api/v1/org-changes").then().statusCode(200).body("actions.size()", equalTo(0));
    as(leader)
        .get("/api/v1/org-changes/{id}", id)
        .then()
        .statusCode(200)
        .body("undoable", equalTo(true))
        .body("actions.size()", equalTo(0));
    asAdmin().get("/api/v1/org-changes").then().body("actions", equalTo(List.of("RECORD")));

    JsonPath again =
        apply(
            change(
                "RENAME",
                List.of(renamed.getLong("successors[0].id")),
                List.of(),
                List.of(Map.of("name", "UBND xã Tên Khác " + NEXT.incrementAndGet())),
                "2026-01-01"));
    JsonPath refused =
        asAdmin()
            .header("Accept-Language", "vi")
            .get("/api/v1/org-changes/{id}", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(refused.getBoolean("undoable")).isFalse();
    assertThat(refused.getList("actions")).isEmpty();
    String problem =
        asAdmin()
            .header("Accept-Language", "vi")
            .queryParam("version", renamed.getLong("version"))
            .delete("/api/v1/org-changes/{id}", id)
            .then()
            .statusCode(409)
            .extract()
            .path("detail");
    assertThat(refused.getString("undoRefusal"))
        .as("the view gives the reason undoing would be refused with")
        .isEqualTo(problem)
        .contains("1677/NQ-UBTVQH15");
    assertThat(
            asAdmin()
                .header("Accept-Language", "en")
                .get("/api/v1/org-changes/{id}", id)
                .then()
                .extract()
                .<String>path("undoRefusal"))
        .contains("cannot be undone");
    asAdmin()
        .queryParam("version", again.getLong("version"))
        .delete("/api/v1/org-changes/{id}", again.getLong("id"))
        .then()
        .statusCode(204);
    asAdmin()
        .queryParam("version", renamed.getLong("version"))
        .delete("/api/v1/org-changes/{id}", id)
        .then()
        .statusCode(204);
  }

  @Test
  void shouldRefuseChangesThatDoNotHoldTogether() {
    World w = world();
    Map<String, Object> badType = new HashMap<>(RESOLUTION);
    badType.put("documentType", "XYZ");
    refuse(
        withBasis(change("ABSORB", List.of(w.a()), List.of(w.b()), List.of()), badType),
        422,
        "basis.documentType");
    Map<String, Object> badNumber = new HashMap<>(RESOLUTION);
    badNumber.put("number", "số mười hai");
    refuse(
        withBasis(change("ABSORB", List.of(w.a()), List.of(w.b()), List.of()), badNumber),
        422,
        "basis.number");
    refuse(
        change("SPLIT", List.of(w.a()), List.of(), List.of(Map.of("name", "Một phần"))), 422, null);
    refuse(change("ABSORB", List.of(w.a()), List.of(w.a()), List.of()), 422, null);

    apply(change("ABSORB", List.of(w.a()), List.of(w.b()), List.of()));
    refuse(change("ABSORB", List.of(w.a()), List.of(w.c()), List.of(), "2026-01-01"), 422, null);
    // Taking over from several units on one day is ordinary; closing one taken-over unit is not.
    apply(change("ABSORB", List.of(w.c()), List.of(w.b()), List.of()));
    refuse(
        change("RENAME", List.of(w.b()), List.of(), List.of(Map.of("name", "Cùng ngày"))),
        409,
        null);
    long d = unit("UBND xã Đăk Thử D" + NEXT.incrementAndGet(), "COMMUNE");
    refuse(
        change("RENAME", List.of(d), List.of(), List.of(Map.of("name", "Trước")), "1990-01-01"),
        422,
        null);
    asAdmin().get("/api/v1/units/{id}", d).then().body("validTo", equalTo(null));
  }

  @Test
  void shouldPreviewABatchWithoutWritingAndApplyItAllOrNothing() {
    World w = world();
    String office = "Phòng Văn hóa - Xã hội xã Lô " + NEXT.incrementAndGet();
    Map<String, Object> create =
        change(
            "CREATE",
            List.of(),
            List.of(),
            List.of(Map.of("name", office, "kind", "OFFICE", "ref", "vhxh")));
    Map<String, Object> absorb = change("ABSORB", List.of(w.a()), List.of(), List.of());
    absorb.put("successorRefs", List.of("vhxh"));
    Map<String, Object> batch = Map.of("changes", List.of(create, absorb));

    JsonPath previews =
        asAdmin()
            .contentType(ContentType.JSON)
            .body(batch)
            .post("/api/v1/org-changes/batch/preview")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(previews.getList("opening[0]", String.class)).containsExactly(office);
    assertThat(previews.getList("continuing[1].name", String.class)).containsExactly(office);
    assertThat(previews.getLong("[1].assignments")).isEqualTo(1);
    asAdmin().get("/api/v1/units/{id}", w.a()).then().body("validTo", equalTo(null));
    asAdmin().queryParam("q", office).get("/api/v1/units").then().body("totalItems", equalTo(0));
    // A later change on a unit an earlier one closed sees it closed, in the preview as well.
    asAdmin()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "changes",
                List.of(
                    change("ABSORB", List.of(w.c()), List.of(w.b()), List.of()),
                    change("ABSORB", List.of(w.c()), List.of(w.b()), List.of(), "2026-01-01"))))
        .post("/api/v1/org-changes/batch/preview")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("detail", org.hamcrest.Matchers.containsString("UBND xã Đăk Thử C"));
    asAdmin().get("/api/v1/units/{id}", w.c()).then().body("validTo", equalTo(null));

    Map<String, Object> broken = change("ABSORB", List.of(w.b()), List.of(), List.of());
    broken.put("successorRefs", List.of("no-such-ref"));
    asAdmin()
        .contentType(ContentType.JSON)
        .body(Map.of("changes", List.of(create, broken)))
        .post("/api/v1/org-changes/batch")
        .then()
        .statusCode(422)
        .contentType("application/problem+json");
    asAdmin().queryParam("q", office).get("/api/v1/units").then().body("totalItems", equalTo(0));

    asAdmin()
        .contentType(ContentType.JSON)
        .body(batch)
        .post("/api/v1/org-changes/batch")
        .then()
        .statusCode(200)
        .body("size()", equalTo(2))
        .body("[1].successors[0].name", equalTo(office));
    asAdmin().get("/api/v1/units/{id}", w.a()).then().body("validTo", equalTo("2025-06-30"));
  }

  @Test
  void shouldGiveATransferredReportBackToItsUnitWhenTheChangeIsUndone() {
    World w = world();
    long open = period(w.planId(), "Báo cáo năm 2026", "2025-12-15", "2026-12-14", "2026-12-15");
    long reportOfA = Reporting.reportOf(open, w.a());
    draft(Accounts.sessionOf("UNIT_OFFICER", w.a()), open, w.a(), "Đã mở 3 lớp ở xã A");
    String before = report(reportOfA);

    JsonPath merged =
        apply(
            change(
                "MERGE",
                List.of(w.a(), w.b()),
                List.of(),
                List.of(Map.of("name", "UBND xã Gộp Thử " + NEXT.incrementAndGet()))));
    long heir = merged.getLong("successors[0].id");
    assertThat(Reporting.reportOf(open, heir))
        .as("the written draft passed whole to the successor")
        .isEqualTo(reportOfA);
    assertThat(merged.getBoolean("undoable"))
        .as("a draft written before the change does not hold it")
        .isTrue();

    asAdmin()
        .queryParam("version", merged.getLong("version"))
        .delete("/api/v1/org-changes/{id}", merged.getLong("id"))
        .then()
        .statusCode(204);

    assertThat(units(open)).containsExactlyInAnyOrder(w.office(), w.a(), w.b(), w.c());
    assertThat(Reporting.reportOf(open, w.a())).isEqualTo(reportOfA);
    JsonPath back = JsonPath.from(report(reportOfA));
    assertThat(back.getLong("unit.id")).isEqualTo(w.a());
    assertThat(back.getString("transferNote")).isNull();
    assertThat(back.getString("entries")).isEqualTo(JsonPath.from(before).getString("entries"));
    assertThat(back.getString("entries[0].results")).contains("Đã mở 3 lớp ở xã A");
    assertThat(back.getList("entries[0].obstacles")).hasSize(1);

    // Both drafts written: they are joined into one, which cannot be taken apart again.
    draft(Accounts.sessionOf("UNIT_OFFICER", w.b()), open, w.b(), "Đã mở 1 lớp ở xã B");
    JsonPath joined =
        apply(
            change(
                "MERGE",
                List.of(w.a(), w.b()),
                List.of(),
                List.of(Map.of("name", "UBND xã Gộp Lại " + NEXT.incrementAndGet()))));
    assertThat(joined.getBoolean("undoable")).isFalse();
    asAdmin()
        .queryParam("version", joined.getLong("version"))
        .delete("/api/v1/org-changes/{id}", joined.getLong("id"))
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  private static String report(long id) {
    return asAdmin().get("/api/v1/reports/{id}", id).then().statusCode(200).extract().asString();
  }

  @Test
  void shouldLetOnlyOneOfTwoConcurrentChangesCloseAUnit() throws Exception {
    World w = world();
    CountDownLatch start = new CountDownLatch(1);
    List<CompletableFuture<Integer>> answers = new ArrayList<>();
    for (long successor : List.of(w.b(), w.c())) {
      answers.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  start.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return asAdmin()
                    .contentType(ContentType.JSON)
                    .body(change("ABSORB", List.of(w.a()), List.of(successor), List.of()))
                    .post("/api/v1/org-changes")
                    .statusCode();
              }));
    }
    start.countDown();
    List<Integer> statuses = answers.stream().map(CompletableFuture::join).toList();
    // The second waits for the first, then finds the unit already closed.
    assertThat(statuses).containsExactlyInAnyOrder(201, 422);
    assertThat(
            asAdmin()
                .get("/api/v1/units/{id}/lineage", w.a())
                .then()
                .extract()
                .jsonPath()
                .getList("after"))
        .hasSize(1);
  }

  private static Map<String, Object> withShares(
      Map<String, Object> body, Map<String, Object> share) {
    Map<String, Object> copy = new HashMap<>(body);
    copy.put("shares", List.of(share));
    return copy;
  }

  /** The assignment blocks a unit owes through, today. */
  private static List<Long> owedBlocks(long unit) {
    return asAdmin()
        .queryParam("size", 200)
        .get("/api/v1/units/{id}/obligations", unit)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("items.blockId", Long.class)
        .stream()
        .distinct()
        .toList();
  }

  private static List<Object> tasksOwed(long periodId, long unit) {
    return asAdmin()
        .get("/api/v1/reports/{id}", Reporting.reportOf(periodId, unit))
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("entries.taskId");
  }

  private static long firstBlock(long planId) {
    return asAdmin()
        .get("/api/v1/plans/{id}/assignment-blocks", planId)
        .then()
        .extract()
        .jsonPath()
        .getLong("items[0].id");
  }

  private static long firstItem(long planId) {
    return asAdmin()
        .get("/api/v1/plans/{id}/assignment-blocks", planId)
        .then()
        .extract()
        .jsonPath()
        .getLong("items[0].itemId");
  }

  private static long secondTask(long planId) {
    return action(planId, "1", "Mở lớp");
  }

  private static long thirdTask(long planId) {
    return action(planId, "2", "Tuyên truyền");
  }

  /** A new action under the plan's item, for a block of its own. */
  private static long action(long planId, String label, String text) {
    return created(
        "/api/v1/plans/" + planId + "/tasks",
        Map.of("parentId", firstItem(planId), "kind", "ACTION", "label", label, "text", text));
  }

  /**
   * A group of its own with the unit as its only member (groups come from the seed, not the API).
   */
  /** An indicator on a target of the plan, measured over the group's units. */
  private static long indicator(long planId, long group, long supplier) {
    Map<String, Object> target = new HashMap<>();
    target.put("targetYear", 2030);
    target.put("text", "Thu hút 45-50% học sinh vào giáo dục nghề nghiệp");
    target.put("kind", "QUANTITATIVE");
    target.put("low", 45);
    target.put("high", 50);
    target.put("measureUnit", "%");
    long targetId = created("/api/v1/plans/" + planId + "/targets", target);
    Map<String, Object> input = new HashMap<>();
    input.put("name", "Tỷ lệ học sinh vào giáo dục nghề nghiệp");
    input.put("numeratorDefinition", "Số học sinh tốt nghiệp vào học nghề");
    input.put("denominatorDefinition", "Số học sinh tốt nghiệp");
    input.put("bounded", true);
    input.put("areaGroupId", group);
    input.put("numeratorSupplierId", supplier);
    input.put("denominatorSupplierId", supplier);
    return asAdmin()
        .contentType(ContentType.JSON)
        .body(input)
        .put("/api/v1/targets/" + targetId + "/indicator")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static JsonPath series(long indicator, long unit) {
    return asAdmin()
        .queryParam("unitId", unit)
        .get("/api/v1/indicators/{id}/series", indicator)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private long groupOf(long unit) throws Exception {
    int n = NEXT.incrementAndGet();
    try (Connection c = db.getConnection()) {
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into unit_group (code, name, selection, version) values (?, ?, 'CHOSEN', 0)",
              Statement.RETURN_GENERATED_KEYS)) {
        insert.setString(1, "test-group-" + n);
        insert.setString(2, "Nhóm thử " + n);
        insert.executeUpdate();
        try (ResultSet key = insert.getGeneratedKeys()) {
          key.next();
          long group = key.getLong(1);
          try (PreparedStatement member =
              c.prepareStatement(
                  "insert into unit_group_member (group_id, unit_id) values (?, ?)")) {
            member.setLong(1, group);
            member.setLong(2, unit);
            member.executeUpdate();
          }
          return group;
        }
      }
    }
  }

  /** Saves a draft entry with an obstacle on the unit's report, as its officer. */
  private static void draft(RequestSpecification officer, long periodId, long unit, String text) {
    long reportId = Reporting.reportOf(periodId, unit);
    JsonPath report = as(officer).get("/api/v1/reports/{id}", reportId).then().extract().jsonPath();
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
                        "IN_PROGRESS",
                        "results",
                        "<p>" + text + "</p>",
                        "obstacles",
                        List.of(Map.of("description", "Thiếu giáo viên: " + text)))),
                "version",
                report.getLong("version")))
        .put("/api/v1/reports/{id}", reportId)
        .then()
        .statusCode(200);
  }

  private static World world() {
    int n = NEXT.incrementAndGet();
    long office = unit("Phòng Lao động thử " + n, "OFFICE");
    long heirOffice = unit("Phòng Văn hóa - Xã hội thử " + n, "OFFICE");
    long a = unit("UBND xã Đăk Thử A" + n, "COMMUNE");
    long b = unit("UBND xã Đăk Thử B" + n, "COMMUNE");
    long c = unit("UBND xã Đăk Thử C" + n, "COMMUNE");
    long planId =
        created(
            "/api/v1/plans",
            Map.of(
                "symbol",
                "KH-UBND",
                "number",
                String.valueOf(9000 + n),
                "issuerId",
                Seeded.unitId("UBND huyện Ngọc Hồi"),
                "coordinatorId",
                office,
                "issueYear",
                2023,
                "issueDate",
                "2023-05-01",
                "title",
                "Kế hoạch thử thay đổi tổ chức " + n));
    long group =
        created(
            "/api/v1/plans/" + planId + "/tasks",
            Map.of("kind", "GROUP", "label", "1", "text", "Nhóm"));
    long item =
        created(
            "/api/v1/plans/" + planId + "/tasks",
            Map.of("parentId", group, "kind", "ITEM", "label", "a", "text", "Đào tạo nghề"));
    created(
        "/api/v1/plans/" + planId + "/assignment-blocks",
        Map.of(
            "itemId",
            item,
            "leadUnitId",
            office,
            "implementing",
            List.of(Map.of("unitId", a), Map.of("unitId", b), Map.of("unitId", c)),
            "timeframe",
            "ONGOING",
            "taskIds",
            List.of(item)));
    return new World(planId, office, heirOffice, a, b, c);
  }

  private static long unit(String name, String kind) {
    return created("/api/v1/units", Map.of("name", name, "kind", kind, "validFrom", "2010-01-01"));
  }

  private static long created(String path, Map<String, Object> body) {
    return asAdmin()
        .contentType(ContentType.JSON)
        .body(body)
        .post(path)
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static long period(long planId, String title, String from, String to, String due) {
    return created(
        "/api/v1/plans/" + planId + "/periods",
        Map.of(
            "kind",
            "AD_HOC",
            "title",
            title,
            "windowStart",
            from,
            "windowEnd",
            to,
            "dueDate",
            due));
  }

  private static String reports(long periodId) {
    return asAdmin()
        .queryParam("size", 200)
        .get("/api/v1/periods/{id}/reports", periodId)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  private static List<Long> units(long periodId) {
    return JsonPath.from(reports(periodId)).getList("items.unit.id", Long.class);
  }

  private static Map<String, Object> change(
      String kind, List<Long> predecessors, List<Long> successors, List<Map<String, Object>> open) {
    return change(kind, predecessors, successors, open, "2025-07-01");
  }

  private static Map<String, Object> change(
      String kind,
      List<Long> predecessors,
      List<Long> successors,
      List<Map<String, Object>> open,
      String effective) {
    Map<String, Object> body = new HashMap<>();
    body.put("kind", kind);
    body.put("effectiveDate", effective);
    body.put("basis", RESOLUTION);
    body.put("predecessorIds", predecessors);
    body.put("successorIds", successors);
    body.put("newUnits", open);
    return body;
  }

  private static Map<String, Object> withBasis(Map<String, Object> body, Map<String, Object> b) {
    body.put("basis", b);
    return body;
  }

  private static JsonPath preview(Map<String, Object> body) {
    return asAdmin()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/org-changes/preview")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static JsonPath apply(Map<String, Object> body) {
    return asAdmin()
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/org-changes")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath();
  }

  private static void refuse(Map<String, Object> body, int status, String field) {
    JsonPath problem =
        asAdmin()
            .contentType(ContentType.JSON)
            .header("Accept-Language", "vi")
            .body(body)
            .post("/api/v1/org-changes")
            .then()
            .statusCode(status)
            .contentType("application/problem+json")
            .extract()
            .jsonPath();
    assertThat(problem.getString("detail")).isNotBlank();
    if (field != null) {
      assertThat(problem.getList("errors.field", String.class)).contains(field);
    }
  }
}
