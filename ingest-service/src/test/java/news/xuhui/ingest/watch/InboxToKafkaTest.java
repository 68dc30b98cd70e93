package news.xuhui.ingest.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.infra.TopicReader;
import news.xuhui.ingest.config.IngestConfig;
import news.xuhui.parser.PageParser;
import news.xuhui.ingest.page.ArticleIds;

/** The real pipeline on a real broker: a file dropped into the inbox ends as acknowledged records and moves on. */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class InboxToKafkaTest {

    @Inject
    IngestConfig config;

    @Inject
    ObjectMapper json;

    @Test
    void droppedPageIsPublishedKeyedAndMovedToProcessed() throws Exception {
        Path seed = firstSeed();
        byte[] bytes = Files.readAllBytes(seed);
        String sha = PageParser.sha256Hex(bytes);
        String name = "drop-" + System.nanoTime() + ".txt";
        int expectedArticles = new PageParser().parse(bytes, name).articles().size();
        assertTrue(expectedArticles > 0);

        dropAtomically(name, bytes);

        Path processed = awaitFileIn(config.processed(), name);
        assertFalse(Files.exists(config.inbox().resolve(name)));
        assertEquals(sha, PageParser.sha256Hex(Files.readAllBytes(processed)), "moved unchanged");

        String bootstrap = InfraTestResource.infra().kafka().bootstrapServers();
        Set<String> wanted = new HashSet<>();
        for (int i = 0; i < expectedArticles; i++) {
            wanted.add(ArticleIds.of(sha, i));
        }
        List<ConsumerRecord<String, String>> articles = TopicReader.readUntil(bootstrap, "news.articles",
                Duration.ofSeconds(30), read -> keys(read).containsAll(wanted));
        List<ConsumerRecord<String, String>> mine = articles.stream().filter(r -> wanted.contains(r.key())).toList();
        assertEquals(wanted, keys(mine), "one record per article, keyed by article id");

        ConsumerRecord<String, String> first = mine.stream()
                .filter(r -> r.key().equals(ArticleIds.of(sha, 0))).findFirst().orElseThrow();
        JsonNode value = json.readTree(first.value());
        assertEquals(1, value.get("schemaVersion").asInt());
        assertEquals(sha, value.get("pageId").asText());
        assertEquals(name, value.get("sourceFile").get("name").asText());
        assertTrue(value.get("paragraphs").isArray());
        assertEquals("1.0", header(first, "ce_specversion"));
        assertEquals("news.xuhui.article.v1", header(first, "ce_type"));
        assertNotNull(header(first, "ce_id"));

        List<ConsumerRecord<String, String>> pages = TopicReader.readUntil(bootstrap, "news.pages",
                Duration.ofSeconds(30), read -> keys(read).contains(sha));
        ConsumerRecord<String, String> page = pages.stream().filter(r -> sha.equals(r.key())).findFirst().orElseThrow();
        JsonNode pageValue = json.readTree(page.value());
        assertEquals(expectedArticles, pageValue.get("articleIds").size());
        assertEquals("news.xuhui.page.v1", header(page, "ce_type"));
    }

    @Test
    void oversizedFileGoesToFailedWithAReportAndDoesNotBlockOthers() throws IOException {
        String big = "big-" + System.nanoTime() + ".txt";
        String good = "good-" + System.nanoTime() + ".txt";
        writeLargeFile(big, config.maxFileBytes() + 1);
        dropAtomically(good, "# 好标题\n\n这是一段完整的正文。\n".getBytes(StandardCharsets.UTF_8));

        Path failed = awaitFileIn(config.failed(), big);
        Path report = failed.resolveSibling(big + ".error.json");
        assertTrue(Files.exists(report), "error report beside the file");
        JsonNode error = json.readTree(report.toFile());
        assertEquals("read", error.get("stage").asText());
        assertEquals("too-large", error.get("reason").asText());
        assertEquals(big, error.get("file").asText());
        assertTrue(error.get("message").asText().contains("ingest.max-file-bytes"));
        assertNotNull(error.get("parserVersion").asText());

        awaitFileIn(config.processed(), good);
    }

    @Test
    void partialAndHiddenFilesAreLeftAlone() throws IOException, InterruptedException {
        Path part = Files.writeString(config.inbox().resolve("copying-" + System.nanoTime() + ".txt.part"), "半");
        Path hidden = Files.writeString(config.inbox().resolve(".hidden-" + System.nanoTime() + ".txt"), "藏");
        String marker = "marker-" + System.nanoTime() + ".txt";
        dropAtomically(marker, "# 标记\n\n正文。\n".getBytes(StandardCharsets.UTF_8));
        awaitFileIn(config.processed(), marker); // the watcher has scanned past them by now
        assertTrue(Files.exists(part));
        assertTrue(Files.exists(hidden));
        Files.delete(part);
        Files.delete(hidden);
    }

    /** A file of ordinary short lines, just over {@code size} bytes, written without holding it in memory. */
    private void writeLargeFile(String name, long size) throws IOException {
        Path tmp = config.inbox().resolve("." + name + ".tmp");
        byte[] line = "这是一行正文。\n".getBytes(StandardCharsets.UTF_8);
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            for (long written = 0; written < size; written += line.length) {
                out.write(line);
            }
        }
        Files.move(tmp, config.inbox().resolve(name));
    }

    private void dropAtomically(String name, byte[] bytes) throws IOException {
        InboxDrops.drop(config.inbox(), name, bytes);
    }

    private static Path awaitFileIn(Path root, String name) {
        return InboxDrops.awaitFileIn(root, name);
    }

    private static Path firstSeed() throws IOException {
        try (var files = Files.list(Path.of("..", "seeds"))) {
            return files.sorted().findFirst().orElseThrow();
        }
    }

    private static Set<String> keys(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
