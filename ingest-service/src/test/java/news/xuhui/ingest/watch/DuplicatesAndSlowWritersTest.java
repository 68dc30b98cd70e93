package news.xuhui.ingest.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.infra.TopicReader;
import news.xuhui.ingest.config.IngestConfig;
import news.xuhui.parser.PageParser;

@QuarkusTest
@WithTestResource(InfraTestResource.class)
class DuplicatesAndSlowWritersTest {

    @Inject
    IngestConfig config;

    @Inject
    ObjectMapper json;

    private static String bootstrap() {
        return InfraTestResource.infra().kafka().bootstrapServers();
    }

    private static String page(String marker) {
        return "# 老小区加装电梯\n\n本报讯 " + marker + " 街道今年为十二个老小区加装电梯，居民上下楼方便多了。\n\n下一步还将继续推进。\n";
    }

    @Test
    void samePageUnderTwoNamesIsPublishedOnce() throws Exception {
        String marker = "dup" + System.nanoTime();
        byte[] bytes = page(marker).getBytes(StandardCharsets.UTF_8);
        String sha = PageParser.sha256Hex(bytes);
        InboxDrops.drop(config.inbox(), "first-" + marker + ".txt", bytes);
        InboxDrops.awaitFileIn(config.processed(), "first-" + marker + ".txt");
        InboxDrops.drop(config.inbox(), "second-" + marker + ".txt", bytes);

        Path dup = InboxDrops.awaitFileIn(config.duplicates(), "second-" + marker + ".txt");
        JsonNode report = json.readTree(dup.resolveSibling(dup.getFileName() + ".duplicate.json").toFile());
        assertEquals("first-" + marker + ".txt", report.get("duplicateOf").asText());
        assertEquals(sha, report.get("sha256").asText());

        List<ConsumerRecord<String, String>> pages = TopicReader.readUntil(bootstrap(), "news.pages",
                Duration.ofSeconds(5), read -> false);
        assertEquals(1, pages.stream().filter(r -> sha.equals(r.key())).count(), "one page record");
        List<ConsumerRecord<String, String>> articles = TopicReader.readUntil(bootstrap(), "news.articles",
                Duration.ofSeconds(5), read -> false);
        assertEquals(1, articles.stream().filter(r -> r.key().startsWith(sha.substring(0, 16))).count(),
                "one set of articles");
    }

    @Test
    void fileWrittenSlowlyInChunksIsTakenOnlyWhenComplete() throws Exception {
        String marker = "slow" + System.nanoTime();
        String name = "slow-" + marker + ".txt";
        StringBuilder full = new StringBuilder("# 慢慢写完的稿件\n\n");
        Path file = config.inbox().resolve(name);
        // written in place, under its final name, in 30 chunks over about 3 s: each pause is shorter than the
        // readiness window, so the file must not be taken before the last chunk
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
            out.write(full.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            for (int i = 0; i < 30; i++) {
                String chunk = "第" + i + "段：" + marker + "，这是逐段写入的正文。\n\n";
                full.append(chunk);
                out.write(chunk.getBytes(StandardCharsets.UTF_8));
                out.flush();
                Thread.sleep(config.stableFor().toMillis() / 4);
                assertTrue(Files.exists(file), "taken while still being written (after chunk " + i + ")");
            }
        }
        byte[] bytes = full.toString().getBytes(StandardCharsets.UTF_8);
        Path processed = InboxDrops.awaitFileIn(config.processed(), name);
        assertEquals(PageParser.sha256Hex(bytes), PageParser.sha256Hex(Files.readAllBytes(processed)));

        List<ConsumerRecord<String, String>> pages = TopicReader.readUntil(bootstrap(), "news.pages",
                Duration.ofSeconds(5), read -> false);
        List<JsonNode> mine = pages.stream().map(r -> {
            try {
                return json.readTree(r.value());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).filter(v -> name.equals(v.get("sourceFile").get("name").asText())).toList();
        assertEquals(1, mine.size(), "published once");
        assertEquals(PageParser.sha256Hex(bytes), mine.get(0).get("pageId").asText(), "and whole");
        assertFalse(Files.exists(file));
    }
}
