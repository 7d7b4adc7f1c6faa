package vn.gov.plantracker.auth.totp;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import vn.gov.plantracker.auth.Secrets;

/**
 * RFC 6238 codes as authenticator apps make them: HMAC-SHA1, 6 digits, 30-second steps. A code is
 * accepted for the current step and one step either side (clocks drift).
 */
public final class TotpCodes {

  /** 160 bits, the HMAC-SHA1 block RFC 4226 recommends. */
  private static final int SECRET_BYTES = 20;

  private static final int DRIFT_STEPS = 1;
  private static final TimeBasedOneTimePasswordGenerator GENERATOR =
      new TimeBasedOneTimePasswordGenerator();
  private static final SecureRandom RANDOM = new SecureRandom();

  private TotpCodes() {}

  public static byte[] newSecret() {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return secret;
  }

  /** The secret as people type it into an app: Base32 without padding. */
  public static String base32(byte[] secret) {
    return new Base32().encodeToString(secret).replace("=", "");
  }

  /** The enrolment link authenticator apps read from the QR code. */
  public static String otpauthUri(String issuer, String account, byte[] secret) {
    String label = encode(issuer) + ":" + encode(account);
    return "otpauth://totp/"
        + label
        + "?secret="
        + base32(secret)
        + "&issuer="
        + encode(issuer)
        + "&algorithm=SHA1&digits="
        + GENERATOR.getPasswordLength()
        + "&period="
        + GENERATOR.getTimeStep().toSeconds();
  }

  public static long stepAt(Instant at) {
    return at.getEpochSecond() / GENERATOR.getTimeStep().toSeconds();
  }

  /** The code of a step, for tests and for checking. */
  public static String codeAt(byte[] secret, long step) {
    try {
      return GENERATOR.generateOneTimePasswordString(
          key(secret),
          Instant.ofEpochSecond(step * GENERATOR.getTimeStep().toSeconds()),
          Locale.ROOT);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA1 takes any key", e);
    }
  }

  /** The step within the drift whose code this is, if any. */
  public static OptionalLong matchingStep(byte[] secret, String code, Instant now) {
    String given = code == null ? "" : code.replaceAll("\\s", "");
    long current = stepAt(now);
    long found = -1;
    // Every step is computed and compared in constant time, so timing does not tell which matched.
    for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
      if (Secrets.same(given, codeAt(secret, step))) {
        found = step;
      }
    }
    return found < 0 ? OptionalLong.empty() : OptionalLong.of(found);
  }

  private static Key key(byte[] secret) {
    return new SecretKeySpec(secret, GENERATOR.getAlgorithm());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
