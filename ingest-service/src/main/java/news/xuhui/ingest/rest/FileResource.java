package news.xuhui.ingest.rest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import news.xuhui.ingest.config.IngestConfig;
import news.xuhui.parser.PageParser;
import news.xuhui.ingest.status.FileStatus;
import news.xuhui.ingest.status.FileStatuses;

@jakarta.ws.rs.Path("/api/files")
@Tag(name = "files", description = "Upload page files into the pipeline and follow them")
public class FileResource {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** A plain file name: no folders, no control characters, not hidden, at most 200 characters. */
    private static final Pattern SAFE_NAME = Pattern.compile("[^/\\\\\\p{Cntrl}]{1,200}");

    @Inject
    IngestConfig config;

    @Inject
    FileStatuses statuses;

    @POST
    @RolesAllowed("ingest")
    @Consumes({ MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN, MediaType.WILDCARD })
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a page file",
            description = "Writes the body into the inbox atomically; from there it goes the way of every dropped file. "
                    + "Follow it at the Location returned.")
    @APIResponse(responseCode = "202", description = "Accepted: the file is in the inbox (status pending)")
    @APIResponse(responseCode = "400", description = "Empty body or unusable file name (problem+json)")
    @APIResponse(responseCode = "401", description = "No login or a wrong one: HTTP Basic or an OIDC bearer token "
            + "(problem+json, with WWW-Authenticate)")
    @APIResponse(responseCode = "403", description = "Logged in without role ingest (problem+json)")
    public Response upload(byte[] body,
            @Parameter(description = "Name for the file in the inbox; default upload-<sha256 prefix>.txt",
                    example = "2024-01-01-page-01.txt")
            @QueryParam("filename") String filename) throws IOException {
        if (body == null || body.length == 0) {
            return Problem.response(400, "Bad Request", "empty-file", "the request body is empty: send the page's bytes",
                    "/api/files");
        }
        String sha = PageParser.sha256Hex(body);
        String name = filename == null || filename.isBlank() ? "upload-" + sha.substring(0, 16) + ".txt" : filename.strip();
        if (!SAFE_NAME.matcher(name).matches() || name.startsWith(".") || name.equals("..")) {
            return Problem.response(400, "Bad Request", "invalid-filename", "filename must be a plain file name (no "
                    + "folders, not hidden, no control characters, at most 200 characters)", "/api/files");
        }
        Path inbox = config.inbox();
        Files.createDirectories(inbox);
        Path target = inbox.resolve(name);
        if (Files.exists(target)) {
            return Problem.response(409, "Conflict", "file-exists",
                    "a file named '" + name + "' is waiting in the inbox; choose another name", "/api/files");
        }
        // write under a hidden name, then rename: the watcher never sees a half-written page
        Path tmp = inbox.resolve("." + name + "." + sha.substring(0, 8) + ".part");
        Files.write(tmp, body);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        statuses.pending(sha, name);
        FileStatus status = statuses.find(sha).orElseThrow();
        return Response.accepted(status).location(URI.create("/api/files/" + sha)).build();
    }

    @GET
    @jakarta.ws.rs.Path("{sha256}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Where a file stands",
            description = "pending, processed (with its article ids), duplicate (with the original's name) or failed "
                    + "(with the error)")
    @APIResponse(responseCode = "200", description = "The file's status")
    @APIResponse(responseCode = "400", description = "Not a SHA-256 (problem+json)")
    @APIResponse(responseCode = "404", description = "No file with this content is known (problem+json)")
    public Response status(
            @Parameter(description = "SHA-256 of the file's bytes, lower-case hex",
                    example = "9f2c4e1a7b3d5068e1c2a0d5f9e8b7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0")
            @PathParam("sha256") String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            return Problem.response(400, "Bad Request", "invalid-parameter",
                    "sha256 must be 64 lower-case hex digits", "/api/files/" + sha256);
        }
        return statuses.find(sha256).map(s -> Response.ok(s).build())
                .orElseGet(() -> Problem.response(404, "Not Found", "file-not-found",
                        "no file with this content has been seen", "/api/files/" + sha256));
    }
}
