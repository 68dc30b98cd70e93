package news.xuhui.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import news.xuhui.infra.TopicWriter;

/**
 * A parser upgrade, end to end: 20 pages are ingested by an ingest-service that records an older parser version
 * ({@code INGEST_PARSER_VERSION_OVERRIDE}, test-only), one of them as if the older parser had found three articles
 * on it; the service is restarted with its real version and {@code POST /api/reparse} replaces every page's articles.
 * Checked in query-service's database through its API: every article now carries the current version, the articles
 * the new parse no longer finds are gone, none is doubled.
 */
class ReparseIT extends EndToEndTest {

    static final String OLD = "0.0.1-old";
    static final String INSTANCE = "reparse-a";

    @BeforeAll
    static void startSystem() throws IOException {
        startInfrastructure("reparse");
        query = start("query-service", Map.of());
        env.put("INGEST_INSTANCE_ID", INSTANCE);
    }

    static long filesIn(Path root) throws IOException {
        return SystemUnderTest.pageFilesIn(root);
    }

    static JsonPath article(String id) {
        return given().baseUri(query.baseUri()).get("/api/articles/" + id).then().extract().jsonPath();
    }

    static int status(String id) {
        return given().baseUri(query.baseUri()).get("/api/articles/" + id).statusCode();
    }

    static long total() {
        return given().baseUri(query.baseUri()).queryParam("size", 1).get("/api/articles").jsonPath().getLong("total");
    }

    /** An article record and a page record as the older ingest-service wrote them for a page it found 3 articles on. */
    static List<String> recordThreeOldArticles(String pageSha, String name, String firstId) {
        String prefix = firstId.substring(0, 16);
        List<String> ids = List.of(prefix + "-00", prefix + "-01", prefix + "-02");
        for (int i = 1; i <= 2; i++) {
            TopicWriter.send(infra.kafka().bootstrapServers(), "news.articles", ids.get(i), """
                    {"schemaVersion":1,"articleId":"%s","pageId":"%s","ordinal":%d,
                     "sourceFile":{"name":"%s","sha256":"%s","sizeBytes":100,"encoding":"UTF-8"},"edition":null,
                     "kicker":null,"title":"旧解析器多切出的一篇 %d","subtitle":null,"authors":[],"source":null,
                     "continuedFromPage":null,"continuedToPage":null,"paragraphs":["据介绍，旧解析器把这段当成了一篇。"],
                     "sections":[],"people":[],"parserVersion":"%s","parsedAt":"2024-01-01T00:00:00Z"}
                    """.formatted(ids.get(i), pageSha, i, name, pageSha, i, OLD));
        }
        TopicWriter.send(infra.kafka().bootstrapServers(), "news.pages", pageSha, """
                {"schemaVersion":1,"pageId":"%s","sourceFile":{"name":"%s","sha256":"%s","sizeBytes":100,
                 "encoding":"UTF-8"},"edition":null,"teasers":[],"articleIds":["%s","%s","%s"],
                 "parserVersion":"%s","parsedAt":"2024-01-01T00:00:00Z"}
                """.formatted(pageSha, name, pageSha, ids.get(0), ids.get(1), ids.get(2), OLD));
        return ids.subList(1, 3);
    }

