package vn.gov.plantracker.common.api;

/**
 * Where the API lives: under {@code quarkus.rest.path=/api}, then the version, so clients can rely
 * on it. Everything outside /api is the dashboard's, so its deep links reach the single-page app.
 */
public final class ApiPaths {

  public static final String ROOT = "/api";
  public static final String V1 = "/v1";

  private ApiPaths() {}
}
