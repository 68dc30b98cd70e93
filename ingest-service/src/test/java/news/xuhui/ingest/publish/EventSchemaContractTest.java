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
        assertEquals(components(EventSourceFile.class), required(schema.get("$defs").get("sourceFile")));
        assertEquals(components(EventSourceFile.class), names(schema.get("$defs").get("sourceFile").get("properties")
                .fieldNames()));
        assertEquals(components(EventEdition.class), required(schema.get("$defs").get("edition")));
        assertEquals(components(EventEdition.class), names(schema.get("$defs").get("edition").get("properties")
                .fieldNames()));
        assertEquals(components(EventSection.class), required(schema.get("$defs").get("section")));
        assertEquals(components(EventSection.Speaker.class),
                required(schema.get("$defs").get("section").get("properties").get("speaker").get("oneOf").get(1)));
    }

    @Test
    void pageSchemaDescribesEveryFieldOfTheEvent() throws IOException {
        JsonNode schema = schema("page-event-v1.schema.json");
        assertEquals(components(PageEvent.class), names(schema.get("properties").fieldNames()));
        assertEquals(components(PageEvent.class), required(schema));
        assertEquals(components(EventTeaser.class), required(schema.get("properties").get("teasers").get("items")));
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

    /**
     * The exact bytes of both events for a page using every field: the events have records of their own, so that a
     * change to the parser's types cannot change the wire format unnoticed; this pins it.
     */
    @Test
    void wireFormatIsPinned() throws IOException {
        String sha = "ab".repeat(32);
        Article a = new Article("引题", "标题", "副题", List.of("甲"), "区委办", 1, 2, List.of("段落。"),
                List.of(new Section("区长 乙", new Section.Speaker("乙", "区长"), List.of("话。")),
                        new Section("小标题", null, List.of())), List.of("乙"));
        Edition edition = new Edition("徐汇报", "2024-01-01", "星期一", "癸卯年十一月二十", 1, 1759, 16, 2);
        ParsedPage page = new ParsedPage(new SourceFile("x.txt", sha, 3, "UTF-8"), edition, List.of(a),
                List.of(new Teaser("导读", "8-9")), "9.9.9", List.of());
        PageEvents events = PageEvents.of(page, Instant.parse("2024-05-01T08:00:00Z"));

        String sourceFile = "{\"name\":\"x.txt\",\"sha256\":\"" + sha + "\",\"sizeBytes\":3,\"encoding\":\"UTF-8\"}";
        String ed = "{\"paper\":\"徐汇报\",\"date\":\"2024-01-01\",\"weekday\":\"星期一\",\"lunarDate\":\"癸卯年十一月二十\","
                + "\"issueNumber\":1,\"totalIssueNumber\":1759,\"pageCount\":16,\"page\":2}";
        assertEquals("{\"schemaVersion\":1,\"articleId\":\"abababababababab-00\",\"pageId\":\"" + sha + "\",\"ordinal\":0,"
                + "\"sourceFile\":" + sourceFile + ",\"edition\":" + ed + ",\"kicker\":\"引题\",\"title\":\"标题\","
                + "\"subtitle\":\"副题\",\"authors\":[\"甲\"],\"source\":\"区委办\",\"continuedFromPage\":1,"
                + "\"continuedToPage\":2,\"paragraphs\":[\"段落。\"],\"sections\":[{\"heading\":\"区长 乙\","
                + "\"speaker\":{\"name\":\"乙\",\"role\":\"区长\"},\"paragraphs\":[\"话。\"]},"
                + "{\"heading\":\"小标题\",\"speaker\":null,\"paragraphs\":[]}],\"people\":[\"乙\"],"
                + "\"parserVersion\":\"9.9.9\",\"parsedAt\":\"2024-05-01T08:00:00Z\"}",
                json.writeValueAsString(events.articles().get(0)));
        assertEquals("{\"schemaVersion\":1,\"pageId\":\"" + sha + "\",\"sourceFile\":" + sourceFile + ",\"edition\":" + ed
                + ",\"teasers\":[{\"title\":\"导读\",\"seePages\":\"8-9\"}],\"articleIds\":[\"abababababababab-00\"],"
                + "\"parserVersion\":\"9.9.9\",\"parsedAt\":\"2024-05-01T08:00:00Z\"}",
                json.writeValueAsString(events.page()));
    }
}
