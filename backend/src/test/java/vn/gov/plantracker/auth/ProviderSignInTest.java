package vn.gov.plantracker.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.support.Accounts;
import vn.gov.plantracker.support.DatabaseTest;
import vn.gov.plantracker.support.InstallationProfile;
import vn.gov.plantracker.support.ProviderResource;

/** Signing in through the identity provider, next to local passwords, in one configuration. */
@QuarkusTest
@DatabaseTest
@TestProfile(InstallationProfile.class)
class ProviderSignInTest {

  @Test
  void shouldOfferTheProviderOnTheLoginPage() {
    given()
        .get("/api/v1/session/options")
        .then()
        .statusCode(200)
        .body("providerSignIn", equalTo(true))
        .body("providerName", equalTo(ProviderResource.PROVIDER_NAME));
  }

  @Test
  void shouldSignInTheLocalUserNamedByTheProviderAndThenByTheStoredLink() {
    String username = Accounts.createUser("ADMIN");
    String subject = "subject-of-" + username;

    Response first = signInAtProvider(subject, Map.of("preferred_username", username));
    assertThat(first.statusCode()).isEqualTo(303);
    assertThat(first.header("Location")).endsWith("/");
    given()
        .cookie("pt_session", first.cookie("pt_session"))
        .get("/api/v1/session")
        .then()
        .statusCode(200)
        .body("user.username", equalTo(username));

    // The second time the provider names someone else: the stored link decides.
    Response second = signInAtProvider(subject, Map.of("preferred_username", "somebody.else"));
    assertThat(second.statusCode()).isEqualTo(303);
    given()
        .cookie("pt_session", second.cookie("pt_session"))
        .get("/api/v1/session")
        .then()
        .statusCode(200)
        .body("user.username", equalTo(username));
  }

  @Test
  void shouldRefuseAProviderAccountThatNamesNoLocalUser() {
    Response refused =
        signInAtProvider("unknown-subject", Map.of("preferred_username", "nobody.here"));
    assertThat(refused.statusCode()).isEqualTo(303);
    assertThat(refused.header("Location")).endsWith("/login?error=PROVIDER_ACCOUNT_UNKNOWN");
    assertThat(refused.cookie("pt_session")).isNull();
  }

  @Test
  void shouldStillSignInWithALocalPassword() {
    given()
        .spec(Accounts.login(Accounts.ADMIN, Accounts.ADMIN_PASSWORD))
        .get("/api/v1/session")
        .then()
        .statusCode(200);
  }

  /** Follows the code flow as a browser does, signing in at the provider's login form. */
  private static Response signInAtProvider(String subject, Map<String, String> claims) {
    Response toProvider = given().redirects().follow(false).get("/api/v1/session/oidc");
    assertThat(toProvider.statusCode()).isEqualTo(302);
    Map<String, String> stateCookies = toProvider.cookies();
    String authorize = toProvider.header("Location");

    Response back =
        given()
            .urlEncodingEnabled(false) // the provider's address is encoded already
            .redirects()
            .follow(false)
            .contentType("application/x-www-form-urlencoded")
            .body("username=" + encode(subject) + "&claims=" + encode(json(claims)))
            .post(authorize);
    assertThat(back.statusCode()).isEqualTo(302);
    String callback = back.header("Location");
    assertThat(callback).contains("/api/v1/session/oidc?").contains("code=");

    return given()
        .urlEncodingEnabled(false)
        .redirects()
        .follow(false)
        .cookies(stateCookies)
        .get(callback);
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String json(Map<String, String> claims) {
    StringBuilder out = new StringBuilder("{");
    claims.forEach(
        (name, value) -> {
          if (out.length() > 1) {
            out.append(',');
          }
          out.append('"').append(name).append("\":\"").append(value).append('"');
        });
    return out.append('}').toString();
  }
}
