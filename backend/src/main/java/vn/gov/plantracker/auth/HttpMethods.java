package vn.gov.plantracker.auth;

import java.util.Set;

/** Which requests change something. */
public final class HttpMethods {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  private HttpMethods() {}

  public static boolean unsafe(String method) {
    return !SAFE.contains(method);
  }
}
