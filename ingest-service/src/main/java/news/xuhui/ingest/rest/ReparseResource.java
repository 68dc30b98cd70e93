package news.xuhui.ingest.rest;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import news.xuhui.ingest.reparse.ReparseJobs;

@Path("/api/reparse")
@Tag(name = "reparse", description = "Parse the pages already ingested again, with the current parser")
public class ReparseResource {

    private static final String INSTANCE = "/api/reparse";

    @Inject
    ReparseJobs jobs;

    @POST
    @RolesAllowed("ingest")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a re-parse",
            description = "Parses the page files kept in processed/ again and publishes each page's new articles in one "
                    + "transaction with tombstones (null values on news.articles) for its earlier article ids that no "
                    + "longer exist, and its new page record. Pages whose recorded parser version is the current one "
                    + "are skipped unless force=true. The range is by processing date: the processed/<yyyy-MM-dd>/ "
                    + "folders, inclusive. A stopped service resumes the job when it starts again.")
    @APIResponse(responseCode = "202", description = "Started; follow it at the Location (GET /api/reparse)")
    @APIResponse(responseCode = "400", description = "A date is not YYYY-MM-DD, or from is after to (problem+json)")
    @APIResponse(responseCode = "401", description = "No login or a wrong one: HTTP Basic or an OIDC bearer token "
            + "(problem+json, with WWW-Authenticate)")
    @APIResponse(responseCode = "403", description = "Logged in without role ingest (problem+json)")
    @APIResponse(responseCode = "409", description = "A re-parse is running already (problem+json)")
    public Response start(
            @Parameter(description = "First processing date (processed/<yyyy-MM-dd>/), inclusive; default: the first",
                    example = "2024-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last processing date, inclusive; default: the last", example = "2024-12-31")
            @QueryParam("to") String to,
            @Parameter(description = "Parse again also the pages already at the current parser version")
            @QueryParam("force") String force) {
        LocalDate first;
        LocalDate last;
        try {
            first = date(from);
            last = date(to);
        } catch (DateTimeParseException e) {
            return Problem.response(400, "Bad Request", "invalid-parameter",
                    "from and to are processing dates, YYYY-MM-DD: '" + e.getParsedString() + "'", INSTANCE);
        }
        if (first != null && last != null && first.isAfter(last)) {
            return Problem.response(400, "Bad Request", "invalid-parameter",
                    "from (" + first + ") is after to (" + last + ")", INSTANCE);
        }
        if (force != null && !force.equals("true") && !force.equals("false")) {
            return Problem.response(400, "Bad Request", "invalid-parameter", "force is true or false", INSTANCE);
        }
        try {
            return Response.accepted(jobs.start(first, last, "true".equals(force))).location(URI.create(INSTANCE))
                    .build();
        } catch (ReparseJobs.AlreadyRunning e) {
            return Problem.response(409, "Conflict", "reparse-running", e.getMessage(), INSTANCE);
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Progress of the re-parse",
            description = "The running job, else the last one: state (running, finished, failed), pages total / done "
                    + "/ failed / skipped, articles published and withdrawn, started, finished, parser version, and "
                    + "the pages that failed")
    @APIResponse(responseCode = "200", description = "The job's status")
    @APIResponse(responseCode = "404", description = "No re-parse has run on this instance (problem+json)")
    public Response status() {
        return jobs.status().map(s -> Response.ok(s).build())
                .orElseGet(() -> Problem.response(404, "Not Found", "reparse-not-found",
                        "no re-parse has run on this instance; start one with POST /api/reparse", INSTANCE));
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }
}
