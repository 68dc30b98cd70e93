package news.xuhui.ingest.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.infra.TopicReader;
import news.xuhui.ingest.OtherSettingsProfile;
import news.xuhui.ingest.config.IngestConfig;
import news.xuhui.ingest.security.KafkaClientSecurity;
import news.xuhui.ingest.watch.InboxDrops;
import news.xuhui.parser.PageParser;

/**
 * {@code ingest.pages-topic} moves the page records and the page ledger together: the records land on the configured
 * topic, and a ledger starting afresh (a restarted or second instance) finds them there, so duplicates are still
 * recognised. With the records on a topic the ledger does not read, only this instance's memory would know them.
 */
@QuarkusTest
@TestProfile(OtherSettingsProfile.class)
@WithTestResource(InfraTestResource.class)
class PagesTopicTest {

    static final String TOPIC = OtherSettingsProfile.PAGES_TOPIC;

    @Inject
    IngestConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    KafkaClientSecurity security;

    private static String bootstrap() {
        return InfraTestResource.infra().kafka().bootstrapServers();
    }

    @Test
    void pageRecordsLandOnTheConfiguredTopicWhereTheLedgerFindsThem() throws Exception {
        String marker = "topic" + System.nanoTime();
        byte[] bytes = ("# 街心花园改造\n\n本报讯 " + marker + " 街心花园改造完成，新添了座椅和花坛。\n")
                .getBytes(StandardCharsets.UTF_8);
        String sha = PageParser.sha256Hex(bytes);
        drop("first-" + marker + ".txt", bytes);
        awaitFileIn(config.processed(), "first-" + marker + ".txt");

        List<ConsumerRecord<String, String>> onTopic = TopicReader.readUntil(bootstrap(), TOPIC,
                Duration.ofSeconds(30), read -> read.stream().anyMatch(r -> sha.equals(r.key())));
        ConsumerRecord<String, String> record = onTopic.stream().filter(r -> sha.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no page record on " + TOPIC));
        JsonNode page = json.readTree(record.value());
        assertEquals(sha, page.get("pageId").asText());
        List<ConsumerRecord<String, String>> onDefault = TopicReader.readUntil(bootstrap(), "news.pages",
                Duration.ofSeconds(3), read -> false);
        assertTrue(onDefault.stream().noneMatch(r -> sha.equals(r.key())), "nothing on the default topic");

        ExecutorService pool = Executors.newSingleThreadExecutor();
        KafkaPageLedger fresh = freshLedger(pool);
        try {
            Awaitility.await("a fresh ledger reads the page from " + TOPIC).atMost(Duration.ofSeconds(30))
                    .until(() -> fresh.isCaughtUp() && fresh.find(sha).isPresent());
            assertEquals("first-" + marker + ".txt", fresh.find(sha).orElseThrow().fileName());
        } finally {
            fresh.onStop(null);
            pool.shutdownNow();
        }

        drop("second-" + marker + ".txt", bytes);
        awaitFileIn(config.duplicates(), "second-" + marker + ".txt");
    }

    /** A ledger as a restarted instance has it: nothing remembered, everything read from the topic. */
    private KafkaPageLedger freshLedger(ExecutorService pool) {
        KafkaPageLedger ledger = new KafkaPageLedger(bootstrap(), config, json, security, pool);
        ledger.onStart(null);
        return ledger;
    }

    private void drop(String name, byte[] bytes) throws IOException {
        InboxDrops.drop(config.inbox(), name, bytes);
    }

    private static void awaitFileIn(Path root, String name) {
        InboxDrops.awaitFileIn(root, name);
    }
}
