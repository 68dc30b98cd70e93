package news.xuhui.ingest.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import news.xuhui.common.http.AllowedMethods;
import news.xuhui.parser.PageParseException;

/** Targeted mappers: each known failure becomes a problem+json response; nothing leaks a stack trace. */
public class ProblemMappers {

    /** What a 405 says the path does take (RFC 9110 15.5.6; the framework's own refusal says nothing). */
    @Inject
    AllowedMethods allowed;

    @ServerExceptionMapper
    public Response unparseable(PageParseException e) {
        return Problem.response(422, "Unprocessable page", "page-" + e.reason(), e.getMessage(), "/api/parse");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        return allowed.answer(Problem.response(status, title, "http-" + status, e.getMessage(), null), uri.getPath());
    }
}
