package vn.gov.plantracker.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * Sign-in through the province's identity provider (OpenID Connect, {@code
 * plantracker.provider.*}). Off unless the server URL, client id and secret are all set.
 */
@ConfigMapping(prefix = "plantracker.provider")
public interface ProviderConfig {

  /** The issuer's address; its discovery document is read at the first provider sign-in. */
  Optional<String> authServerUrl();

  Optional<String> clientId();

  Optional<String> clientSecret();

  /**
   * Encrypts the short-lived state cookie of a sign-in (at least 32 characters). Needed with
   * several instances when the client secret is shorter; otherwise each instance makes its own.
   */
  Optional<String> stateSecret();

  /** The provider's name on the login page's button. */
  @WithDefault("cổng định danh của tỉnh")
  String name();

  /**
   * The ID token claim that links a provider account to a local user once, at its first sign-in: it
   * must equal the user's username or e-mail address.
   */
  @WithDefault("preferred_username")
  String linkClaim();

  /**
   * Tells the provider an https address to come back to, and marks its cookies Secure, when TLS
   * ends at a proxy in front of the service.
   */
  @WithDefault("false")
  boolean forceHttps();

  default boolean enabled() {
    return authServerUrl().isPresent() && clientId().isPresent() && clientSecret().isPresent();
  }
}
