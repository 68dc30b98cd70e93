package news.xuhui.ingest.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import news.xuhui.parser.PageParseException;
import news.xuhui.parser.PageParser;
import news.xuhui.parser.ParsedPage;

@Path("/api/parse")
@Tag(name = "parse", description = "Try the page parser without publishing anything")
public class ParseResource {

    @Inject
    PageParser parser;

    @Inject
    ParseSlots slots;

    @POST
    @Consumes({ MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN, MediaType.WILDCARD })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Parse one page file",
            description = "The request body is the raw bytes of a page file (any of UTF-8, UTF-8 with BOM, GB18030, "
                    + "UTF-16 with BOM). Returns the page-level parse result; nothing is published.")
    @APIResponse(responseCode = "200", description = "The parse result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParsedPage.class)))
    @APIResponse(responseCode = "422", description = "The bytes are not a parseable page (problem+json)")
    @APIResponse(responseCode = "429", description = "ingest.security.max-concurrent-parses parses run already; "
            + "try again after Retry-After seconds (problem+json)")
    public Response parse(byte[] body,
            @Parameter(description = "File name to report in sourceFile.name", example = "page-01.txt")
            @QueryParam("filename") String filename) throws PageParseException {
        if (!slots.tryAcquire()) {
            return Response.fromResponse(Problem.response(429, "Too Many Requests", "parse-busy",
                    "as many parses as allowed run already; try again shortly", "/api/parse"))
                    .header("Retry-After", "1").build();
        }
        try {
            return Response.ok(parser.parse(body == null ? new byte[0] : body, filename)).build();
        } finally {
            slots.release();
        }
    }
}
