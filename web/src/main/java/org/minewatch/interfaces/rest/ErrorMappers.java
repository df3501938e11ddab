package org.minewatch.interfaces.rest;

import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import jakarta.json.bind.JsonbException;
import org.minewatch.application.AccessDeniedException;
import org.minewatch.application.ConcurrentChangeException;
import org.minewatch.application.ImportService;
import org.minewatch.application.ImportWorkLimit;
import org.minewatch.application.CurrentCaller.NotSignedInException;
import org.minewatch.application.NotFoundException;
import org.minewatch.infrastructure.monitoring.LogEvent;
import org.minewatch.infrastructure.monitoring.OutOfMemoryExit;
import org.minewatch.infrastructure.persistence.DatabaseUnavailable;

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
    public static class Forbidden implements ExceptionMapper<AccessDeniedException> {
        @Override
        public Response toResponse(AccessDeniedException e) {
            return ApiError.response(Response.Status.FORBIDDEN, e.getMessage());
        }
    }

    /** A request that does not fit the state of what it acts on: acknowledging a resolved alert, say. */
    @Provider
    public static class Conflict implements ExceptionMapper<IllegalStateException> {
        @Override
        public Response toResponse(IllegalStateException e) {
            return ApiError.response(Response.Status.CONFLICT, e.getMessage());
        }
    }

    /** A body that is not the JSON the resource reads (the JSON binding's failure arrives wrapped). */
    @Provider
    public static class MalformedBody implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof JsonbException)) {
                cause = cause.getCause();
            }
            if (!(cause instanceof JsonbException)) {
                return new Unexpected().toResponse(e);
            }
            // the JSON binding's own words name its parser's events ("Received event: START_OBJECT"): the caller's terms instead
            return ApiError.response(Response.Status.BAD_REQUEST,
                    "Malformed JSON body: expected a JSON object whose fields are as this operation's OpenAPI description (/openapi) gives them");
        }
    }

    @Provider
    public static class RefusedMapper implements ExceptionMapper<org.minewatch.application.Refused> {
        @Override
        public Response toResponse(org.minewatch.application.Refused e) {
            return ApiError.response(e.isConflict() ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST, e.getMessage());
        }
    }

    /** More previews and imports at once than the node takes: the caller tries again shortly. */
    @Provider
    public static class Busy implements ExceptionMapper<ImportWorkLimit.Busy> {
        @Override
        public Response toResponse(ImportWorkLimit.Busy e) {
            LOG.warning(LogEvent.of("api.unavailable").with("status", 503).with("reason", "imports at their limit").with("concurrency", e.concurrency())
                    .toString());
            return Response.fromResponse(ApiError.response(Response.Status.SERVICE_UNAVAILABLE, e.getMessage()))
                    .header("Retry-After", Integer.toString(ImportWorkLimit.Busy.RETRY_AFTER_SECONDS)).build();
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
            if (e.getResponse().hasEntity() && e.getResponse().getEntity() instanceof ApiError) {
                return e.getResponse();
            }
            Response.StatusType status = e.getResponse().getStatusInfo();
            if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
                return new Unexpected().toResponse(e);
            }
            // 403 here is a resource's @RolesAllowed: say why rather than only "Forbidden"
            String error = status.getStatusCode() == Response.Status.FORBIDDEN.getStatusCode()
                    ? "Forbidden: this needs a role you do not have" : status.getReasonPhrase();
            return Response.status(status.getStatusCode()).type("application/json")
                    .entity(new ApiError(status.getStatusCode(), error)).build();
        }
    }

    /**
     * A failure at commit, which the transaction interceptor wraps: most often a version that moved because
     * someone changed the same record at the same moment (409). Without this mapper Jersey's own mapper for
     * the wrapper rethrows it, and the caller gets the HTML error page with a 500.
     */
    @Provider
    public static class CommitFailed implements ExceptionMapper<TransactionalException> {
        @Override
        public Response toResponse(TransactionalException e) {
            return new Unexpected().toResponse(e);
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            OutOfMemoryExit.ifCausedBy(e); // a full heap is no request's fault: the node stops, to be replaced
            Optional<ConcurrentChangeException> concurrent = ConcurrentChangeException.in(e);
            if (concurrent.isPresent()) {
                return ApiError.response(Response.Status.CONFLICT, concurrent.get().getMessage());
            }
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                // SQLSTATE 23505: a unique key refused a row another request stored a moment before (two
                // imports creating the same company, two nodes adding the same version): the caller retries
                if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                    return ApiError.response(Response.Status.CONFLICT, "Someone stored the same record at the same moment: read it again and retry");
                }
            }
            if (DatabaseUnavailable.isCauseOf(e)) {
                LOG.warning(LogEvent.of("api.unavailable").with("status", 503).with("reason", "database unavailable").with("failure", e.getClass().getSimpleName()).toString());
                return Response.fromResponse(ApiError.response(Response.Status.SERVICE_UNAVAILABLE,
                        "The database is unavailable at the moment: try again shortly")).header("Retry-After", "5").build();
            }
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, e);
            return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR, "Internal error; reference " + reference + " in the server log");
        }
    }
}
