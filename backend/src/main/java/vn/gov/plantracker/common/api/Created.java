package vn.gov.plantracker.common.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answer to a create: 201, Location of the new resource, and its representation. */
public final class Created {

  private Created() {}

  /** {@code template} is the resource's path under the API version, e.g. "/tasks/{id}". */
  public static Response at(UriInfo uri, String template, long id, Object body) {
    return Response.created(uri.getBaseUriBuilder().path(ApiPaths.V1 + template).build(id))
        .entity(body)
        .build();
  }
}
