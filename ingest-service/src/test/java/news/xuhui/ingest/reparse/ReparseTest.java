package news.xuhui.ingest.reparse;

import static io.restassured.RestAssured.given;
import static news.xuhui.ingest.security.TestUsers.asWriter;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.infra.TopicReader;
import news.xuhui.infra.TopicWriter;
import news.xuhui.ingest.config.IngestConfig;
import news.xuhui.ingest.page.ArticleIds;
import news.xuhui.ingest.publish.EventSourceFile;
import news.xuhui.ingest.publish.PageEvent;
import news.xuhui.ingest.page.PageLedger;
import news.xuhui.parser.PageParser;

/**
 * Re-parse on the real broker. The pages stand for an earlier ingest: their files lie in a dated folder of
 * processed/ and their page records on news.pages say which parser version produced them and which article ids they
 * had, as an older ingest-service wrote them.
 */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReparseTest {

    static final String OLD = "0.0.1-old";

    @Inject
    IngestConfig config;

    @Inject
    PageLedger ledger;

    @Inject
    ObjectMapper json;

    @Inject
    PageReparser reparser;

    /** A folder date no other test uses, so that the job's range holds exactly these pages. */
    static final LocalDate DAY = LocalDate.of(1999, 1, 1).plusDays(Math.floorMod(System.nanoTime(), 3000));
    static final String MARK = "rp" + System.nanoTime();
    /** One article now; its old record listed three: two must be withdrawn. */
    static final byte[] SHRUNK = page("街道新建口袋公园", "居民在家门口多了一处休闲去处。");
    /** Already at the current version: skipped unless forced. */
    static final byte[] CURRENT = page("社区食堂开门迎客", "食堂每天供应早餐和午餐。");
    /** Parsed once, cannot be parsed now: fails, its old records stay. */
    static final byte[] BROKEN = binary();
    /** In processed/ but not in the ledger (withdrawn): left alone. */
    static final byte[] UNKNOWN = page("无人知晓的页面", "这一页的记录已被撤回。");

    static byte[] page(String title, String body) {
        return ("# " + title + "\n\n本报讯 " + MARK + " " + body + "\n\n第二段文字。\n").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] binary() {
        byte[] b = new byte[1024];
        b[0] = (byte) 0x89;
        b[1] = 'P';
        b[2] = (byte) (System.nanoTime() & 0x7f);
        b[3] = (byte) ((System.nanoTime() >> 7) & 0x7f);
        return b;
    }

    static String sha(byte[] b) {
        return PageParser.sha256Hex(b);
    }

    static String bootstrap() {
        return InfraTestResource.infra().kafka().bootstrapServers();
    }

    @BeforeAll
    static void cleanDay() throws IOException {
        Path day = Path.of("target/test-inbox/processed").resolve(DAY.toString());
        if (Files.exists(day)) {
            try (Stream<Path> walk = Files.walk(day)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    void recordOldPage(String name, byte[] content, int articles, String version) throws IOException {
        String sha = sha(content);
        List<String> ids = java.util.stream.IntStream.range(0, articles).mapToObj(i -> ArticleIds.of(sha, i)).toList();
        PageEvent old = new PageEvent(1, sha, new EventSourceFile(name, sha, content.length, "UTF-8"), null, List.of(),
                ids, version, "1999-01-01T00:00:00Z");
        TopicWriter.send(bootstrap(), "news.pages", sha, json.writeValueAsString(old));
        Path day = config.processed().resolve(DAY.toString());
        Files.createDirectories(day);
        Files.write(day.resolve(name), content);
    }

    static JsonPath awaitFinished() {
        Awaitility.await("re-parse finished").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> !"running".equals(given().get("/api/reparse").jsonPath().getString("state")));
        return given().get("/api/reparse").then().statusCode(200).extract().jsonPath();
    }

    @Test
    @Order(1)
    void pagesAreReplacedInOneTransactionWithTombstonesForTheArticlesThatAreGone() throws IOException {
        recordOldPage(MARK + "-shrunk.txt", SHRUNK, 3, OLD);
        recordOldPage(MARK + "-current.txt", CURRENT, 1, PageParser.VERSION);
        recordOldPage(MARK + "-broken.txt", BROKEN, 1, OLD);
        Files.write(config.processed().resolve(DAY.toString()).resolve(MARK + "-unknown.txt"), UNKNOWN);
        Awaitility.await("old page records in the ledger").atMost(Duration.ofSeconds(30))
                .until(() -> Stream.of(SHRUNK, CURRENT, BROKEN).allMatch(p -> ledger.find(sha(p)).isPresent()));
        // a job resumed from the state file of an earlier run of the tests, if any, must end first
        Awaitility.await("no re-parse running").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> !"running".equals(given().get("/api/reparse").jsonPath().getString("state")));

        asWriter().queryParam("from", DAY.toString()).queryParam("to", DAY.toString()).post("/api/reparse")
                .then().statusCode(202)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/reparse"))
                .body("state", equalTo("running"))
                .body("parserVersion", equalTo(PageParser.VERSION))
                .body("from", equalTo(DAY.toString()));
        JsonPath done = awaitFinished();
        assertEquals("finished", done.getString("state"));
        assertEquals(4, done.getInt("pagesTotal"));
        assertEquals(1, done.getInt("pagesDone"), "the shrunk page");
        assertEquals(2, done.getInt("pagesSkipped"), "the current page and the unknown one");
        assertEquals(1, done.getInt("pagesFailed"), "the broken page");
        assertEquals(1, done.getInt("articlesPublished"));
        assertEquals(2, done.getInt("articlesWithdrawn"));
        assertEquals(sha(BROKEN), done.getString("failures[0].sha256"));
        assertEquals("binary", done.getString("failures[0].reason"));
        assertTrue(done.getString("finishedAt") != null);

        String shrunk = sha(SHRUNK);
        Set<String> ids = Set.of(ArticleIds.of(shrunk, 0), ArticleIds.of(shrunk, 1), ArticleIds.of(shrunk, 2));
        List<ConsumerRecord<String, String>> read = TopicReader.readUntil(bootstrap(), "news.articles",
                Duration.ofSeconds(30), r -> r.stream().map(ConsumerRecord::key).collect(Collectors.toSet())
                        .containsAll(ids));
        Map<String, List<ConsumerRecord<String, String>>> byKey = read.stream().filter(r -> ids.contains(r.key()))
                .collect(Collectors.groupingBy(ConsumerRecord::key));
        assertEquals(1, byKey.get(ArticleIds.of(shrunk, 0)).size());
        JsonNode article = json.readTree(byKey.get(ArticleIds.of(shrunk, 0)).get(0).value());
        assertEquals(PageParser.VERSION, article.get("parserVersion").asText());
        assertEquals(MARK + "-shrunk.txt", article.get("sourceFile").get("name").asText());
        for (int i = 1; i <= 2; i++) {
            List<ConsumerRecord<String, String>> gone = byKey.get(ArticleIds.of(shrunk, i));
            assertEquals(1, gone.size(), "one tombstone for article " + i);
            assertNull(gone.get(0).value(), "a tombstone is a null value");
            assertNull(gone.get(0).headers().lastHeader("ce_type"), "a tombstone carries no event");
        }

        List<ConsumerRecord<String, String>> pages = TopicReader.readUntil(bootstrap(), "news.pages",
                Duration.ofSeconds(30), r -> r.stream().anyMatch(p -> shrunk.equals(p.key()) && p.value() != null
                        && p.value().contains(PageParser.VERSION)));
        JsonNode page = json.readTree(pages.stream().filter(p -> shrunk.equals(p.key())).reduce((a, b) -> b)
                .orElseThrow().value());
        assertEquals(PageParser.VERSION, page.get("parserVersion").asText());
        assertEquals(List.of(ArticleIds.of(shrunk, 0)), json.convertValue(page.get("articleIds"), List.class));

        assertEquals(OLD, ledger.find(sha(BROKEN)).orElseThrow().parserVersion(), "a failed page keeps its records");
        given().get("/api/files/" + shrunk).then().statusCode(200)
                .body("state", equalTo("processed"))
                .body("parserVersion", equalTo(PageParser.VERSION))
                .body("articleIds", equalTo(List.of(ArticleIds.of(shrunk, 0))))
                .body("warnings", instanceOf(List.class));
    }

    @Test
    @Order(2)
    void aPagePublishedSinceTheJobStartedCountsAsDoneWhenAResumedJobComesToIt() {
        Path file = config.processed().resolve(DAY.toString()).resolve(MARK + "-shrunk.txt");
        Instant before = Instant.parse("2000-01-01T00:00:00Z");
        PageReparser.Result resumed = reparser.reparse(file, before, false, sha -> true);
        assertEquals(PageReparser.Outcome.DONE, resumed.outcome());
        assertEquals(0, resumed.articles(), "done before the restart: nothing published again");
        assertEquals(PageReparser.Outcome.SKIPPED, reparser.reparse(file, Instant.now(), false, sha -> true).outcome(),
                "at the version already, for a job started later");
    }

    @Test
    @Order(3)
    void forceParsesAgainThePagesAlreadyAtTheVersion() {
        asWriter().queryParam("from", DAY.toString()).queryParam("to", DAY.toString()).queryParam("force", "true")
                .post("/api/reparse").then().statusCode(202).body("force", equalTo(true));
        JsonPath done = awaitFinished();
        assertEquals(4, done.getInt("pagesTotal"));
        assertEquals(2, done.getInt("pagesDone"), "the shrunk page again and the current one");
        assertEquals(1, done.getInt("pagesSkipped"), "the unknown page");
        assertEquals(1, done.getInt("pagesFailed"));
        assertEquals(0, done.getInt("articlesWithdrawn"), "the shrunk page lost its articles the first time");
        assertTrue(Instant.parse(ledger.find(sha(CURRENT)).orElseThrow().parsedAt()).isAfter(
                Instant.parse("2000-01-01T00:00:00Z")), "the current page was published again");
    }

    @Test
    @Order(4)
    void badRangesAreProblems() {
        asWriter().queryParam("from", "2024-13-01").post("/api/reparse").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("urn:news.xuhui:problem:invalid-parameter"));
        asWriter().queryParam("from", "2024-02-01").queryParam("to", "2024-01-01").post("/api/reparse").then()
                .statusCode(400).contentType("application/problem+json");
        asWriter().queryParam("force", "yes").post("/api/reparse").then().statusCode(400)
                .contentType("application/problem+json");
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/reparse"));
    }
}
