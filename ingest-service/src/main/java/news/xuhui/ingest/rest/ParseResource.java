package news.xuhui.ingest.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
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

    @POST
    @Consumes({ MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN, MediaType.WILDCARD })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Parse one page file",
            description = "The request body is the raw bytes of a page file (any of UTF-8, UTF-8 with BOM, GB18030, "
                    + "UTF-16 with BOM). Returns the page-level parse result; nothing is published.")
    @APIResponse(responseCode = "200", description = "The parse result")
    @APIResponse(responseCode = "422", description = "The bytes are not a parseable page (problem+json)")
    public ParsedPage parse(byte[] body,
            @Parameter(description = "File name to report in sourceFile.name", example = "page-01.txt")
            @QueryParam("filename") String filename) throws PageParseException {
        return parser.parse(body == null ? new byte[0] : body, filename);
    }
}
