package vn.gov.plantracker.auth.totp;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import vn.gov.plantracker.auth.SecurityConfig;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.error.ErrorCode;

/**
 * Encrypts secrets the service must read back (second-factor secrets) with AES-256-GCM under {@code
 * plantracker.security.secret-key}. Each value has its own random nonce and is bound to what it
 * belongs to (the associated data), so a value copied to another user's row does not open.
 */
@ApplicationScoped
public class SecretBox {

  private static final String VERSION = "v1.";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Optional<SecretKey> key;

  @Inject
  SecretBox(SecurityConfig config) {
    this(config.secretKey());
  }

  /** With this key in base64 (32 bytes), or none. */
  public SecretBox(Optional<String> base64Key) {
    this.key = base64Key.filter(k -> !k.isBlank()).map(SecretBox::parse);
  }

  /** A malformed key stops the start rather than the first enrolment. */
  void checkAtStart(@Observes StartupEvent start) {
    key.isPresent();
  }

  private static SecretKey parse(String base64) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      bytes = new byte[0];
    }
    if (bytes.length != 32) {
      throw new IllegalStateException(
          "plantracker.security.secret-key (PLANTRACKER_SECURITY_SECRET_KEY) must be 32 random"
              + " bytes in base64, e.g. from `openssl rand -base64 32`");
    }
    return new SecretKeySpec(bytes, "AES");
  }

  /** Whether a key is configured; without one nothing can be sealed or opened. */
  public boolean available() {
    return key.isPresent();
  }

  public String seal(byte[] plain, String context) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, context).apply(plain);
    return VERSION
        + Base64.getEncoder()
            .encodeToString(
                ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
  }

  /** The plain value; fails when the key is another one or the value was altered or moved. */
  public byte[] open(String sealed, String context) {
    if (!sealed.startsWith(VERSION)) {
      throw new IllegalStateException("Not a sealed value");
    }
    byte[] all = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
    byte[] nonce = java.util.Arrays.copyOfRange(all, 0, NONCE_BYTES);
    byte[] body = java.util.Arrays.copyOfRange(all, NONCE_BYTES, all.length);
    return cipher(Cipher.DECRYPT_MODE, nonce, context).apply(body);
  }

  private java.util.function.UnaryOperator<byte[]> cipher(int mode, byte[] nonce, String context) {
    SecretKey secretKey =
        key.orElseThrow(() -> new ApiException(ErrorCode.SECOND_FACTOR_UNAVAILABLE));
    return input -> {
      try {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, secretKey, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher.doFinal(input);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(
            "The secret could not be opened with the configured key", e);
      }
    };
  }
}
