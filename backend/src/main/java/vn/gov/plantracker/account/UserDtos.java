package vn.gov.plantracker.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.plantracker.auth.totp.SecondFactor;
import vn.gov.plantracker.unit.UnitDtos.UnitRef;

/** What the API says about users. */
public final class UserDtos {

  private UserDtos() {}

  /** Passwords: long enough to resist guessing; the upper bound keeps bcrypt's 72 bytes. */
  public static final int PASSWORD_MIN = 10;

  public static final int PASSWORD_MAX = 72;

  @Schema(description = "The signed-in user.")
  public record CurrentUser(
      long id,
      @Schema(example = "xa.boy") String username,
      @Schema(example = "Nguyễn Văn A") String displayName,
      AccountRole role,
      List<UnitRef> units,
      @Schema(description = "Whether sign-in asks for a code from an authenticator app.")
          boolean totpEnabled,
      @Schema(description = "Whether this user may set up a second factor (POST /me/totp).")
          boolean canEnrolTotp) {

    public static CurrentUser of(User user) {
      return new CurrentUser(
          user.id,
          user.username,
          user.displayName,
          user.accountRole(),
          unitRefs(user),
          user.totpEnabled(),
          SecondFactor.mayEnrol(user.accountRole()));
    }
  }

  @Schema(description = "A user account.")
  public record UserView(
      long id,
      String username,
      String displayName,
      @Schema(nullable = true) String email,
      AccountRole role,
      List<UnitRef> units,
      boolean enabled,
      @Schema(nullable = true) Instant lastLoginAt,
      @Schema(description = "Send it back on update; a stale value gets 409.") long version,
      @Schema(description = "Whether sign-in asks this user for a second-factor code.")
          boolean totpEnabled,
      @Schema(description = "Whether the caller may reset this user's second factor.")
          boolean canResetTotp) {

    public static UserView of(User user) {
      return new UserView(
          user.id,
          user.username,
          user.displayName,
          user.email,
          user.accountRole(),
          unitRefs(user),
          user.enabled,
          user.lastLoginAt,
          user.version,
          user.totpEnabled(),
          // Only administrators read user views; a pending set-up can be cleared too.
          user.totpSecret != null);
    }
  }

  @Schema(name = "UserInput", description = "A new user.")
  public record UserInput(
      @NotBlank
          @Size(min = 3, max = 64)
          @Pattern(regexp = "[a-zA-Z0-9._-]+")
          @Schema(description = "Letters without diacritics, digits, dot, dash, underscore.")
          String username,
      @NotBlank @Size(max = 200) String displayName,
      @Email @Size(max = 254) @Schema(description = "For the reminder digests.") String email,
      @NotNull AccountRole role,
      @NotNull List<@NotNull Long> unitIds,
      @NotBlank @Size(min = PASSWORD_MIN, max = PASSWORD_MAX) String password,
      Boolean enabled) {}

  @Schema(name = "UserUpdate", description = "Changes to a user; send the version you loaded.")
  public record UserUpdate(
      @NotBlank @Size(max = 200) String displayName,
      @Email @Size(max = 254) @Schema(description = "None when left out.") String email,
      @NotNull AccountRole role,
      @NotNull List<@NotNull Long> unitIds,
      @NotNull Boolean enabled,
      @NotNull Long version) {}

  @Schema(name = "PasswordChangeInput", description = "The current password and a new one.")
  public record PasswordChangeInput(
      @NotBlank @Size(max = PASSWORD_MAX) String currentPassword,
      @NotBlank @Size(min = PASSWORD_MIN, max = PASSWORD_MAX) String newPassword) {}

  @Schema(name = "PasswordResetInput", description = "A new password set by an administrator.")
  public record PasswordResetInput(
      @NotBlank @Size(min = PASSWORD_MIN, max = PASSWORD_MAX) String newPassword) {}

  private static List<UnitRef> unitRefs(User user) {
    return user.units.stream().sorted(Comparator.comparing(u -> u.id)).map(UnitRef::of).toList();
  }
}
