package news.xuhui.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/**
 * The event contract's JSON Schemas (ingest-service's {@code schema/*.schema.json}, on the classpath under
 * {@code /schema}), loaded by their {@code $id} so that the page schema's references into the article schema resolve
 * to the same files. Here because the contract tests of both services, producer and consumer, use it.
 */
public final class EventSchemas {

    public static final String ARTICLE = "article-event-v1.schema.json";
    public static final String PAGE = "page-event-v1.schema.json";
    public static final List<String> FILES = List.of(ARTICLE, PAGE);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> textById;
    private final SchemaRegistry registry;

    public EventSchemas() {
        textById = Map.of(id(ARTICLE), text(ARTICLE), id(PAGE), text(PAGE));
        // formats (date-time, date) are only annotations in 2020-12 unless asserted: the contract means them
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(textById).schemaRegistryConfig(config));
    }

    /** What {@code json} breaks of schema {@code file}; empty when it conforms. */
    public List<Error> validate(String file, String json) {
        Schema schema = registry.getSchema(SchemaLocation.of(id(file)));
        return schema.validate(json, InputFormat.JSON);
    }

    public static JsonNode tree(String file) {
        try {
            return JSON.readTree(text(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String id(String file) {
        return tree(file).get("$id").asText();
    }

    public static String text(String file) {
        try (InputStream in = EventSchemas.class.getResourceAsStream("/schema/" + file)) {
            if (in == null) {
                throw new IllegalStateException("/schema/" + file + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
