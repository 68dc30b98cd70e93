package news.xuhui.ingest.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.xuhui.parser.Article;
import news.xuhui.parser.Edition;
import news.xuhui.parser.ParsedPage;
import news.xuhui.parser.Section;
import news.xuhui.parser.SourceFile;
import news.xuhui.parser.Teaser;

/**
 * The published JSON Schemas are the public contract: the events must carry exactly the fields the schemas
 * describe, with the types they promise, so neither can drift without this test failing.
 */
class EventSchemaContractTest {

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode schema(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/schema/" + name)) {
            assertNotNull(in, name + " on the classpath");
            return json.readTree(in);
        }
    }

    private static Set<String> names(Iterator<String> it) {
        Set<String> s = new TreeSet<>();
        it.forEachRemaining(s::add);
        return s;
    }

    private static Set<String> components(Class<?> record) {
        Set<String> s = new TreeSet<>();
        Arrays.stream(record.getRecordComponents()).forEach(c -> s.add(c.getName()));
        return s;
    }

    private static Set<String> required(JsonNode node) {
        Set<String> s = new TreeSet<>();
        node.get("required").forEach(n -> s.add(n.asText()));
        return s;
    }

    @Test
    void articleSchemaDescribesEveryFieldOfTheEvent() throws IOException {
        JsonNode schema = schema("article-event-v1.schema.json");
        assertEquals(components(ArticleEvent.class), names(schema.get("properties").fieldNames()));
        assertEquals(components(ArticleEvent.class), required(schema));
        assertEquals(ArticleEvent.SCHEMA_VERSION, schema.get("properties").get("schemaVersion").get("const").asInt());
        assertEquals(components(SourceFile.class), required(schema.get("$defs").get("sourceFile")));
        assertEquals(components(Edition.class), required(schema.get("$defs").get("edition")));
        assertEquals(components(Section.class), required(schema.get("$defs").get("section")));
    }

    @Test
    void pageSchemaDescribesEveryFieldOfTheEvent() throws IOException {
        JsonNode schema = schema("page-event-v1.schema.json");
        assertEquals(components(PageEvent.class), names(schema.get("properties").fieldNames()));
        assertEquals(components(PageEvent.class), required(schema));
        assertEquals(components(Teaser.class), required(schema.get("properties").get("teasers").get("items")));
    }

    @Test
    void serialisedEventHasTheSchemaTypesAndIdPattern() throws IOException {
        JsonNode schema = schema("article-event-v1.schema.json");
        String sha = "ab".repeat(32);
        Article a = new Article(null, "标题", null, List.of("甲"), null, null, 2, List.of("段落。"),
                List.of(new Section("区长 乙", new Section.Speaker("乙", "区长"), List.of("话。"))), List.of("乙"));
        ParsedPage page = new ParsedPage(new SourceFile("x.txt", sha, 3, "UTF-8"), null, List.of(a),
                List.of(new Teaser("导读", "2")));
        JsonNode event = json.valueToTree(PageEvents.of(page, Instant.parse("2024-05-01T08:00:00Z")).articles().get(0));

        assertTrue(event.get("articleId").asText().matches(schema.get("properties").get("articleId").get("pattern").asText()));
        assertTrue(event.get("pageId").asText().matches(schema.get("properties").get("pageId").get("pattern").asText()));
        assertTrue(event.get("edition").isNull());
        assertTrue(event.get("kicker").isNull(), "absent values are explicit nulls, as the schema requires the keys");
        assertTrue(event.get("continuedToPage").isInt());
        assertEquals("乙", event.get("sections").get(0).get("speaker").get("name").asText());
        assertEquals("2024-05-01T08:00:00Z", event.get("parsedAt").asText());
    }
}
