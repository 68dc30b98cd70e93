package news.xuhui.query.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.RestAssured;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.infra.TopicWriter;

/**
 * The seeds' expected parses (src/test/resources/gold, the hand-made expected parses of seeds/) as the article events the
 * ingest-service publishes for them. Each load gets its own paper name and ids, so test classes sharing the database
 * can filter to their own copy; pages without a masthead date get one (2024-03-0N), so that date filters have data.
 */
public final class GoldSeeds {

    public static final List<String> FILES = List.of("000_eda1e247c60a1ac7", "001_9e6f3ed306513c76",
            "002_3b7337b637dd3bf7", "003_b3311576530b504d", "004_989da2bf63eb412c");

    static final ObjectMapper JSON = new ObjectMapper();

    /** One article as loaded: its id, the event sent, and its whole searchable text. */
    public record Loaded(String id, String file, ObjectNode event, String text) {
    }

    private GoldSeeds() {
    }

    public static JsonNode gold(String file) {
        try (InputStream in = GoldSeeds.class.getResourceAsStream("/gold/" + file + ".json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the events of every seed for {@code paper}; ids are unique to the paper name. */
    public static List<Loaded> events(String paper) {
        List<Loaded> out = new ArrayList<>();
        for (int f = 0; f < FILES.size(); f++) {
            String file = FILES.get(f);
            JsonNode gold = gold(file);
            String pageId = sha256(paper + "/" + file);
            JsonNode edition = gold.get("edition");
            ObjectNode ed = JSON.createObjectNode();
            ed.put("paper", paper);
            ed.put("date", edition != null && !edition.isNull() ? edition.get("date").asText() : "2024-03-0" + (f + 1));
            ed.put("weekday", edition != null && !edition.isNull() ? edition.get("weekday").asText() : null);
            ed.putNull("lunarDate");
            ed.putNull("issueNumber");
            ed.putNull("totalIssueNumber");
            ed.put("pageCount", 16);
            ed.put("page", edition != null && !edition.isNull() ? edition.get("page").asInt() : 1);
            int ordinal = 0;
            for (JsonNode a : gold.get("articles")) {
                String id = pageId.substring(0, 16) + "-" + String.format("%02d", ordinal);
                ObjectNode e = JSON.createObjectNode();
                e.put("schemaVersion", 1);
                e.put("articleId", id);
                e.put("pageId", pageId);
                e.put("ordinal", ordinal);
                ObjectNode sf = e.putObject("sourceFile");
                sf.put("name", file + ".txt");
                sf.put("sha256", pageId);
                sf.put("sizeBytes", 1000);
                sf.put("encoding", "UTF-8");
                e.set("edition", ed);
                for (String field : List.of("kicker", "title", "subtitle", "source")) {
                    e.set(field, a.get(field));
                }
                e.set("authors", a.get("authors"));
                e.set("continuedFromPage", a.get("continuedFromPage"));
                e.set("continuedToPage", a.get("continuedToPage"));
                e.set("paragraphs", a.get("paragraphs"));
                e.set("sections", a.get("sections"));
                e.set("people", a.get("peopleMustInclude"));
                e.put("parserVersion", "gold");
                e.put("parsedAt", "2024-01-01T00:00:00Z");
                out.add(new Loaded(id, file, e, text(a)));
                ordinal++;
            }
        }
        return out;
    }

    /** Sends the events to news.articles and returns them; callers await what they need. */
    public static List<Loaded> load(String paper) {
        List<Loaded> events = events(paper);
        Map<String, String> records = new LinkedHashMap<>();
        events.forEach(l -> records.put(l.id(), l.event().toString()));
        String bootstrap = InfraTestResource.infra().kafka().bootstrapServers();
        records.forEach((k, v) -> TopicWriter.send(bootstrap, "news.articles", k, v));
        return events;
    }

    /** {@link #load}, then waits until the service lists all of them under {@code paper}. */
    public static List<Loaded> loadStored(String paper) {
        List<Loaded> seeds = load(paper);
        awaitStored(paper, seeds.size());
        return seeds;
    }

    /** Waits (up to a minute) until the service lists {@code count} articles under {@code paper}. */
    public static void awaitStored(String paper, long count) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> RestAssured.given().queryParam("paper", paper).get("/api/articles").jsonPath()
                        .getLong("total") == count);
    }

    /** kicker, title, subtitle, byline, source, paragraphs and sections, as the index sees them. */
    static String text(JsonNode a) {
        StringBuilder sb = new StringBuilder();
        for (String field : List.of("kicker", "title", "subtitle", "source")) {
            if (a.hasNonNull(field)) {
                sb.append(a.get(field).asText()).append('\n');
            }
        }
        a.get("authors").forEach(x -> sb.append(x.asText()).append('\n'));
        a.get("paragraphs").forEach(x -> sb.append(x.asText()).append('\n'));
        for (JsonNode s : a.get("sections")) {
            if (s.hasNonNull("heading")) {
                sb.append(s.get("heading").asText()).append('\n');
            }
            s.get("paragraphs").forEach(x -> sb.append(x.asText()).append('\n'));
        }
        return sb.toString();
    }

    public static ArrayNode array(String... values) {
        ArrayNode a = JSON.createArrayNode();
        for (String v : values) {
            a.add(v);
        }
        return a;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
