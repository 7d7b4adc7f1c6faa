package vn.gov.plantracker.token;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.gov.plantracker.auth.CurrentActor;
import vn.gov.plantracker.common.api.ApiPaths;
import vn.gov.plantracker.common.api.Created;
import vn.gov.plantracker.common.paging.Page;
import vn.gov.plantracker.common.paging.PageRequest;
import vn.gov.plantracker.token.TokenDtos.CreatedToken;
import vn.gov.plantracker.token.TokenDtos.TokenInput;
import vn.gov.plantracker.token.TokenDtos.TokenView;

/** API tokens for integrations. */
@Path(ApiPaths.V1)
@Tag(name = "API tokens", description = "Credentials for other systems, sent as Bearer.")
@Authenticated
public class TokenResource {

  private final TokenService service;
  private final CurrentActor actor;

  TokenResource(TokenService service, CurrentActor actor) {
    this.service = service;
    this.actor = actor;
  }

  @GET
  @Path("/tokens")
  @Operation(summary = "List API tokens", description = "Your own; an administrator sees all.")
  public Page<TokenView> list(@BeanParam @Valid PageRequest page) {
    return service.list(actor.get(), page);
  }

  @POST
  @Path("/tokens")
  @Operation(
      summary = "Create an API token",
      description =
          "READ reads what you may read; REPORT_WRITE also writes reports and indicator figures for the units named."
              + " The secret is in this answer only.")
  @APIResponse(
      responseCode = "201",
      description = "Created; copy the token now.",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(implementation = CreatedToken.class)))
  public Response create(@NotNull @Valid TokenInput input, UriInfo uri) {
    CreatedToken created = service.create(actor.get(), input, actor.client());
    return Created.at(uri, "/tokens/{id}", created.details().id(), created);
  }

  @GET
  @Path("/tokens/{id}")
  @Operation(summary = "Get an API token", description = "Your own; an administrator any.")
  public TokenView get(@PathParam("id") long id) {
    return service.get(actor.get(), id);
  }

  @DELETE
  @Path("/tokens/{id}")
  @Operation(summary = "Revoke an API token", description = "It stops working at once.")
  @APIResponse(responseCode = "204", description = "Revoked.")
  public void revoke(@PathParam("id") long id) {
    service.revoke(actor.get(), id, actor.client());
  }
}
