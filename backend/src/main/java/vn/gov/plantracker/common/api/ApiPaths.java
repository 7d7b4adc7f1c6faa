package vn.gov.plantracker.common.api;

/** Where the API lives; the version is in the path so clients can rely on it. */
public final class ApiPaths {

  public static final String V1 = "/api/v1";

  private ApiPaths() {}
}
