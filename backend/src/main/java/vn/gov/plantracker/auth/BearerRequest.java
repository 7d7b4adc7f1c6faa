package vn.gov.plantracker.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A request carrying an API token as {@code Authorization: Bearer}. */
public class BearerRequest extends BaseAuthenticationRequest {

  private final String secret;

  public BearerRequest(String secret) {
    this.secret = secret;
  }

  public String secret() {
    return secret;
  }
}
