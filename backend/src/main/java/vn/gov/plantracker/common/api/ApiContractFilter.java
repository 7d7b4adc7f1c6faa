package vn.gov.plantracker.common.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the served contract in one place instead of on each class: the problem+json errors
 * every operation can answer with, and which response properties are always present.
 */
public class ApiContractFilter implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    markResponsePropertiesRequired(openAPI);
    addSecuritySchemes(openAPI);
    addProblemResponses(openAPI);
  }

  private static final String V1 = ApiPaths.ROOT + ApiPaths.V1;

  /**
   * The operations that need no credentials, with the refusals they answer instead of 401/403:
   * signing in, what the sign-in page offers, and resetting a forgotten password.
   */
  private static final Map<String, Map<String, String>> PUBLIC =
      Map.of(
          "POST " + V1 + "/session",
          new TreeMap<>(
              Map.of(
                  "401",
                  "Wrong username or password, or the account is disabled.",
                  "429",
                  "Too many failed sign-ins; see Retry-After.")),
          "GET " + V1 + "/session/options",
          Map.of(),
          "POST " + V1 + "/password-resets",
          new TreeMap<>(
              Map.of(
                  "404",
                  "Password reset is switched off (PASSWORD_RESET_DISABLED).",
                  "429",
                  "Asked too often for this login or from this address; see Retry-After.")),
          "POST " + V1 + "/password-resets/confirm",
          new TreeMap<>(
              Map.of(
                  "404",
                  "Password reset is switched off (PASSWORD_RESET_DISABLED).",
                  "410",
                  "The link has expired (RESET_TOKEN_EXPIRED).")));

  private static final String TOKEN_SCHEME = "apiToken";
  private static final String SESSION_SCHEME = "session";

  /** Integrations send a bearer token; the dashboard's session cookie works as well. */
  private static void addSecuritySchemes(OpenAPI openAPI) {
    openAPI
        .getComponents()
        .addSecurityScheme(
            TOKEN_SCHEME,
            OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .description("An API token (Khóa API), created in the dashboard or POST /tokens."))
        .addSecurityScheme(
            SESSION_SCHEME,
            OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.COOKIE)
                .name("pt_session")
                .description(
                    "The dashboard's session cookie from POST /session; requests that change"
                        + " something also send its csrfToken as X-CSRF-Token."));
    openAPI.setSecurity(
        new ArrayList<>(
            List.of(
                OASFactory.createSecurityRequirement().addScheme(TOKEN_SCHEME),
                OASFactory.createSecurityRequirement().addScheme(SESSION_SCHEME))));
  }

  /**
   * Responses are Java records serialised with every property, null or not; nullable ones say so on
   * the record. Schemas that requests use as well keep their properties optional.
   */
  private static void markResponsePropertiesRequired(OpenAPI openAPI) {
    Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
    Set<String> requestOnly = new HashSet<>(Set.of("Problem", "FieldError"));
    for (var entry : schemas.entrySet()) {
      if (entry.getKey().endsWith("Input") || entry.getKey().endsWith("Update")) {
        requestOnly.add(entry.getKey());
        collectReferences(entry.getValue(), requestOnly);
      }
    }
    for (var entry : schemas.entrySet()) {
      Schema schema = entry.getValue();
      if (!requestOnly.contains(entry.getKey()) && schema.getProperties() != null) {
        schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
      }
    }
  }

  private static void collectReferences(Schema schema, Set<String> into) {
    if (schema == null) {
      return;
    }
    if (schema.getRef() != null) {
      into.add(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
    }
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(p -> collectReferences(p, into));
    }
    if (schema.getAllOf() != null) {
      schema.getAllOf().forEach(p -> collectReferences(p, into));
    }
    collectReferences(schema.getItems(), into);
  }

  private static void addProblemResponses(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    for (var path : openAPI.getPaths().getPathItems().entrySet()) {
      if (!path.getKey().startsWith(ApiPaths.ROOT + ApiPaths.V1)) {
        continue;
      }
      boolean hasId = path.getKey().contains("{");
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().getOperations().entrySet()) {
        APIResponses responses = entry.getValue().getResponses();
        PathItem.HttpMethod method = entry.getKey();
        add(responses, "400", "Malformed request or parameter.");
        Map<String, String> refusals = PUBLIC.get(method.name() + " " + path.getKey());
        if (refusals != null) {
          entry.getValue().setSecurity(new ArrayList<>());
          refusals.forEach((status, description) -> add(responses, status, description));
        } else {
          add(responses, "401", "Not signed in, or the token or session is unknown or expired.");
          add(
              responses,
              "403",
              "Not allowed for this role, unit or token scope, or no CSRF token.");
        }
        if (hasId) {
          add(responses, "404", "Not found.");
        }
        if (method != PathItem.HttpMethod.GET) {
          add(responses, "409", "Stale version, or the change conflicts with existing data.");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
          add(responses, "422", "Invalid data; see the field errors.");
        }
        if (method == PathItem.HttpMethod.GET && hasQueryParameters(entry.getValue())) {
          add(responses, "422", "Invalid query parameter; see the field errors.");
        }
        add(responses, "500", "Unexpected failure; nothing was changed.");
      }
    }
  }

  private static boolean hasQueryParameters(Operation operation) {
    return operation.getParameters() != null
        && operation.getParameters().stream()
            .anyMatch(
                p ->
                    p.getIn()
                        == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY);
  }

  private static void add(APIResponses responses, String status, String description) {
    if (responses.hasAPIResponse(status)) {
      return;
    }
    MediaType problem =
        OASFactory.createMediaType()
            .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"));
    Content content = OASFactory.createContent().addMediaType("application/problem+json", problem);
    APIResponse response = OASFactory.createAPIResponse().description(description).content(content);
    responses.addAPIResponse(status, response);
  }
}
