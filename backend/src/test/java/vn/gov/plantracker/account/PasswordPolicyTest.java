package vn.gov.plantracker.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.gov.plantracker.support.Accounts.as;
import static vn.gov.plantracker.support.Accounts.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.Accounts;
import vn.gov.plantracker.support.DatabaseTest;

/** New passwords must be hard to guess and fit what bcrypt reads. */
@QuarkusTest
@DatabaseTest
class PasswordPolicyTest {

  private static Response create(String username, String password) {
    return asAdmin()
        .header("Accept-Language", "en")
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "username",
                username,
                "displayName",
                "Nguyễn Văn Thử",
                "role",
                "LEADER",
                "unitIds",
                List.of(),
                "password",
                password))
        .post("/api/v1/users");
  }

  @Test
  void shouldRefuseGuessablePasswordsWhenCreatingAUser() {
    String username = "thu.mat.khau." + System.nanoTime();
    for (String weak :
        List.of(
            "aaaaaaaaaa",
            "password123",
            "1234567890",
            username,
            "ngoc-hoi-2030",
            "nguyenvanthu",
            "matkhau123456")) {
      create(username, weak)
          .then()
          .statusCode(422)
          .body("errors[0].field", equalTo("password"))
          .body("errors[0].message", containsString("too easy to guess"));
    }
    create(username, "bốn mùa lúa chín trên nương").then().statusCode(201);
  }

  /** 61 characters, but 81 bytes with their marks: bcrypt would read only 72. */
  @Test
  void shouldMeasureTheLengthInBytesAsBcryptReadsIt() {
    String marked = "đường lên đỉnh núi cao mây trắng bay, những đồi chè xanh ngắt";
    create("thu.do.dai." + System.nanoTime(), marked)
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("password"))
        .body("errors[0].message", containsString("72 bytes"));
  }

  @Test
  void shouldRefuseAGuessableNewPasswordInVietnameseByDefault() {
    String username = Accounts.createUser("LEADER");
    as(Accounts.login(username, Accounts.PASSWORD))
        .contentType(ContentType.JSON)
        .body(Map.of("currentPassword", Accounts.PASSWORD, "newPassword", username + "2026"))
        .put("/api/v1/me/password")
        .then()
        .statusCode(422)
        .body("errors[0].field", equalTo("newPassword"))
        .body("errors[0].message", containsString("quá dễ đoán"));
  }
}
