package vn.gov.plantracker.auth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
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
  @Transactional
  @Operation(summary = "Read the security log", description = "Newest first.")
  public Page<SecurityEventView> list(
      @QueryParam("kind") SecurityEventKind kind,
      @QueryParam("username") String username,
      @BeanParam @Valid PageRequest page) {
    StringBuilder where = new StringBuilder("1 = 1");
    List<Object> params = new java.util.ArrayList<>();
    if (kind != null) {
      params.add(kind);
      where.append(" and kind = ?").append(params.size());
    }
    if (username != null && !username.isBlank()) {
      params.add(SessionService.normalise(username));
      where.append(" and username = ?").append(params.size());
    }
    Object[] values = params.toArray();
    List<SecurityEventView> items =
        SecurityEvent.<SecurityEvent>find(where + " order by at desc, id desc", values)
            .page(page.page(), page.size())
            .stream()
            .map(e -> new SecurityEventView(e.id, e.at, e.kind, e.username, e.ip, e.method, e.path))
            .toList();
    return Page.of(items, page, SecurityEvent.count(where.toString(), values));
  }
}
