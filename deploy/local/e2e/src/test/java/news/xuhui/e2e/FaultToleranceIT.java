package news.xuhui.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import news.xuhui.infra.LocalInfra;
import news.xuhui.infra.Ports;
import news.xuhui.infra.TopicReader;

/**
 * Faults injected into the running system (real broker, real database, packaged services as processes): nothing may
 * be lost and nothing duplicated, in the topic (read_committed) or in the database. Each test prints its counts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceIT {

    static Path work;
    static Path inbox;
    static LocalInfra infra;
    static Map<String, String> env;
    static ServiceProcess query;
    static ServiceProcess ingest;
    static ServiceProcess ingestB;
    /** Every article id expected in the database so far, across the tests. */
    static final List<String> allIds = new ArrayList<>();

    @BeforeAll
    static void startSystem() throws IOException {
        work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "faults-");
        inbox = work.resolve("inbox");
        infra = LocalInfra.start(work.resolve("data"), Ports.free(), Ports.free());
        env = new HashMap<>(infra.environment());
        query = ServiceProcess.start("query-service", env, work);
        env.put("INGEST_INBOX", inbox.toString());
        env.put("INGEST_RETRY_BACKOFF_MAX", "5s");
        ingest = ServiceProcess.start("ingest-service", withInstance("a"), work);
    }

    static Map<String, String> withInstance(String id) {
        Map<String, String> e = new HashMap<>(env);
        e.put("INGEST_INSTANCE_ID", "instance-" + id);
        return e;
    }

    @AfterAll
    static void stopSystem() {
        SystemUnderTest.stop(ingestB, ingest, query, infra);
    }

    static long filesIn(Path root) throws IOException {
        return SystemUnderTest.pageFilesIn(root);
    }

    static Map<String, List<String>> expected(List<Pages.Page> pages) {
        Map<String, List<String>> ids = new HashMap<>();
        for (Pages.Page p : pages) {
            ids.put(p.name(), Pages.expectedIds(ingest.baseUri(), p.bytes()));
        }
        return ids;
    }

    static void awaitProcessed(long total, Duration timeout) {
        Awaitility.await(total + " files in processed/").atMost(timeout).pollInterval(Duration.ofMillis(500))
                .until(() -> filesIn(inbox.resolve("processed")) >= total);
    }

    /** Each id's count in the topic, read as a read_committed consumer would. */
    static Map<String, Long> topicCounts(List<String> ids) {
        List<ConsumerRecord<String, String>> read = TopicReader.readUntil(infra.kafka().bootstrapServers(),
                "news.articles", Duration.ofSeconds(60),
                r -> r.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(ids));
        // one more short read, so that a duplicate behind the last wanted record is seen too
        read = TopicReader.readUntil(infra.kafka().bootstrapServers(), "news.articles", Duration.ofSeconds(3),
                r -> false);
        return read.stream().map(ConsumerRecord::key).filter(ids::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    static void assertStoredOnce(List<String> ids) {
        Awaitility.await("articles in the database").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .until(() -> given().baseUri(query.baseUri()).queryParam("size", 1).get("/api/articles").jsonPath()
                        .getLong("total") >= allIds.size());
        long total = given().baseUri(query.baseUri()).queryParam("size", 1).get("/api/articles").jsonPath()
                .getLong("total");
        assertEquals(allIds.size(), total, "database rows: every article once, none doubled");
        for (String id : ids) {
            given().baseUri(query.baseUri()).get("/api/articles/" + id).then().statusCode(200);
        }
    }

    @Test
    @Order(1)
    void brokerKilledMidBatchLosesAndDuplicatesNothing() throws Exception {
        List<Pages.Page> pages = Pages.generate("broker", 200, 1);
        Map<String, List<String>> expected = expected(pages);
        List<String> ids = expected.values().stream().flatMap(List::stream).toList();
        allIds.addAll(ids);
        for (Pages.Page p : pages) {
            Pages.drop(inbox, p);
        }
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                .until(() -> filesIn(inbox.resolve("processed")) >= 20);
        infra.kafka().kill();
        long processedAtKill = filesIn(inbox.resolve("processed"));
        Thread.sleep(4000);
        infra.kafka().restart();

        awaitProcessed(200, Duration.ofSeconds(300));
        assertEquals(0, filesIn(inbox.resolve("failed")), "no file failed");
        Map<String, Long> counts = topicCounts(ids);
        long lost = ids.stream().filter(id -> !counts.containsKey(id)).count();
        long duplicated = counts.values().stream().filter(c -> c > 1).count();
        System.out.printf("fault=broker-kill pages=200 processedAtKill=%d articles=%d lost=%d duplicated=%d%n",
                processedAtKill, ids.size(), lost, duplicated);
        assertEquals(0, lost, "articles lost in the topic");
        assertEquals(0, duplicated, "articles duplicated in the topic");
        assertStoredOnce(ids);
    }

    @Test
    @Order(2)
    void queryServiceKilledMidBatchLosesAndDoublesNothing() throws Exception {
        List<Pages.Page> pages = Pages.generate("query", 150, 2);
        List<String> ids = expected(pages).values().stream().flatMap(List::stream).toList();
        long before = allIds.size();
        allIds.addAll(ids);
        for (Pages.Page p : pages) {
            Pages.drop(inbox, p);
        }
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                .until(() -> given().baseUri(query.baseUri()).queryParam("size", 1).get("/api/articles").jsonPath()
                        .getLong("total") >= before + 10);
        query.kill();
        Thread.sleep(2000);
        query = ServiceProcess.start("query-service", env, work);

        awaitProcessed(350, Duration.ofSeconds(300));
        assertStoredOnce(ids);
        System.out.printf("fault=query-kill pages=150 articles=%d lost=0 duplicated=0%n", ids.size());
    }

    @Test
    @Order(3)
    void twoIngestInstancesShareOneFolderAndProcessEachFileOnce() throws Exception {
        ingestB = ServiceProcess.start("ingest-service", withInstance("b"), work);
        List<Pages.Page> pages = Pages.generate("shared", 500, 3);
        for (Pages.Page p : pages) {
            Pages.drop(inbox, p);
        }
        awaitProcessed(850, Duration.ofSeconds(600));
        assertEquals(0, filesIn(inbox.resolve("duplicates")), "no file taken twice");
        assertEquals(0, filesIn(inbox.resolve("failed")), "no file failed");

        List<ConsumerRecord<String, String>> pageRecords = TopicReader.readUntil(infra.kafka().bootstrapServers(),
                "news.pages", Duration.ofSeconds(10), r -> false);
        Map<String, Long> perName = pageRecords.stream()
                .map(r -> r.value().replaceAll(".*\"name\":\"(shared-[0-9]+\\.txt)\".*", "$1"))
                .filter(n -> n.startsWith("shared-"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        long duplicated = perName.values().stream().filter(c -> c > 1).count();
        System.out.printf("fault=two-instances pages=500 published=%d duplicated=%d%n", perName.size(), duplicated);
        assertEquals(500, perName.size(), "every page published");
        assertEquals(0, duplicated, "no page published twice");
    }

    @Test
    @Order(4)
    void ingestInstanceKilledMidBatchRecoversItsClaimedFiles() throws Exception {
        List<Pages.Page> pages = Pages.generate("crash", 150, 4);
        for (Pages.Page p : pages) {
            Pages.drop(inbox, p);
        }
        Path workA = inbox.resolve(".work").resolve("instance-a");
        // kill instance a while it holds several claimed files
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(5))
                .until(() -> filesIn(workA) >= 3);
        ingest.kill(); // SIGKILL: whatever instance a had claimed stays in its work folder
        long stranded = filesIn(workA);
        assertTrue(stranded > 0, "the crash left claimed files behind, for the restart to recover");
        Thread.sleep(1000);
        ingest = ServiceProcess.start("ingest-service", withInstance("a"), work);

        awaitProcessed(1000, Duration.ofSeconds(300));
        Awaitility.await("work folder emptied").atMost(Duration.ofSeconds(60))
                .until(() -> filesIn(workA) == 0);
        List<ConsumerRecord<String, String>> pageRecords = TopicReader.readUntil(infra.kafka().bootstrapServers(),
                "news.pages", Duration.ofSeconds(10), r -> false);
        Map<String, Long> perName = pageRecords.stream()
                .map(r -> r.value().replaceAll(".*\"name\":\"(crash-[0-9]+\\.txt)\".*", "$1"))
                .filter(n -> n.startsWith("crash-"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        long duplicated = perName.values().stream().filter(c -> c > 1).count();
        System.out.printf("fault=ingest-kill pages=150 strandedInWorkFolder=%d published=%d duplicated=%d%n", stranded,
                perName.size(), duplicated);
        assertEquals(150, perName.size(), "every page published");
        assertEquals(0, duplicated, "no page published twice");
        assertEquals(0, filesIn(inbox.resolve("failed")), "no file failed");
    }
}
