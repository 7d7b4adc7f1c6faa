package vn.gov.plantracker.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.plantracker.account.UserDtos;

/** What the API says about resetting a forgotten password. */
public final class PasswordResetDtos {

  private PasswordResetDtos() {}

  @Schema(name = "PasswordResetRequestInput", description = "Who forgot their password.")
  public record PasswordResetRequestInput(
      @NotBlank
          @Size(max = 254)
          @Schema(description = "The username or the account's e-mail address.", example = "xa.boy")
          String login) {}

  @Schema(
      name = "PasswordResetConfirmInput",
      description = "The secret from the mailed link and the new password.")
  public record PasswordResetConfirmInput(
      @NotBlank @Size(max = 100) String token,
      @NotBlank @Size(min = UserDtos.PASSWORD_MIN, max = UserDtos.PASSWORD_MAX)
          String newPassword) {}

  @Schema(
      description =
          "The same answer whether or not the login names an account: when it does and the account"
              + " has an e-mail address, a link was mailed.")
  public record PasswordResetRequested(
      @Schema(description = "How long a mailed link works, in minutes.", example = "30")
          long linkValidMinutes) {}
}
