package news.xuhui.query.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import news.xuhui.infra.EventSchemas;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.query.rest.GoldSeeds;

/**
 * The consumer's side of the event contract: each example of ingest-service's schemas (the schema files themselves,
 * put on the test classpath by the build) goes through the deserializers the channels use, with the application's
 * ObjectMapper, and every field of it arrives with its value. And what this module's own tests publish as events
 * conforms to the schema, so that they test the consumer with records the producer could write.
 */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class SchemaExamplesDeserialiseTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final EventSchemas SCHEMAS = new EventSchemas();

    /** Each schema example with the topic it belongs to, the field that identifies it and the channel's deserializer. */
    static Stream<Arguments> examples() {
        return Stream.concat(
                examples(EventSchemas.ARTICLE).map(e -> Arguments.of("news.articles", e, "articleId",
                        new ArticleEventDeserializer())),
                examples(EventSchemas.PAGE).map(e -> Arguments.of("news.pages", e, "pageId",
                        new PageEventDeserializer())));
    }

    private static Stream<JsonNode> examples(String file) {
        List<JsonNode> out = new ArrayList<>();
        EventSchemas.tree(file).path("examples").forEach(out::add);
        assertFalse(out.isEmpty(), file + " has examples");
        return out.stream();
    }

    /** Equal to the example when written back as JSON only if no field was dropped or changed on the way. */
    @ParameterizedTest(name = "{0} example {index}")
    @MethodSource("examples")
    void everyExampleArrivesWhole(String topic, JsonNode example, String idField, Deserializer<?> deserializer)
            throws JsonProcessingException {
        try (deserializer) {
            Object event = deserializer.deserialize(topic, example.toString().getBytes(StandardCharsets.UTF_8));
            JsonNode arrived = JSON.readTree(JSON.writeValueAsString(event));
            assertEquals(example.get(idField).asText(), arrived.path(idField).asText());
            assertEquals(example, arrived);
        }
    }

    /** The contract's removal: a null value, which must reach the consumer as null (it deletes the article). */
    @Test
    void aTombstoneArrivesAsNull() {
        try (ArticleEventDeserializer deserializer = new ArticleEventDeserializer()) {
            assertNull(deserializer.deserialize("news.articles", null));
        }
    }

    @Test
    void theEventsTheRestTestsPublishConformToTheSchema() {
        List<GoldSeeds.Loaded> events = GoldSeeds.events("合同测试报");
        assertFalse(events.isEmpty());
        for (GoldSeeds.Loaded l : events) {
            assertEquals(List.of(), SCHEMAS.validate(EventSchemas.ARTICLE, l.event().toString()), l.id());
        }
    }
}
