package vn.gov.plantracker.auth;

import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TenantConfigResolver;
import io.quarkus.oidc.runtime.OidcTenantConfig.ApplicationType;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gov.plantracker.common.api.ApiPaths;

/**
 * The identity provider as an OpenID Connect tenant of one path only, {@value #PATH}, and only when
 * configured. Every other request (and every request when not configured) falls to the default
 * tenant, which is disabled, so sessions and tokens stay with {@link ApiAuthenticationMechanism}.
 */
@ApplicationScoped
public class ProviderTenantResolver implements TenantConfigResolver {

  public static final String PATH = ApiPaths.ROOT + ApiPaths.V1 + "/session/oidc";
  static final String TENANT = "province";

  private final OidcTenantConfig tenant;

  ProviderTenantResolver(ProviderConfig config) {
    this.tenant = config.enabled() ? build(config) : null;
  }

  @Override
  public Uni<OidcTenantConfig> resolve(
      RoutingContext context, OidcRequestContext<OidcTenantConfig> requestContext) {
    if (tenant == null || !PATH.equals(context.normalizedPath())) {
      return Uni.createFrom().nullItem();
    }
    return Uni.createFrom().item(tenant);
  }

  private static OidcTenantConfig build(ProviderConfig config) {
    var authentication =
        OidcTenantConfig.builder()
            .tenantId(TENANT)
            .applicationType(ApplicationType.WEB_APP)
            .authServerUrl(config.authServerUrl().orElseThrow())
            .clientId(config.clientId().orElseThrow())
            .credentials(config.clientSecret().orElseThrow())
            .authentication()
            .redirectPath(PATH)
            .scopes("profile", "email")
            .pkceRequired(true)
            .nonceRequired(true)
            .restorePathAfterRedirect(false)
            // The provider's redirect reaches the resource, which opens our own session at once.
            .removeRedirectParameters(false)
            .javaScriptAutoRedirect(false)
            .forceRedirectHttpsScheme(config.forceHttps())
            .cookieForceSecure(config.forceHttps());
    config.stateSecret().ifPresent(authentication::stateSecret);
    return authentication.end().build();
  }
}
