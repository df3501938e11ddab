package org.minewatch.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The body of every error the API answers: the HTTP status and a message that names the problem. */
@JsonbPropertyOrder({"status", "error"})
public record ApiError(int status, String error) {

    public static Response response(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(status.getStatusCode(), message)).build();
    }
}
