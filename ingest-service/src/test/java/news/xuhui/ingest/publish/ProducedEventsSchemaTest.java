package news.xuhui.ingest.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.kafka.client.serialization.ObjectMapperSerializer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import news.xuhui.infra.EventSchemas;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.parser.PageParseException;
import news.xuhui.parser.PageParser;
import news.xuhui.parser.ParsedPage;

/**
 * Every record the producer would write for the seed pages, serialised as the {@code events} channel serialises it
 * (its value serializer, configured from the channel's settings, with the application's ObjectMapper), conforms to
 * the published schema.
 */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class ProducedEventsSchemaTest {

    private static final EventSchemas SCHEMAS = new EventSchemas();

    @Inject
    PageParser parser;

    static Stream<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everyRecordOfASeedPageValidates(Path seed) throws IOException, PageParseException {
        ParsedPage parsed = parser.parse(Files.readAllBytes(seed), seed.getFileName().toString());
        PageEvents events = PageEvents.of(parsed, Instant.now());
        assertFalse(events.articles().isEmpty(), seed + " yields articles");

        try (ObjectMapperSerializer<Object> serializer = channelSerializer()) {
            for (ArticleEvent article : events.articles()) {
                assertEquals(List.of(), SCHEMAS.validate(EventSchemas.ARTICLE, written(serializer, article)),
                        article.articleId());
            }
            assertEquals(List.of(), SCHEMAS.validate(EventSchemas.PAGE, written(serializer, events.page())));
        }
    }

    private static ObjectMapperSerializer<Object> channelSerializer() {
        ObjectMapperSerializer<Object> serializer = new ObjectMapperSerializer<>();
        // Kafka hands client settings over as text
        String nullAsNull = ConfigProvider.getConfig()
                .getOptionalValue("mp.messaging.outgoing.events.json.serialize.null-as-null", String.class)
                .orElse("false");
        serializer.configure(Map.of(ObjectMapperSerializer.NULL_AS_NULL_CONFIG, nullAsNull), false);
        return serializer;
    }

    private static String written(ObjectMapperSerializer<Object> serializer, Object event) {
        return new String(serializer.serialize("topic", event), StandardCharsets.UTF_8);
    }
}
