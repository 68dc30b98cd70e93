package news.xuhui.ingest.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import news.xuhui.parser.PageParseException;

/** Targeted mappers: each known failure becomes a problem+json response; nothing leaks a stack trace. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response unparseable(PageParseException e) {
        return Problem.response(422, "Unprocessable page", "page-" + e.reason(), e.getMessage(), "/api/parse");
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        return Problem.response(status, title, "http-" + status, e.getMessage(), null);
    }
}
