package org.minewatch.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API under {@code /api}, HTTP Basic (see the README for its resources). Its OpenAPI document is
 * served at {@code /openapi}: each operation says which roles may call it ({@code x-roles}, see
 * {@link ApiRoles}); {@link ApiDocumentFilter} adds the answers every operation shares.
 *
 * <p>A resource for some roles only says so with {@code @RolesAllowed}: Payara enforces it before the
 * request's body is read, so a caller without the role gets 403 whatever they send, never a 400 that
 * judged a body they had no right to send. The application services check the role again, for the pages.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "MineWatch API", version = "1",
                description = "Production figures, alerts, guidance compliance and imports of MineWatch. Every call needs HTTP Basic credentials;"
                        + " each operation's x-roles lists the roles that may call it, and what a caller reads is limited to what its role may see"
                        + " (a mine manager: their mines). Every error is a JSON object {\"status\", \"error\"}."),
        security = @SecurityRequirement(name = RestApplication.BASIC))
@SecurityScheme(securitySchemeName = RestApplication.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A MineWatch user name and password. After 5 failures for a name within 15 minutes that name is refused (429) for a while.")
public class RestApplication extends Application {

    static final String BASIC = "basic";

    /** No WADL: {@code /api/application.wadl} would tell any signed-in caller the server's Jersey version; {@code /openapi} describes the API. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
