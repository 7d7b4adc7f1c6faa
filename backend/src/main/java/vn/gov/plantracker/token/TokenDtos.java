package vn.gov.plantracker.token;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.gov.plantracker.auth.TokenScope;
import vn.gov.plantracker.unit.UnitDtos.UnitRef;

/** What the API says about API tokens. */
public final class TokenDtos {

  private TokenDtos() {}

  @Schema(name = "TokenInput", description = "A new API token.")
  public record TokenInput(
      @NotBlank @Size(max = 100) @Schema(example = "Cổng dữ liệu tỉnh") String name,
      @NotNull TokenScope scope,
      @Schema(description = "For REPORT_WRITE: the units it may report for (your own units).")
          List<@NotNull Long> unitIds,
      @NotNull @Schema(description = "The last day the token works; at most a year ahead.")
          LocalDate expiresOn) {}

  @Schema(description = "The owner of a token.")
  public record TokenOwner(long id, String username) {}

  @Schema(description = "An API token, without its secret.")
  public record TokenView(
      long id,
      String name,
      @Schema(description = "The first characters of the secret.", example = "pt_a1B2c3D")
          String prefix,
      TokenScope scope,
      List<UnitRef> units,
      TokenOwner owner,
      Instant createdAt,
      LocalDate expiresOn,
      @Schema(nullable = true) Instant lastUsedAt,
      @Schema(nullable = true) Instant revokedAt) {

    static TokenView of(ApiToken token) {
      return new TokenView(
          token.id,
          token.name,
          token.prefix,
          token.scope,
          token.units.stream().sorted(Comparator.comparing(u -> u.id)).map(UnitRef::of).toList(),
          new TokenOwner(token.owner.id, token.owner.username),
          token.createdAt,
          token.expiresOn,
          token.lastUsedAt,
          token.revokedAt);
    }
  }

  @Schema(description = "A token just created: the secret is in this answer and nowhere else.")
  public record CreatedToken(
      @Schema(description = "Send as Authorization: Bearer. It is not stored and not shown again.")
          String token,
      TokenView details) {}
}
