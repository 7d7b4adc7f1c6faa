package vn.gov.plantracker.auth;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import vn.gov.plantracker.account.Roles;

/** With public read switched on, anonymous callers may read plans like any signed-in user. */
@ApplicationScoped
public class PublicReadAugmentor implements SecurityIdentityAugmentor {

  private final boolean publicRead;

  PublicReadAugmentor(SecurityConfig config) {
    this.publicRead = config.publicRead();
  }

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (!publicRead || !identity.isAnonymous()) {
      return Uni.createFrom().item(identity);
    }
    return Uni.createFrom()
        .item(QuarkusSecurityIdentity.builder(identity).addRole(Roles.READER).build());
  }
}
