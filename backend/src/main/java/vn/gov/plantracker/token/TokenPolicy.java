package vn.gov.plantracker.token;

import java.util.regex.Pattern;
import vn.gov.plantracker.auth.HttpMethods;
import vn.gov.plantracker.auth.TokenScope;

/**
 * What a token may call, on top of what its owner may. Every token reads; only a report-write token
 * writes, and only reports and the figures of indicators. Accounts, tokens and the plan itself are
 * changed by people in the dashboard, never by tokens.
 */
final class TokenPolicy {

  private static final String REPORTS = "/api/v1/reports";

  private static final Pattern FIGURES = Pattern.compile("^/api/v1/indicators/\\d+/values/.*");

  private TokenPolicy() {}

  static boolean allows(TokenScope scope, String method, String path) {
    if (!HttpMethods.unsafe(method)) {
      return true;
    }
    return scope == TokenScope.REPORT_WRITE
        && path != null
        && (path.equals(REPORTS)
            || path.startsWith(REPORTS + "/")
            || FIGURES.matcher(path).matches());
  }
}
