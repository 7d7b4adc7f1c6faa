package vn.gov.plantracker.auth.totp;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the API says about the second factor. */
public final class SecondFactorDtos {

  private SecondFactorDtos() {}

  @Schema(
      name = "TotpEnrolment",
      description =
          "A second factor being set up: add it to an authenticator app, then confirm it with a"
              + " code. Not active until confirmed; shown once.")
  public record TotpEnrolment(
      @Schema(description = "The secret in Base32, to type in by hand.") String secret,
      @Schema(description = "The otpauth:// link the QR code holds.") String otpauthUri,
      @Schema(description = "The QR code of the link, as an SVG document.") String qrSvg) {}

  @Schema(name = "TotpCodeInput", description = "A current code from the authenticator app.")
  public record TotpCodeInput(@NotBlank @Size(max = 16) @Schema(example = "123456") String code) {}

  @Schema(
      name = "TotpDisableInput",
      description = "A current code, or the account's password when the app is lost.")
  public record TotpDisableInput(
      @Size(max = 16) @Schema(example = "123456") String code, @Size(max = 128) String password) {}
}
