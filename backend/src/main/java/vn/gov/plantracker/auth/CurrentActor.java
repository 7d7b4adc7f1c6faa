package vn.gov.plantracker.auth;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.error.ErrorCode;
import vn.gov.plantracker.common.http.ForwardedRequest;

/**
 * The actor of the current request and where they act from, for services that scope what they
 * return or change.
 */
@RequestScoped
public class CurrentActor {

  private final SecurityIdentity identity;
  private final CurrentVertxRequest request;

  CurrentActor(SecurityIdentity identity, CurrentVertxRequest request) {
    this.identity = identity;
    this.request = request;
  }

  /** Where the request comes from. */
  public ClientInfo client() {
    return ClientInfo.of(request.getCurrent());
  }

  /** Whether the request reached us, or the first trusted proxy, over TLS. */
  public boolean overTls() {
    return request.getCurrent() != null && ForwardedRequest.of(request.getCurrent()).https();
  }

  /** Empty for anonymous callers (public read). */
  public Optional<Actor> find() {
    return Optional.ofNullable(identity.getAttribute(Actor.ATTRIBUTE));
  }

  public Actor get() {
    return find().orElseThrow(() -> new ApiException(ErrorCode.UNAUTHENTICATED));
  }

  /** Fails unless the actor may see this unit's own data (its obligations, later its reports). */
  public void requireUnitVisible(long unitId) {
    Actor actor = get();
    if (!actor.seesAllUnits() && !actor.belongsTo(unitId)) {
      throw ApiException.forbidden();
    }
  }
}
