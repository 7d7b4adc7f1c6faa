package vn.gov.plantracker.auth.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.error.ErrorCode;

class SecretBoxTest {

  private static Optional<String> key(char fill) {
    return Optional.of(
        Base64.getEncoder().encodeToString(String.valueOf(fill).repeat(32).getBytes()));
  }

  @Test
  void shouldAnswerServiceUnavailableWithoutAKey() {
    SecretBox none = new SecretBox(Optional.empty());
    assertThat(none.available()).isFalse();
    assertThatThrownBy(() -> none.seal(new byte[20], "totp:1"))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.SECOND_FACTOR_UNAVAILABLE));
    assertThat(ErrorCode.SECOND_FACTOR_UNAVAILABLE.status()).isEqualTo(503);
  }

  @Test
  void shouldOpenOnlyWithTheSameKeyForTheSameOwner() {
    byte[] secret = "twenty bytes secret!".getBytes(StandardCharsets.UTF_8);
    SecretBox box = new SecretBox(key('a'));
    String sealed = box.seal(secret, "totp:1");
    assertThat(sealed).isNotEqualTo(box.seal(secret, "totp:1"));
    assertThat(box.open(sealed, "totp:1")).isEqualTo(secret);
    assertThatThrownBy(() -> box.open(sealed, "totp:2")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new SecretBox(key('b')).open(sealed, "totp:1"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void shouldRefuseAKeyOfTheWrongLength() {
    assertThatThrownBy(() -> new SecretBox(Optional.of("c2hvcnQ=")))
        .hasMessageContaining("32 random bytes");
  }
}
