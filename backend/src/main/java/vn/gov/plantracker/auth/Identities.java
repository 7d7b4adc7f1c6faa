package vn.gov.plantracker.auth;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import vn.gov.plantracker.account.Roles;

/** Builds the security identity of an actor. */
public final class Identities {

  private Identities() {}

  public static SecurityIdentity of(Actor actor) {
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(new QuarkusPrincipal(actor.username()))
        .addRole(actor.role().name())
        .addRole(Roles.READER)
        .addAttribute(Actor.ATTRIBUTE, actor)
        .build();
  }
}
