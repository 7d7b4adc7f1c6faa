package vn.gov.plantracker.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.plantracker.support.Accounts.asAdmin;
import static vn.gov.plantracker.support.Reporting.send;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.Accounts;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.Seeded;

/** The coordinating office keeps its own plan's content; other coordinators cannot. */
@QuarkusTest
@DatabaseTest
class PlanContentByCoordinatorTest {

  @Test
  void shouldLetThePlansCoordinatorEditItsTasksWithHistoryAndNoOtherCoordinator() {
    long office = Seeded.unitId("Phòng LĐTBXH");
    long planId =
        send(
                asAdmin(),
                "POST",
                "/api/v1/plans",
                Map.of(
                    "symbol",
                    "KH-UBND",
                    "issuerId",
                    Seeded.unitId("UBND huyện Ngọc Hồi"),
                    "coordinatorId",
                    office,
                    "issueYear",
                    2026,
                    "title",
                    "Kế hoạch do phòng điều phối cập nhật " + System.nanoTime()),
                201)
            .getLong("id");
    String username = Accounts.createUser("COORDINATOR", office);
    RequestSpecification coordinator = Accounts.login(username, Accounts.PASSWORD);
    RequestSpecification otherCoordinator =
        Accounts.sessionOf("COORDINATOR", Seeded.unitId("Phòng GD&ĐT"));
    String tasks = "/api/v1/plans/" + planId + "/tasks";
    Map<String, Object> group = Map.of("kind", "GROUP", "label", "1", "text", "Nhóm nhiệm vụ");

    send(otherCoordinator, "POST", tasks, group, 403);
    JsonPath created = send(coordinator, "POST", tasks, group, 201);
    long taskId = created.getLong("id");
    Map<String, Object> edit =
        Map.of("label", "1", "text", "Nhóm nhiệm vụ đã sửa", "version", created.getLong("version"));
    send(otherCoordinator, "PUT", "/api/v1/tasks/" + taskId, edit, 403);
    JsonPath updated = send(coordinator, "PUT", "/api/v1/tasks/" + taskId, edit, 200);
    assertThat(updated.getString("text")).isEqualTo("Nhóm nhiệm vụ đã sửa");
    List<String> editors =
        asAdmin()
            .get("/api/v1/tasks/{id}/history", taskId)
            .then()
            .statusCode(200)
            .extract()
            .path("items.actor.username");
    assertThat(editors).containsOnly(username);
    // The plan's header stays with the administrators.
    send(coordinator, "PUT", "/api/v1/plans/" + planId, Map.of(), 403);

    send(
        coordinator,
        "DELETE",
        "/api/v1/tasks/" + taskId + "?version=" + updated.getLong("version"),
        null,
        204);
    long version =
        asAdmin().get("/api/v1/plans/{id}", planId).then().extract().jsonPath().getLong("version");
    send(asAdmin(), "DELETE", "/api/v1/plans/" + planId + "?version=" + version, null, 204);
  }
}
