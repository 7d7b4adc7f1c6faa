package vn.gov.plantracker.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem: every error the API returns has this shape. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
    name = "Problem",
    description = "An error, as application/problem+json (RFC 9457), localised by Accept-Language.")
public record Problem(
    @Schema(example = "/problems/not-found") String type,
    @Schema(example = "Không tìm thấy") String title,
    @Schema(example = "404") int status,
    @Schema(example = "Không tìm thấy kế hoạch có mã 42.") String detail,
    @Schema(example = "/api/v1/plans/42") String instance,
    @Schema(description = "Stable error code from the catalogue.", example = "NOT_FOUND")
        String code,
    @Schema(description = "Field-level details of a validation failure.") List<FieldError> errors,
    @Schema(description = "For STALE_VERSION: the record's version now; send it after reloading.")
        Long currentVersion,
    @Schema(description = "For STALE_VERSION: who made the change you have not seen.")
        String changedBy,
    @Schema(description = "For STALE_VERSION: when that change was made.") Instant changedAt) {

  /** One invalid field. */
  @Schema(name = "FieldError")
  public record FieldError(
      @Schema(example = "title") String field,
      @Schema(example = "không được để trống") String message) {}
}
