package vn.gov.plantracker.account;

import static org.hamcrest.Matchers.equalTo;
import static vn.gov.plantracker.support.Accounts.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.Accounts;
import vn.gov.plantracker.support.DatabaseTest;

/** The run command's embedded demo: one account per role, each in its seeded unit. */
@QuarkusTest
@DatabaseTest
@TestProfile(DemoAccountsTest.Demo.class)
class DemoAccountsTest {

  static final String PASSWORD = "demo-password-for-tests";

  /** What the run command's launcher sets. */
  public static class Demo implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("plantracker.demo.enabled", "true", "plantracker.demo.password", PASSWORD);
    }
  }

  @Test
  void shouldOfferADemoAccountForTheCommuneTheOfficeTheCoordinatorAndALeader() {
    as(Accounts.login("xa.boy", PASSWORD))
        .get("/api/v1/me")
        .then()
        .body("role", equalTo("UNIT_OFFICER"))
        .body("units[0].shortName", equalTo("UBND xã Pờ Y"));
    as(Accounts.login("phong.gddt", PASSWORD))
        .get("/api/v1/me")
        .then()
        .body("units[0].shortName", equalTo("Phòng GD&ĐT"));
    as(Accounts.login("phong.ldtbxh", PASSWORD))
        .get("/api/v1/me")
        .then()
        .body("role", equalTo("COORDINATOR"))
        .body("units[0].shortName", equalTo("Phòng LĐTBXH"));
    as(Accounts.login("lanh.dao", PASSWORD))
        .get("/api/v1/me")
        .then()
        .body("role", equalTo("LEADER"));
  }
}
