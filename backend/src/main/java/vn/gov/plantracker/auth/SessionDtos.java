package vn.gov.plantracker.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.plantracker.account.UserDtos.CurrentUser;

/** What the API says about sign-in. */
public final class SessionDtos {

  private SessionDtos() {}

  @Schema(
      name = "LoginInput",
      description = "Username and password, and the second-factor code when the account has one.")
  public record LoginInput(
      @NotBlank @Size(max = 64) @Schema(example = "xa.boy") String username,
      @NotBlank @Size(max = 128) String password,
      @Size(max = 16)
          @Schema(
              description =
                  "The current code of the authenticator app; without it an account with a second"
                      + " factor gets 401 OTP_REQUIRED.",
              example = "123456")
          String otp) {}

  @Schema(description = "The signed-in dashboard session.")
  public record SessionView(
      CurrentUser user,
      @Schema(description = "Send it as X-CSRF-Token with every request that changes something.")
          String csrfToken,
      @Schema(description = "When the session ends however active it is.") Instant expiresAt,
      @Schema(description = "The session ends after this many seconds without a request.")
          long idleTimeoutSeconds) {}

  @Schema(description = "How the login page may sign in, as configured on the server.")
  public record SignInOptions(
      @Schema(description = "Whether a forgotten password can be reset by e-mail.")
          boolean passwordReset,
      @Schema(description = "Whether sign-in through the identity provider is offered.")
          boolean providerSignIn,
      @Schema(nullable = true, description = "The provider's name for the button; none when off.")
          String providerName) {}
}
