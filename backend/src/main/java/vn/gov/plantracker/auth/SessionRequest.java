package vn.gov.plantracker.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A request carrying the dashboard's session cookie. */
public class SessionRequest extends BaseAuthenticationRequest {

  private final String secret;

  public SessionRequest(String secret) {
    this.secret = secret;
  }

  public String secret() {
    return secret;
  }
}
