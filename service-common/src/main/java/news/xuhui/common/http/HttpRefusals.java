package news.xuhui.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The refusals Vert.x would otherwise make with a bare status line, before any resource runs: a request line over
 * {@link #MAX_REQUEST_LINE} bytes (414; a long search URL) and a body announced over
 * {@code quarkus.http.limits.max-body-size} (413), answered with problem+json like every other error of the services.
 * Vert.x's own line limit must be raised far above ours ({@code quarkus.http.limits.max-initial-line-length}, set in
 * each service) so that this route, first of all, is the one that answers. 405, 406 and 415 are exceptions RESTEasy
 * throws; each service's exception mappers answer those.
 */
@ApplicationScoped
public class HttpRefusals {

    /** Longest request line served, in bytes ("GET /api/articles?q=... HTTP/1.1"): what Vert.x allows by default. */
    public static final int MAX_REQUEST_LINE = 4096;
    public static final String PROBLEM_JSON = "application/problem+json";

    /** The RFC 9457 body of a refusal. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Refusal(String type, String title, int status, String detail, String instance) {
    }

    /** Quarkus's own setting, read here only to say the limit in the refusal. */
    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBody;

    @Inject
    ObjectMapper mapper;

    void route(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseOverLimits);
    }

    private void refuseOverLimits(RoutingContext context) {
        int requestLine = context.request().method().name().length() + context.request().uri().length()
                + " HTTP/1.1".length() + 1;
        if (requestLine > MAX_REQUEST_LINE) {
            answer(context, 414, "URI Too Long", "uri-too-long", "the request line has " + requestLine
                    + " bytes, more than the " + MAX_REQUEST_LINE + " served: shorten the query");
            return;
        }
        long announced = contentLength(context);
        if (announced > maxBody.asLongValue()) {
            // the body is left unread, so the connection cannot be reused
            context.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
            answer(context, 413, "Content Too Large", "body-too-large", "a body of " + announced
                    + " bytes is more than the " + maxBody.asLongValue() + " accepted");
            return;
        }
        context.next();
    }

    private static long contentLength(RoutingContext context) {
        String header = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return header == null ? -1 : Long.parseLong(header.trim());
        } catch (NumberFormatException malformed) {
            return -1; // Vert.x answers a malformed length itself
        }
    }

    private void answer(RoutingContext context, int status, String title, String type, String detail) {
        Refusal problem = new Refusal("urn:news.xuhui:problem:" + type, title, status, detail,
                status == 414 ? null : context.request().path());
        try {
            context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, PROBLEM_JSON)
                    .end(mapper.writeValueAsString(problem))
                    .onComplete(sent -> {
                        if (status == 413) {
                            // else Vert.x holds the connection until the unread body has arrived
                            context.request().connection().close();
                        }
                    });
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
