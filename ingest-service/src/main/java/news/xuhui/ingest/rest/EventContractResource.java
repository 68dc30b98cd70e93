package news.xuhui.ingest.rest;

import java.io.InputStream;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Serves the Kafka event contract: the AsyncAPI document at {@code /asyncapi.yaml} and the JSON Schemas it refers to
 * at {@code /schema/<file>}, relative to it, so that AsyncAPI tools resolve its references over HTTP.
 */
@Path("/")
@Tag(name = "event contract", description = "The Kafka topics this service publishes to (AsyncAPI 3)")
public class EventContractResource {

    static final String ASYNCAPI = "asyncapi.yaml";
    static final Set<String> SCHEMAS = Set.of("article-event-v1.schema.json", "page-event-v1.schema.json");

    @GET
    @Path(ASYNCAPI)
    @Produces("application/yaml")
    @Operation(summary = "AsyncAPI 3 document of the event topics",
            description = "Channels, keys, headers and payload schemas of news.articles, news.pages, "
                    + "news.ingest.errors and query-service's dead-letter topics.")
    public InputStream asyncApi() {
        return classpath(ASYNCAPI);
    }

    @GET
    @Path("schema/{file}")
    @Produces("application/schema+json")
    @Operation(summary = "A JSON Schema of the event payloads, as referenced by the AsyncAPI document")
    public InputStream schema(@PathParam("file") String file) {
        // only the published files: the name never reaches the class loader otherwise
        if (!SCHEMAS.contains(file)) {
            throw new NotFoundException("no schema " + file);
        }
        return classpath("schema/" + file);
    }

    private static InputStream classpath(String name) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing from the application");
        }
        return in;
    }
}
