package vn.gov.plantracker.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static vn.gov.plantracker.support.Accounts.as;
import static vn.gov.plantracker.support.Accounts.asAdmin;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.Accounts;
import vn.gov.plantracker.support.DatabaseTest;

/** A forgotten password reset through a link mailed to the account's address. */
@QuarkusTest
@DatabaseTest
class PasswordResetTest {

  private static final String NEW_PASSWORD = "mua xuan tren cao nguyen Kon Tum 2026";
  private static final Pattern LINK =
      Pattern.compile("https://kehoach\\.example\\.gov\\.vn/reset-password\\?token=([\\w-]+)");
  private static final AtomicInteger NEXT = new AtomicInteger();

  @Inject MockMailbox mailbox;
  @Inject EntityManager entityManager;

  /** A user with a fresh name and e-mail address; returns the address. */
  private static String userWithEmail(String username) {
    String email = username + "@example.vn";
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
                "LEADER",
                "unitIds",
                List.of(),
                "password",
                Accounts.PASSWORD))
        .post("/api/v1/users")
        .then()
        .statusCode(201);
    return email;
  }

  private static String freshName() {
    return "quen.mk." + NEXT.incrementAndGet() + "." + System.nanoTime() % 100000;
  }

  /** Each test asks from its own address, so no test is throttled by another. */
  private static String freshIp() {
    return "203.0.113." + NEXT.incrementAndGet();
  }

  private static Response requestReset(String login, String ip) {
    return given()
        .header("X-Forwarded-For", ip)
        .contentType(ContentType.JSON)
        .body(Map.of("login", login))
        .post("/api/v1/password-resets");
  }

  private static Response confirm(String token, String newPassword) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("token", token, "newPassword", newPassword))
        .post("/api/v1/password-resets/confirm");
  }

  private static Response login(String username, String password) {
    return given()
        .header("X-Forwarded-For", freshIp())
        .contentType(ContentType.JSON)
        .body(Map.of("username", username, "password", password))
        .post("/api/v1/session");
  }

  /** The mails sent to this address, once there are at least {@code count}. */
  private List<Mail> mailsTo(String email, int count) throws InterruptedException {
    for (int i = 0; i < 50 && mailbox.getMailsSentTo(email).size() < count; i++) {
      Thread.sleep(100);
    }
    List<Mail> mails = mailbox.getMailsSentTo(email);
    return mails == null ? List.of() : mails;
  }

  private static String token(Mail mail) {
    Matcher link = LINK.matcher(mail.getText());
    assertThat(link.find()).as("the mail carries the reset link").isTrue();
    return link.group(1);
  }

  @Test
  void shouldMailOneLinkThatSetsTheNewPassword() throws Exception {
    String username = freshName();
    String email = userWithEmail(username);

    requestReset(username, freshIp()).then().statusCode(202).body("linkValidMinutes", equalTo(30));

    List<Mail> mails = mailsTo(email, 1);
    assertThat(mails).hasSize(1);
    Mail mail = mails.get(0);
    assertThat(mail.getSubject()).contains("Đặt lại mật khẩu").contains("Password reset");
    assertThat(mail.getText())
        .contains(username)
        .contains("trong vòng 30 phút")
        .contains("within 30 minutes");
    confirm(token(mail), NEW_PASSWORD).then().statusCode(204);

    login(username, Accounts.PASSWORD).then().statusCode(401);
    login(username, NEW_PASSWORD).then().statusCode(200);
    asAdmin()
        .queryParam("kind", "PASSWORD_RESET_COMPLETED")
        .queryParam("username", username)
        .get("/api/v1/security-events")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1));
  }

  @Test
  void shouldFindTheAccountByItsEmailAddressInAnyCase() throws Exception {
    String email = userWithEmail(freshName());
    requestReset(email.toUpperCase(), freshIp()).then().statusCode(202);
    assertThat(mailsTo(email, 1)).hasSize(1);
  }

  @Test
  void shouldAnswerTheSameWhetherOrNotTheAccountExists() throws Exception {
    String username = freshName();
    String email = userWithEmail(username);
    String known = requestReset(username, freshIp()).then().statusCode(202).extract().asString();
    mailsTo(email, 1);
    int sent = mailbox.getTotalMessagesSent();

    String unknown =
        requestReset("khong.co.ai." + System.nanoTime(), freshIp())
            .then()
            .statusCode(202)
            .extract()
            .asString();
    String noAddress = Accounts.createUser("LEADER");
    String withoutEmail =
        requestReset(noAddress, freshIp()).then().statusCode(202).extract().asString();

    assertThat(unknown).isEqualTo(known);
    assertThat(withoutEmail).isEqualTo(known);
    Thread.sleep(300);
    assertThat(mailbox.getTotalMessagesSent()).as("no mail for them").isEqualTo(sent);
  }

  @Test
  void shouldWorkOnceCancelOtherLinksAndEndEverySession() throws Exception {
    String username = freshName();
    String email = userWithEmail(username);
    RequestSpecification session = Accounts.login(username, Accounts.PASSWORD);
    String ip = freshIp();
    requestReset(username, ip).then().statusCode(202);
    requestReset(username, ip).then().statusCode(202);
    List<Mail> mails = mailsTo(email, 2);
    assertThat(mails).hasSize(2);
    String first = token(mails.get(0));
    String second = token(mails.get(1));

    confirm(second, NEW_PASSWORD).then().statusCode(204);

    as(session).get("/api/v1/me").then().statusCode(401);
    confirm(second, NEW_PASSWORD + " lan nua")
        .then()
        .statusCode(422)
        .contentType(containsString("application/problem+json"))
        .body("code", equalTo("RESET_TOKEN_INVALID"));
    confirm(first, NEW_PASSWORD + " lan nua")
        .then()
        .statusCode(422)
        .body("code", equalTo("RESET_TOKEN_INVALID"));
    given()
        .header("Accept-Language", "en")
        .contentType(ContentType.JSON)
        .body(Map.of("token", "not-a-link-we-sent", "newPassword", NEW_PASSWORD))
        .post("/api/v1/password-resets/confirm")
        .then()
        .statusCode(422)
        .body("code", equalTo("RESET_TOKEN_INVALID"))
        .body("detail", containsString("already been used"));
    login(username, NEW_PASSWORD).then().statusCode(200);
  }

  @Test
  void shouldResetFromABrowserThatIsStillSignedIn() throws Exception {
    String username = freshName();
    String email = userWithEmail(username);
    String cookie =
        login(username, Accounts.PASSWORD).then().statusCode(200).extract().cookie("pt_session");
    requestReset(username, freshIp()).then().statusCode(202);
    String token = token(mailsTo(email, 1).get(0));

    // The page the link opens has no CSRF token; the session cookie goes along all the same.
    given()
        .cookie("pt_session", cookie)
        .contentType(ContentType.JSON)
        .body(Map.of("token", token, "newPassword", NEW_PASSWORD))
        .post("/api/v1/password-resets/confirm")
        .then()
        .statusCode(204);
    given().cookie("pt_session", cookie).get("/api/v1/session").then().statusCode(401);
  }

  @Test
  void shouldRefuseAnExpiredLink() throws Exception {
    String username = freshName();
    String email = userWithEmail(username);
    requestReset(username, freshIp()).then().statusCode(202);
    String token = token(mailsTo(email, 1).get(0));
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                entityManager
                    .createQuery(
                        "update PasswordResetToken t set t.expiresAt = ?1"
                            + " where t.user.username = ?2")
                    .setParameter(1, Instant.now().minusSeconds(1))
                    .setParameter(2, username)
                    .executeUpdate());

    confirm(token, NEW_PASSWORD)
        .then()
        .statusCode(410)
        .contentType(containsString("application/problem+json"))
        .body("code", equalTo("RESET_TOKEN_EXPIRED"))
        .body("detail", containsString("hết hạn"));
    login(username, Accounts.PASSWORD).then().statusCode(200);
  }

  @Test
  void shouldRefuseAGuessablePasswordAndKeepTheLinkWorking() throws Exception {
    String username = freshName();
    String email = userWithEmail(username);
    requestReset(username, freshIp()).then().statusCode(202);
    String token = token(mailsTo(email, 1).get(0));

    confirm(token, "matkhau123")
        .then()
        .statusCode(422)
        .body("code", equalTo("VALIDATION_FAILED"))
        .body("errors[0].field", equalTo("newPassword"))
        .body("errors[0].message", containsString("dễ đoán"));
    confirm(token, NEW_PASSWORD).then().statusCode(204);
  }

  @Test
  void shouldMailAtMostThreeLinksAnHourThenThrottleTheLogin() throws Exception {
    String username = freshName();
    String email = userWithEmail(username);
    for (int i = 0; i < 5; i++) {
      requestReset(username, freshIp()).then().statusCode(202);
    }
    Thread.sleep(300);
    assertThat(mailsTo(email, 3)).as("the fourth and fifth send nothing").hasSize(3);

    requestReset(username, freshIp())
        .then()
        .statusCode(429)
        .contentType(containsString("application/problem+json"))
        .header("Retry-After", notNullValue())
        .body("code", equalTo("PASSWORD_RESET_THROTTLED"));
    assertThat(mailsTo(email, 3)).hasSize(3);
  }

  @Test
  void shouldThrottleOneAddressAskingForManyLogins() {
    String ip = freshIp();
    for (int i = 0; i < 20; i++) {
      requestReset("ai.do." + i + "." + System.nanoTime(), ip).then().statusCode(202);
    }
    requestReset("ai.do.nua." + System.nanoTime(), ip)
        .then()
        .statusCode(429)
        .header("Retry-After", notNullValue())
        .body("code", equalTo("PASSWORD_RESET_THROTTLED"));
    requestReset("ai.do.nua." + System.nanoTime(), freshIp()).then().statusCode(202);
  }

  @Test
  void shouldStoreOnlyTheHashOfTheLink() throws Exception {
    String username = freshName();
    String email = userWithEmail(username);
    requestReset(username, freshIp()).then().statusCode(202);
    String token = token(mailsTo(email, 1).get(0));

    List<?> rows =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    entityManager
                        .createNativeQuery(
                            "select r.* from password_reset r join app_user u on u.id = r.user_id"
                                + " where u.username = ?1")
                        .setParameter(1, username)
                        .getResultList());
    assertThat(rows).hasSize(1);
    Object[] row = (Object[]) rows.get(0);
    assertThat(Arrays.asList(row)).map(String::valueOf).noneMatch(value -> value.contains(token));
    assertThat(Arrays.asList(row)).map(String::valueOf).contains(Secrets.hash(token));
  }

  @Test
  void shouldTellTheSignInPageThatPasswordsCanBeReset() {
    given()
        .get("/api/v1/session/options")
        .then()
        .statusCode(200)
        .body("passwordReset", equalTo(true));
  }
}
