package vn.gov.plantracker.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of sign-in, sessions and tokens ({@code plantracker.security.*}). */
@ConfigMapping(prefix = "plantracker.security")
public interface SecurityConfig {

  Session session();

  Login login();

  /** Lets anonymous callers read plans, tasks, targets and units. Off unless switched on. */
  @WithDefault("false")
  boolean publicRead();

  /** How long security log lines are kept (PLANTRACKER_SECURITY_LOG_RETENTION). */
  @WithDefault("P400D")
  Duration logRetention();

  /** The longest an API token may live. */
  @WithDefault("P366D")
  Duration tokenMaxLifetime();

  Admin admin();

  PasswordReset passwordReset();

  /**
   * Encrypts stored secrets the service must read back, such as second-factor secrets: 32 random
   * bytes in base64 (PLANTRACKER_SECURITY_SECRET_KEY). Without it nobody can enrol a second factor
   * (503), and those enrolled cannot sign in; changing it has the same effect.
   */
  Optional<String> secretKey();

  /** The name authenticator apps show next to the account's codes. */
  @WithDefault("Plan tracker")
  String totpIssuer();

  /** Dashboard sessions. */
  interface Session {
    /** Ends a session nobody has used for this long. */
    @WithDefault("30M")
    Duration idleTimeout();

    /** Ends every session this long after sign-in, however active. */
    @WithDefault("12H")
    Duration absoluteTimeout();
  }

  /** Throttling of failed sign-ins. */
  interface Login {
    @WithDefault("5")
    int maxFailuresPerAccount();

    @WithDefault("20")
    int maxFailuresPerIp();

    @WithDefault("15M")
    Duration failureWindow();
  }

  /**
   * Password reset by e-mail. On only when {@code email} is true and {@code plantracker.public-url}
   * is set (the link in the mail points there); SMTP is configured with the QUARKUS_MAILER_*
   * variables.
   */
  interface PasswordReset {
    /** Mails reset links (PASSWORD_RESET_EMAIL). */
    @WithDefault("false")
    boolean email();

    /** How long a mailed link works. */
    @WithDefault("30M")
    Duration linkLifetime();

    /** At most this many links are mailed to one account in an hour; further requests send none. */
    @WithDefault("3")
    int mailsPerAccountPerHour();

    /** Requests for one login (as typed) within the window before 429. */
    @WithDefault("5")
    int maxRequestsPerLogin();

    /** Requests from one address within the window before 429. */
    @WithDefault("20")
    int maxRequestsPerIp();

    @WithDefault("15M")
    Duration requestWindow();
  }

  /** The first administrator, created when no user exists yet. */
  interface Admin {
    @WithDefault("admin")
    String username();

    /** Generated and printed once when not set. */
    Optional<String> password();
  }
}
