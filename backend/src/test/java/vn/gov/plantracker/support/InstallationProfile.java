package vn.gov.plantracker.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The service as an installation may configure it, unlike the default test setup: password reset
 * without mail, public read, the run command's demo accounts and the province's identity provider.
 * Every test that needs one of these settings shares this one profile, so the suite restarts the
 * service once for all of them rather than once per setting.
 */
public class InstallationProfile implements QuarkusTestProfile {

  /** The demo accounts' password, as the run command's launcher sets it. */
  public static final String DEMO_PASSWORD = "demo-password-for-tests";

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "plantracker.security.password-reset.email", "false",
        "plantracker.security.public-read", "true",
        "plantracker.demo.enabled", "true",
        "plantracker.demo.password", DEMO_PASSWORD);
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(ProviderResource.class));
  }
}