    @Test
    void aReparseReplacesEveryPagesArticlesAndWithdrawsThoseThatAreGone() throws Exception {
        Map<String, String> old = new HashMap<>(env);
        old.put("INGEST_PARSER_VERSION_OVERRIDE", OLD);
        ingest = ServiceProcess.start("ingest-service", old, work);

        List<Pages.Page> pages = Pages.generate("reparse", 20, 13);
        Map<String, List<String>> idsByPage = new LinkedHashMap<>();
        Map<String, String> shaByPage = new HashMap<>();
        for (Pages.Page p : pages) {
            idsByPage.put(p.name(), Pages.expectedIds(ingest.baseUri(), p.bytes()));
            shaByPage.put(p.name(), given().baseUri(ingest.baseUri()).body(p.bytes())
                    .contentType("application/octet-stream").post("/api/parse").jsonPath()
                    .getString("sourceFile.sha256"));
            Pages.drop(inbox, p);
        }
        List<String> ids = idsByPage.values().stream().flatMap(List::stream).toList();
        Awaitility.await("20 pages processed").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> filesIn(inbox.resolve("processed")) >= 20);
        Awaitility.await("every article stored with the old version").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> ids.stream().allMatch(id -> status(id) == 200 && OLD.equals(article(id)
                        .getString("parserVersion"))));

        // the older parser found three articles on the first page, the current one finds one
        Pages.Page shrunk = pages.get(0);
        assertEquals(1, idsByPage.get(shrunk.name()).size(), "a synthetic page holds one article");
        List<String> vanishing = recordThreeOldArticles(shaByPage.get(shrunk.name()), shrunk.name(),
                idsByPage.get(shrunk.name()).get(0));
        Awaitility.await("the old extra articles stored").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200)).until(() -> vanishing.stream().allMatch(id -> status(id) == 200));
        long before = total();
        assertEquals(ids.size() + vanishing.size(), before);

        // the parser upgrade: the same instance starts again with its real version
        ingest.close();
        ingest = ServiceProcess.start("ingest-service", env, work);
        String current = given().baseUri(ingest.baseUri()).body(shrunk.bytes()).contentType("application/octet-stream")
                .post("/api/parse").jsonPath().getString("parserVersion");
        assertNotEquals(OLD, current);

        given().baseUri(ingest.baseUri()).auth().preemptive()
                .basic(ServiceProcess.INGEST_USER, ServiceProcess.INGEST_PASSWORD)
                .post("/api/reparse").then().statusCode(202)
                .body("state", equalTo("running")).body("parserVersion", equalTo(current));
        Awaitility.await("re-parse finished").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> !"running".equals(given().baseUri(ingest.baseUri()).get("/api/reparse").jsonPath()
                        .getString("state")));
        JsonPath job = given().baseUri(ingest.baseUri()).get("/api/reparse").then().statusCode(200).extract()
                .jsonPath();
        System.out.printf("reparse: %s%n", job.prettify().replaceAll("\\s+", " "));
        assertEquals("finished", job.getString("state"));
        assertEquals(20, job.getInt("pagesTotal"));
        assertEquals(20, job.getInt("pagesDone"));
        assertEquals(0, job.getInt("pagesFailed"));
        assertEquals(0, job.getInt("pagesSkipped"));
        assertEquals(ids.size(), job.getInt("articlesPublished"));
        assertEquals(vanishing.size(), job.getInt("articlesWithdrawn"));

        Awaitility.await("every article at the current version, the vanished ones gone")
                .atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> vanishing.stream().allMatch(id -> status(id) == 404)
                        && ids.stream().allMatch(id -> current.equals(article(id).getString("parserVersion"))));
        for (String id : ids) {
            JsonPath a = article(id);
            assertEquals(current, a.getString("parserVersion"), id);
        }
        for (String id : vanishing) {
            given().baseUri(query.baseUri()).get("/api/articles/" + id).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        assertEquals(ids.size(), total(), "every article once: replaced in place, none doubled, the vanished gone");
        List<String> listed = new ArrayList<>(given().baseUri(query.baseUri()).queryParam("size", 100)
                .get("/api/articles").jsonPath().getList("items.id"));
        assertEquals(ids.size(), listed.size());
        assertTrue(listed.containsAll(ids), "the listing holds exactly the current articles");

        // nothing left to do: a second run skips every page
        given().baseUri(ingest.baseUri()).auth().preemptive()
                .basic(ServiceProcess.INGEST_USER, ServiceProcess.INGEST_PASSWORD)
                .post("/api/reparse").then().statusCode(202);
        Awaitility.await("second re-parse finished").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> "finished".equals(given().baseUri(ingest.baseUri()).get("/api/reparse").jsonPath()
                        .getString("state")));
        given().baseUri(ingest.baseUri()).get("/api/reparse").then().body("pagesSkipped", equalTo(20))
                .body("pagesDone", equalTo(0));
    }
}
