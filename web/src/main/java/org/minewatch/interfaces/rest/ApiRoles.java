package org.minewatch.interfaces.rest;

/**
 * Who may call an operation, as the OpenAPI extension {@code x-roles}:
 * {@code @Operation(..., extensions = @Extension(name = ApiRoles.EXTENSION, value = ApiRoles.ADMIN))}.
 * {@link ApiDocumentFilter} turns the names into a list and into the operation's description. The check
 * itself is in the services and in web.xml; this is what the document says of it.
 */
final class ApiRoles {

    static final String EXTENSION = "x-roles";
    /** Every role; what each reads is limited to what it may see (a mine manager: their mines). */
    static final String ALL = "ADMIN, EXECUTIVE, MINE_MANAGER";
    static final String ADMIN = "ADMIN";

    private ApiRoles() {
    }
}
