package vn.gov.plantracker.account;

import com.nulabinc.zxcvbn.Zxcvbn;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.gov.plantracker.common.error.ApiException;
import vn.gov.plantracker.common.text.SearchText;

/**
 * Which new passwords are accepted: at most 72 bytes (bcrypt ignores the rest, and a Vietnamese
 * letter takes two or three), and hard to guess as zxcvbn estimates it: no common or breached
 * password, nothing built from the user's own name, the product's or the demo password.
 */
@ApplicationScoped
public class PasswordPolicy {

  /** bcrypt reads this many bytes of a password and no more. */
  static final int MAX_BYTES = 72;

  /** zxcvbn's "safely unguessable" (about 10^10 guesses): 3 of 0–4. */
  private static final int MIN_SCORE = 3;

  /** Words anyone would try first against this service, the published demo password among them. */
  private static final List<String> SERVICE_WORDS =
      List.of("ngoc-hoi-2030", "ngoc-hoi", "ngochoi", "plantracker", "kehoach", "matkhau");

  private final Zxcvbn zxcvbn = new Zxcvbn();
  private final List<String> serviceWords;

  PasswordPolicy(
      @ConfigProperty(name = "plantracker.demo.password") Optional<String> demoPassword) {
    List<String> words = new ArrayList<>(SERVICE_WORDS);
    demoPassword.ifPresent(words::add);
    this.serviceWords = List.copyOf(words);
  }

  /** Refuses the password for this user with 422 on the field that carried it. */
  public void check(String field, String password, String username, String displayName) {
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw ApiException.invalid(field, "field.password.tooLong", MAX_BYTES);
    }
    List<String> personal = new ArrayList<>(serviceWords);
    personal.add(username);
    if (displayName != null) {
      // "Nguyễn Văn Thử" is also typed "nguyenvanthu", "Thu", "nguyen".
      String folded = SearchText.fold(displayName);
      personal.add(displayName);
      personal.add(folded.replaceAll("\\s+", ""));
      personal.addAll(List.of(displayName.split("\\s+")));
      personal.addAll(List.of(folded.split("\\s+")));
    }
    if (zxcvbn.measure(password, personal).getScore() < MIN_SCORE) {
      throw ApiException.invalid(field, "field.password.guessable");
    }
  }
}
