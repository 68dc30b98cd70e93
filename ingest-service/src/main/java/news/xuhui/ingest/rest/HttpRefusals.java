package news.xuhui.ingest.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refusals the HTTP layer makes before any resource runs, answered with problem+json like every other error.
 * Vert.x itself would answer an over-long request line or an over-large body with a bare status, so its own request
 * line limit ({@code quarkus.http.limits.max-initial-line-length}) is set far above {@link #MAX_REQUEST_LINE} and this
 * route, ordered before Quarkus's body-size check, refuses first. 405, 406 and 415 are exceptions RESTEasy throws:
 * {@link ProblemMappers#web} answers them.
 */
@ApplicationScoped
public class HttpRefusals {

    /** Bytes of a request line (method, URI, version) accepted: Vert.x's usual limit. */
    static final int MAX_REQUEST_LINE = 4096;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::checkLimits);
    }

    private void checkLimits(RoutingContext context) {
        HttpServerRequest request = context.request();
        // "GET " + uri + " HTTP/1.1"
        long line = request.method().name().length() + 1L + request.uri().length() + 9;
        if (line > MAX_REQUEST_LINE) {
            refuse(context, new Problem("urn:news.xuhui:problem:uri-too-long", "URI Too Long", 414,
                    "the request line is " + line + " bytes; at most " + MAX_REQUEST_LINE + " are accepted", null));
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLarge(length)) {
            // the body is not read: close the connection rather than drain it
            context.response().putHeader("Connection", "close");
            refuse(context, new Problem("urn:news.xuhui:problem:body-too-large", "Content Too Large", 413,
                    "the body is " + length + " bytes; at most " + maxBodySize.asLongValue() + " are accepted",
                    request.path()));
            return;
        }
        context.next();
    }

    private boolean tooLarge(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > maxBodySize.asLongValue();
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed length itself
        }
    }

    private void refuse(RoutingContext context, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body)
                // Vert.x would keep the connection until the unread body had arrived: end it now
                .onComplete(sent -> {
                    if (problem.status() == 413) {
                        context.request().connection().close();
                    }
                });
    }
}
