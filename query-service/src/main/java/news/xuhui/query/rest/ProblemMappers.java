package news.xuhui.query.rest;

import java.util.Comparator;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import news.xuhui.common.http.AllowedMethods;
import news.xuhui.query.search.SearchBusyException;
import news.xuhui.query.store.StoreException;
import news.xuhui.query.store.TransientFailures;

/** Targeted mappers: each known failure becomes a problem+json response; nothing leaks a stack trace. */
public class ProblemMappers {

    /** What a 405 says the path does take (RFC 9110 15.5.6; the framework's own refusal says nothing). */
    @Inject
    AllowedMethods allowed;

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** Seconds a client is asked to wait while the database is unreachable or out of connections. */
    static final int STORE_RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response notFound(NotFoundProblem e, UriInfo uri) {
        return Problem.response(404, "Not Found", e.type(), e.getMessage(), uri.getPath(), null);
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e, UriInfo uri) {
        return Problem.response(400, "Bad Request", "invalid-parameter", e.getMessage(), uri.getPath(),
                e.parameter());
    }

    /** A request parameter broke a constraint declared on it (Bean Validation): a 400 naming the first one. */
    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        ConstraintViolation<?> first = e.getConstraintViolations().stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString())).orElseThrow();
        String parameter = ParameterNames.of(first);
        return Problem.response(400, "Bad Request", "invalid-parameter",
                "parameter '" + parameter + "' " + first.getMessage(), uri.getPath(), parameter);
    }

    /** Overload: every search slot stayed taken (xuhui.search.max-concurrent); the client may retry shortly. */
    @ServerExceptionMapper
    public Response busy(SearchBusyException e, UriInfo uri) {
        Response problem = Problem.response(503, "Service Unavailable", "search-busy", e.getMessage(), uri.getPath(),
                null);
        // the queue stayed full for the whole wait: suggest coming back after about as long
        long seconds = Math.max(1, (e.waited().toMillis() + 999) / 1000);
        return Response.fromResponse(problem).header("Retry-After", Long.toString(seconds)).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // the framework wraps what a parameter converter throws (ParameterConverters): answer for the parameter
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof InvalidParameterException invalid) {
                return invalidParameter(invalid, uri);
            }
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        return allowed.answer(Problem.response(status, title, "http-" + status, e.getMessage(), uri.getPath(), null),
                uri.getPath());
    }

    /**
     * The database failed. An outage (unreachable, restarting, out of connections) is a 503 with Retry-After: the
     * same request will work again. Anything else is a 500. Either way the details (SQL, causes) go only to the log,
     * under an error id the response quotes, so that an operator can find them.
     */
    @ServerExceptionMapper
    public Response store(StoreException e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        if (TransientFailures.isTransient(e)) {
            LOG.warnf("%s: database unavailable, answered 503 (error %s): %s: %s", uri.getPath(), errorId,
                    e.getMessage(), TransientFailures.describe(e));
            Response problem = Problem.response(503, "Service Unavailable", "store-unavailable",
                    "the archive's database is unavailable at the moment; try again shortly (error " + errorId + ")",
                    uri.getPath(), null);
            return Response.fromResponse(problem)
                    .header("Retry-After", Integer.toString(STORE_RETRY_AFTER_SECONDS)).build();
        }
        LOG.errorf(e, "%s failed (error %s)", uri.getPath(), errorId);
        return Problem.response(500, "Internal Server Error", "store-error",
                "the archive could not answer this request; it has been logged as error " + errorId, uri.getPath(),
                null);
    }
}
