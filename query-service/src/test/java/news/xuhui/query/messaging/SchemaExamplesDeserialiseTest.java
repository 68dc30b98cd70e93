package news.xuhui.query.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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

    static Stream<JsonNode> articleExamples() {
        return examples(EventSchemas.ARTICLE);
    }

    static Stream<JsonNode> pageExamples() {
        return examples(EventSchemas.PAGE);
    }

    private static Stream<JsonNode> examples(String file) {
        List<JsonNode> out = new ArrayList<>();
        EventSchemas.tree(file).path("examples").forEach(out::add);
        assertFalse(out.isEmpty(), file + " has examples");
        return out.stream();
    }

    /** The record written back as JSON: equal to the example only if no field was dropped or changed on the way. */
    private static JsonNode arrived(Object record) throws JsonProcessingException {
        return JSON.readTree(JSON.writeValueAsString(record));
    }

    private static byte[] bytes(JsonNode example) {
        return example.toString().getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("articleExamples")
    void everyArticleExampleArrivesWhole(JsonNode example) throws JsonProcessingException {
        try (ArticleEventDeserializer deserializer = new ArticleEventDeserializer()) {
            ArticleEvent event = deserializer.deserialize("news.articles", bytes(example));
            assertEquals(example.get("articleId").asText(), event.articleId());
            assertEquals(example, arrived(event));
        }
    }

    @ParameterizedTest
    @MethodSource("pageExamples")
    void everyPageExampleArrivesWhole(JsonNode example) throws JsonProcessingException {
        try (PageEventDeserializer deserializer = new PageEventDeserializer()) {
            PageEvent event = deserializer.deserialize("news.pages", bytes(example));
            assertEquals(example.get("pageId").asText(), event.pageId());
            assertEquals(example, arrived(event));
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
