package org.minewatch.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.minewatch.application.CurrentCaller.NotSignedInException;
import org.minewatch.application.NotFoundException;

/**
 * Every failure becomes a JSON {@link ApiError}: a 4xx that names what was wrong with the request, or a
 * 500 with a reference to the server log, never a stack trace.
 */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    @Provider
    public static class BadRequest implements ExceptionMapper<IllegalArgumentException> {
        @Override
        public Response toResponse(IllegalArgumentException e) {
            return ApiError.response(Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    @Provider
    public static class NotFound implements ExceptionMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return ApiError.response(Response.Status.NOT_FOUND, e.getMessage());
        }
    }

    @Provider
    public static class NotSignedIn implements ExceptionMapper<NotSignedInException> {
        @Override
        public Response toResponse(NotSignedInException e) {
            return ApiError.response(Response.Status.UNAUTHORIZED, "Authentication required: send HTTP Basic credentials");
        }
    }

    /** What JAX-RS itself refuses: an unknown path, a wrong method, an unacceptable media type. */
    @Provider
    public static class Refused implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
                return new Unexpected().toResponse(e);
            }
            return Response.status(status.getStatusCode()).type("application/json")
                    .entity(new ApiError(status.getStatusCode(), status.getReasonPhrase())).build();
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, e);
            return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR, "Internal error; reference " + reference + " in the server log");
        }
    }
}
