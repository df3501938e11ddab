package org.minewatch.interfaces.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document with what every operation shares, so the resources declare only their
 * own answers: the roles (from {@code x-roles}) at the end of each description, 401 and 429 from HTTP Basic
 * and its throttle, 403 for a write sent by another site's page, and the {@code ApiError} body of every
 * 4xx. Registered as {@code mp.openapi.filter} in {@code META-INF/microprofile-config.properties}.
 */
public class ApiDocumentFilter implements OASFilter {

    private static final String ERROR_SCHEMA = "ApiError";

    @Override
    public PathItem filterPathItem(PathItem pathItem) {
        pathItem.getOperations().forEach((method, operation) -> {
            describeRoles(operation);
            APIResponses responses = operation.getResponses();
            addIfMissing(responses, "401", "No credentials, or wrong ones (with WWW-Authenticate: Basic)");
            addIfMissing(responses, "429", "Too many failed sign-ins for this user name: try again after Retry-After seconds");
            if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
                addIfMissing(responses, "403", "Sent from another site's page (its Origin, or its Referer, is not this portal's scheme, host and port)");
                addIfMissing(responses, "413", "A body over its limit (a JSON body: 64 KB), refused before it is read");
            }
            responses.getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("4") && (response.getContent() == null || response.getContent().getMediaTypes() == null
                        || response.getContent().getMediaTypes().isEmpty())) {
                    response.setContent(OASFactory.createContent().addMediaType("application/json",
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ERROR_SCHEMA))));
                }
            });
        });
        return pathItem;
    }

    /** {@code x-roles} as a list of role names, and the same at the end of the description. */
    private static void describeRoles(Operation operation) {
        Object roles = operation.getExtensions() == null ? null : operation.getExtensions().get(ApiRoles.EXTENSION);
        if (roles == null) {
            return;
        }
        List<String> names = roles instanceof List<?> list
                ? list.stream().map(String::valueOf).toList()
                : Arrays.stream(roles.toString().split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
        operation.addExtension(ApiRoles.EXTENSION, names);
        String description = operation.getDescription() == null ? "" : operation.getDescription().strip() + " ";
        operation.setDescription(description + "Roles: " + String.join(", ", names) + ".");
    }

    private static void addIfMissing(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(ERROR_SCHEMA, OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("Every error the API answers: the HTTP status and a message that names the problem")
                .properties(Map.of("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER),
                        "error", OASFactory.createSchema().type(Schema.SchemaType.STRING))));
    }
}
