package vn.gov.plantracker.account;

import static org.hamcrest.Matchers.equalTo;
import static vn.gov.plantracker.support.Accounts.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.Accounts;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.InstallationProfile;

/** The run command's embedded demo: one account per role, each in its seeded unit. */
@QuarkusTest
@DatabaseTest
@TestProfile(InstallationProfile.class)
class DemoAccountsTest {

  private static final String PASSWORD = InstallationProfile.DEMO_PASSWORD;

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
