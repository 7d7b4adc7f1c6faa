package vn.gov.plantracker.auth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.plantracker.account.Roles;
import vn.gov.plantracker.common.api.ApiPaths;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;

/** The security log, read-only: there is no API to change or delete it. */
@Path(ApiPaths.V1)
@Tag(name = "Security log", description = "Sign-ins, failures and denied requests.")
public class SecurityEventResource {

  private final SecurityEventLog log;

  SecurityEventResource(SecurityEventLog log) {
    this.log = log;
  }

  @Schema(name = "SecurityEvent", description = "One line of the security log.")
  public record SecurityEventView(
      long id,
      Instant at,
      SecurityEventKind kind,
      @Schema(nullable = true) String username,
      @Schema(nullable = true) String ip,
      @Schema(nullable = true) String method,
      @Schema(nullable = true) String path) {}

  @GET
  @Path("/security-events")
  @RolesAllowed(Roles.ADMIN)
  @Operation(summary = "Read the security log", description = "Newest first.")
  public Page<SecurityEventView> list(
      @QueryParam("kind") SecurityEventKind kind,
      @QueryParam("username") String username,
      @BeanParam @Valid PageRequest page) {
    return log.list(kind, username, page);
  }
}
