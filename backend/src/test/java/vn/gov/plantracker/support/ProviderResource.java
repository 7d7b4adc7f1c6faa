package vn.gov.plantracker.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * A real OpenID Connect provider on a free port, with its login form (any subject, any claims),
 * configured as the province's identity provider.
 */
public class ProviderResource implements QuarkusTestResourceLifecycleManager {

  public static final String ISSUER = "province";
  public static final String PROVIDER_NAME = "VNeID tỉnh";

  private MockOAuth2Server server;

  @Override
  public Map<String, String> start() {
    server = new MockOAuth2Server(new OAuth2Config(true));
    server.start();
    return Map.of(
        "plantracker.provider.auth-server-url",
        server.issuerUrl(ISSUER).toString(),
        "plantracker.provider.client-id",
        "plan-tracker",
        "plantracker.provider.client-secret",
        "a-client-secret-for-the-provider-tests",
        "plantracker.provider.name",
        PROVIDER_NAME);
  }

  @Override
  public void stop() {
    if (server != null) {
      server.shutdown();
    }
  }
}
