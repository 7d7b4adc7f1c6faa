package vn.gov.plantracker.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.plantracker.support.Accounts.as;
import static vn.gov.plantracker.support.Accounts.asAdmin;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.Accounts;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.Reporting;
import vn.gov.plantracker.support.Seeded;

/** One reminder digest per user per day, in the dashboard and by mail. */
@QuarkusTest
@DatabaseTest
class ReminderTest {

  /** A day far from every other test's periods, so only this test's periods are near it. */
  private static final LocalDate TODAY = LocalDate.of(2090, 3, 10);

  @Inject Reminders reminders;
  @Inject MockMailbox mailbox;

  private static String user(String role, long unit, String email) {
    String username = "nhac.viec." + System.nanoTime();
    asAdmin()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "username",
                username,
                "displayName",
                "Cán bộ " + username,
                "email",
                email,
                "role",
                role,
                "unitIds",
                List.of(unit),
                "password",
                Accounts.PASSWORD))
        .post("/api/v1/users")
        .then()
        .statusCode(201);
    return username;
  }

  private static long period(RequestSpecification coordinator, String title, LocalDate due) {
    return as(coordinator)
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "kind", "AD_HOC",
                "title", title + " " + System.nanoTime(),
                "windowStart", "2090-01-01",
                "windowEnd", "2090-02-28",
                "dueDate", due.toString()))
        .post("/api/v1/plans/{id}/periods", Seeded.planId())
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("id");
  }

  private static JsonPath digests(RequestSpecification who) {
    return as(who).get("/api/v1/me/notifications").then().statusCode(200).extract().jsonPath();
  }

  private static List<Map<String, Object>> itemsFor(JsonPath page, int index, List<Long> periods) {
    List<Map<String, Object>> items = page.getList("items[" + index + "].items");
    return items.stream()
        .filter(i -> periods.contains(((Number) i.get("periodId")).longValue()))
        .toList();
  }

  @Test
  void shouldSendOneDigestADayWithWhatIsDueOverdueAndReturned() {
    long dakKan = Seeded.unitId("UBND xã Đăk Kan");
    String officerMail = "dakkan." + System.nanoTime() + "@example.vn";
    String coordinatorMail = "ldtbxh." + System.nanoTime() + "@example.vn";
    RequestSpecification officer =
        Accounts.login(user("UNIT_OFFICER", dakKan, officerMail), Accounts.PASSWORD);
    RequestSpecification coordinator =
        Accounts.login(
            user("COORDINATOR", Seeded.unitId("Phòng LĐTBXH"), coordinatorMail), Accounts.PASSWORD);

    long soon = period(coordinator, "Sắp đến hạn", TODAY.plusDays(3));
    long late = period(coordinator, "Quá hạn", TODAY.minusDays(1));
    long dueToday = period(coordinator, "Đến hạn", TODAY);
    long notYet = period(coordinator, "Chưa nhắc", TODAY.plusDays(2));
    List<Long> mine = List.of(soon, late, dueToday, notYet);

    assertThat(reminders.send(TODAY)).isPositive();
    JsonPath first = digests(officer);
    assertThat(first.getInt("totalItems")).isEqualTo(1);
    assertThat(first.getString("items[0].digestDate")).isEqualTo(TODAY.toString());
    List<Map<String, Object>> lines = itemsFor(first, 0, mine);
    assertThat(lines)
        .extracting(i -> i.get("kind") + ":" + i.get("periodId"))
        .containsExactlyInAnyOrder("DUE_SOON:" + soon, "OVERDUE:" + late, "DUE_TODAY:" + dueToday);
    assertThat(lines).allSatisfy(i -> assertThat(i.get("reportId")).isNotNull());
    assertThat(lines)
        .extracting(i -> (String) i.get("text"))
        .anySatisfy(t -> assertThat(t).contains("còn 3 ngày đến hạn nộp (13/03/2090)"))
        .anySatisfy(t -> assertThat(t).contains("quá hạn 1 ngày (hạn 09/03/2090)"));
    assertThat(itemsFor(digests(coordinator), 0, mine))
        .extracting(i -> i.get("kind") + ":" + i.get("periodId"))
        .containsExactly("MISSING_REPORTS:" + late);

    List<Mail> mails = mailbox.getMailsSentTo(officerMail);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getSubject()).startsWith("Nhắc việc báo cáo");
    assertThat(mails.get(0).getText()).contains("còn 3 ngày đến hạn nộp (13/03/2090)");
    assertThat(digests(officer).getString("items[0].emailedAt")).isNotNull();

    // The same day again: nothing more, in the dashboard or by mail.
    reminders.send(TODAY);
    assertThat(digests(officer).getInt("totalItems")).isEqualTo(1);
    assertThat(mailbox.getMailsSentTo(officerMail)).hasSize(1);

    // The coordinator returns the report due soon; the next day's digest says why.
    long report = Reporting.reportOf(soon, dakKan);
    long version =
        as(officer)
            .contentType(ContentType.JSON)
            .body(Map.of("version", 0))
            .post("/api/v1/reports/{id}/submit", report)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("version");
    as(coordinator)
        .contentType(ContentType.JSON)
        .body(Map.of("reason", "Thiếu số liệu học viên", "version", version))
        .post("/api/v1/reports/{id}/return", report)
        .then()
        .statusCode(200);
    reminders.send(TODAY.plusDays(1));
    JsonPath next = digests(officer);
    assertThat(next.getInt("totalItems")).isEqualTo(2);
    assertThat(itemsFor(next, 0, mine))
        .extracting(i -> i.get("kind") + ":" + i.get("periodId"))
        .as("the period due yesterday is recalled, the one two days late is not")
        .containsExactlyInAnyOrder("RETURNED:" + soon, "DUE_SOON:" + notYet, "OVERDUE:" + dueToday);
    assertThat(next.getString("items[0].items.find { it.kind == 'RETURNED' }.text"))
        .contains("Thiếu số liệu học viên");
    assertThat(mailbox.getMailsSentTo(officerMail)).hasSize(2);

    long id = next.getLong("items[0].id");
    as(coordinator).post("/api/v1/me/notifications/{id}/read", id).then().statusCode(404);
    as(officer)
        .post("/api/v1/me/notifications/{id}/read", id)
        .then()
        .statusCode(200)
        .body("readAt", org.hamcrest.Matchers.notNullValue());
  }
}
