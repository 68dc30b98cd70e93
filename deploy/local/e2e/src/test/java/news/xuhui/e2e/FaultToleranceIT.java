package news.xuhui.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.xuhui.infra.TopicReader;

/**
 * Faults injected into the running system (real broker, real database, packaged services as processes): nothing may
 * be lost and nothing duplicated. Each scenario drops pages of its own and counts, from the data, what became of
 * exactly those: its article records and page records on the topics (read to their end, read_committed: a record
 * published twice is there twice), and its articles in query-service's store as a follower of the article stream
 * replaying it from the start receives them. Each leaves the system as it found it, so they hold in any order.
 */
class FaultToleranceIT extends EndToEndTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ServiceProcess ingestB;

    @BeforeAll
    static void startSystem() throws IOException {
        startInfrastructure("faults");
        query = start("query-service", Map.of());
        env.put("INGEST_RETRY_BACKOFF_MAX", "5s");
        ingest = startIngest("a");
    }

    static ServiceProcess startIngest(String instance) {
        return start("ingest-service", Map.of("INGEST_INSTANCE_ID", "instance-" + instance));
    }

    /** A scenario that failed half-way must not hand its fault on to the next one. */
    @AfterEach
    void restoreSystem() {
        if (!infra.kafka().isRunning()) {
            infra.kafka().restart();
        }
        SystemUnderTest.stop(ingestB);
        ingestB = null;
        if (!ingest.isAlive()) {
            ingest = startIngest("a");
        }
        if (!query.isAlive()) {
            query = start("query-service", Map.of());
        }
    }

    @AfterAll
    static void stopSecondIngest() {
        SystemUnderTest.stop(ingestB);
    }

    @Test
    void brokerKilledMidBatchLosesAndDuplicatesNothing() throws Exception {
        Batch batch = Batch.generate("broker", 200, 1);
        batch.dropInto(inbox);
        Awaitility.await("20 pages processed").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                .until(() -> batch.filesIn(processed()) >= 20);
        infra.kafka().kill();
        long processedAtKill = batch.filesIn(processed());
        Thread.sleep(4000); // the outage itself: the broker stays away while the service keeps taking files
        infra.kafka().restart();

        assertNothingLostOrDuplicated("broker-kill", batch, Duration.ofSeconds(300),
                "processedAtKill=" + processedAtKill);
    }

    @Test
    void queryServiceKilledMidBatchLosesAndDoublesNothing() throws Exception {
        Batch batch = Batch.generate("query", 150, 2);
        long before = articlesInStore();
        batch.dropInto(inbox);
        Awaitility.await("10 articles stored").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                .until(() -> articlesInStore() >= before + 10);
        long storedAtKill = articlesInStore() - before;
        query.kill(); // SIGKILL: records consumed but not yet committed are read again after the restart
        query = start("query-service", Map.of());

        assertNothingLostOrDuplicated("query-kill", batch, Duration.ofSeconds(300), "storedAtKill=" + storedAtKill);
    }

    @Test
    void twoIngestInstancesShareOneFolderAndProcessEachFileOnce() throws Exception {
        ingestB = startIngest("b");
        Batch batch = Batch.generate("shared", 500, 3);
        batch.dropInto(inbox);

        assertNothingLostOrDuplicated("two-instances", batch, Duration.ofSeconds(600), "instances=2");
    }

    @Test
    void ingestInstanceKilledMidBatchRecoversItsClaimedFiles() throws Exception {
        Batch batch = Batch.generate("crash", 150, 4);
        batch.dropInto(inbox);
        Path workA = inbox.resolve(".work").resolve("instance-a");
        Awaitility.await("instance a holds claimed files").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(5)).until(() -> batch.filesIn(workA) >= 3);
        ingest.kill(); // SIGKILL: whatever instance a had claimed stays in its work folder
        long stranded = batch.filesIn(workA);
        assertTrue(stranded > 0, "the crash left claimed files behind, for the restart to recover");
        ingest = startIngest("a");

        assertNothingLostOrDuplicated("ingest-kill", batch, Duration.ofSeconds(300),
                "strandedInWorkFolder=" + stranded);
        assertEquals(0, batch.filesIn(workA), "the work folder was emptied");
    }

    static Path processed() {
        return inbox.resolve("processed");
    }

    /**
     * Waits until every page of the batch has an outcome and every expected article is in the store, then counts the
     * batch's records on both topics and its articles in the store, prints the figures and asserts them.
     */
    static void assertNothingLostOrDuplicated(String fault, Batch batch, Duration timeout, String circumstances)
            throws IOException {
        Awaitility.await("an outcome for each of " + batch.pages.size() + " pages").atMost(timeout)
                .pollInterval(Duration.ofMillis(500)).until(() -> outcomes(batch) >= batch.pages.size());
        long processed = batch.filesIn(processed());
        long failed = batch.filesIn(inbox.resolve("failed"));
        long duplicates = batch.filesIn(inbox.resolve("duplicates"));

        List<ConsumerRecord<String, String>> articleRecords = readTopic("news.articles");
        Tally onArticlesTopic = Tally.of(batch.articleIds(), keysOfBatch(articleRecords, batch));
        List<ConsumerRecord<String, String>> pageRecords = readTopic("news.pages");
        Tally onPagesTopic = Tally.of(batch.fileBySha.keySet(), keysOfBatch(pageRecords, batch));
        long pagesNamingOtherArticles = pageRecordsNamingOtherArticles(pageRecords, batch);

        List<ArticleReplay.Entry> replay = replayOnceStored(batch.articleIds());
        Tally inStore = Tally.of(batch.articleIds(), replay.stream()
                .filter(e -> batch.owns(e.sourceFileName())).map(ArticleReplay.Entry::id).toList());
        long storeTotal = articlesInStore();
        Set<String> replayed = replay.stream().map(ArticleReplay.Entry::id).collect(Collectors.toSet());

        System.out.printf("fault=%s %s pages=%d processed=%d failed=%d duplicates=%d | news.articles: %s"
                + " | news.pages: %s namingOtherArticles=%d | store: %s replayed=%d listed=%d%n", fault,
                circumstances, batch.pages.size(), processed, failed, duplicates, onArticlesTopic, onPagesTopic,
                pagesNamingOtherArticles, inStore, replay.size(), storeTotal);
        assertEquals(batch.pages.size(), processed, "pages processed");
        assertEquals(0, failed, "pages failed");
        assertEquals(0, duplicates, "pages taken for duplicates of themselves");
        onArticlesTopic.assertExact("article records on news.articles");
        onPagesTopic.assertExact("page records on news.pages");
        assertEquals(0, pagesNamingOtherArticles, "page records whose article ids are not the page's");
        inStore.assertExact("articles in the store");
        assertEquals(replay.size(), replayed.size(), "the stream replays each stored article once");
        assertStrictlyIncreasing(replay);
        assertEquals(replayed.size(), storeTotal, "the listing counts the articles the stream replays");
    }

    static long outcomes(Batch batch) throws IOException {
        return batch.filesIn(processed()) + batch.filesIn(inbox.resolve("failed"))
                + batch.filesIn(inbox.resolve("duplicates"));
    }

    static List<ConsumerRecord<String, String>> readTopic(String topic) {
        return TopicReader.readToEnd(infra.kafka().bootstrapServers(), topic, Duration.ofSeconds(60));
    }

    /** The keys of the records that belong to the batch's pages (by the source file their value names). */
    static List<String> keysOfBatch(List<ConsumerRecord<String, String>> records, Batch batch) {
        return records.stream().filter(r -> r.value() != null)
                .filter(r -> batch.owns(json(r.value()).path("sourceFile").path("name").asText(null)))
                .map(ConsumerRecord::key).toList();
    }

    /** The batch's page records whose article ids are not those its page yields. */
    static long pageRecordsNamingOtherArticles(List<ConsumerRecord<String, String>> records, Batch batch) {
        return records.stream().filter(r -> r.value() != null).map(r -> json(r.value()))
                .filter(page -> batch.owns(page.path("sourceFile").path("name").asText(null)))
                .filter(page -> {
                    List<String> ids = new ArrayList<>();
                    page.path("articleIds").forEach(id -> ids.add(id.asText()));
                    return !ids.equals(batch.idsByFile.get(page.path("sourceFile").path("name").asText()));
                }).count();
    }

    /** The store replayed through the article stream, once it holds every one of {@code ids}. */
    static List<ArticleReplay.Entry> replayOnceStored(Set<String> ids) {
        AtomicReference<List<ArticleReplay.Entry>> last = new AtomicReference<>(List.of());
        try {
            Awaitility.await("every article in the store").atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> {
                        last.set(ArticleReplay.read(query, Duration.ofSeconds(30)));
                        return last.get().stream().map(ArticleReplay.Entry::id).collect(Collectors.toSet())
                                .containsAll(ids);
                    });
        } catch (ConditionTimeoutException e) {
            // the tally of the last replay says which are missing
        }
        return last.get();
    }

    static void assertStrictlyIncreasing(List<ArticleReplay.Entry> replay) {
        for (int i = 1; i < replay.size(); i++) {
            assertTrue(replay.get(i).feedSeq() > replay.get(i - 1).feedSeq(),
                    "feed numbers in order: " + replay.get(i - 1) + " then " + replay.get(i));
        }
    }

    /** The listing's total: every article in the store. */
    static long articlesInStore() {
        return json(Http.to(query).queryParam("size", 1).get("/api/articles").then().statusCode(200).extract()
                .asString()).path("total").asLong();
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }
}
