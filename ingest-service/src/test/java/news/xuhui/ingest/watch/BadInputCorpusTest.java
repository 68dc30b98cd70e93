package news.xuhui.ingest.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

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

/**
 * Every kind of bad input ends with its documented outcome (README, "What happens to a file"), and the good files
 * dropped alongside all arrive.
 */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class BadInputCorpusTest {

    @Inject
    IngestConfig config;

    @Inject
    ObjectMapper json;

    private static final String ARTICLE = "# 社区图书馆延长开放时间\n\n本报讯 街道社区图书馆从下月起每晚开放到九点，方便居民下班后借阅。\n\n"
            + "图书馆还新增了两千册新书。\n";

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }

    @Test
    void eachBadInputEndsWithItsDocumentedOutcomeAndGoodFilesArrive() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        Random random = new Random(20240101);
        byte[] randomBytes = new byte[64 * 1024];
        random.nextBytes(randomBytes);
        byte[] png = new byte[4096];
        byte[] header = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13 };
        System.arraycopy(header, 0, png, 0, header.length);
        byte[] brokenUtf8 = ("# 标题\n\n正文" + run).getBytes(StandardCharsets.UTF_8);
        brokenUtf8[brokenUtf8.length / 2] = (byte) 0xff;

        // name -> expected failure reason
        Map<String, byte[]> bad = new LinkedHashMap<>();
        Map<String, Set<String>> reasons = new LinkedHashMap<>();
        bad.put("empty-" + run + ".txt", new byte[0]);
        reasons.put("empty-" + run + ".txt", Set.of("empty"));
        bad.put("blank-" + run + ".txt", " \n\t\n　\n".getBytes(StandardCharsets.UTF_8));
        reasons.put("blank-" + run + ".txt", Set.of("no-articles"));
        bad.put("image-" + run + ".png", png);
        reasons.put("image-" + run + ".png", Set.of("binary"));
        bad.put("random-" + run + ".bin", randomBytes);
        reasons.put("random-" + run + ".bin", Set.of("binary", "undecodable", "no-articles"));
        bad.put("broken-utf8-" + run + ".txt", brokenUtf8);
        reasons.put("broken-utf8-" + run + ".txt", Set.of("undecodable"));
        bad.put("one-line-" + run + ".txt", "字".repeat(5 * 1024 * 1024 / 3 + 1).getBytes(StandardCharsets.UTF_8));
        reasons.put("one-line-" + run + ".txt", Set.of("line-too-long"));

        // name -> content; every one of these must be published
        Map<String, byte[]> good = new LinkedHashMap<>();
        good.put("gbk-" + run + ".txt", (ARTICLE + run).getBytes(Charset.forName("GBK")));
        good.put("utf16-" + run + ".txt", withBom(new byte[] { (byte) 0xff, (byte) 0xfe },
                (ARTICLE + run + "u16").getBytes(StandardCharsets.UTF_16LE)));
        good.put("utf8-bom-" + run + ".txt", withBom(new byte[] { (byte) 0xef, (byte) 0xbb, (byte) 0xbf },
                (ARTICLE + run + "bom").getBytes(StandardCharsets.UTF_8)));
        good.put("name with spaces " + run + ".txt", (ARTICLE + run + "sp").getBytes(StandardCharsets.UTF_8));
        good.put("徐汇报 第一版 " + run + ".txt", (ARTICLE + run + "cn").getBytes(StandardCharsets.UTF_8));
        good.put("a..b-" + run + ".txt", (ARTICLE + run + "dots").getBytes(StandardCharsets.UTF_8));

        Path outside = Files.createTempFile("outside-the-inbox", ".txt");
        Files.writeString(outside, ARTICLE + run + "secret");
        String link = "link-" + run + ".txt";
        Files.createSymbolicLink(config.inbox().resolve(link), outside);
        reasons.put(link, Set.of("symbolic-link"));

        for (var e : bad.entrySet()) {
            InboxDrops.drop(config.inbox(), e.getKey(), e.getValue());
        }
        for (var e : good.entrySet()) {
            InboxDrops.drop(config.inbox(), e.getKey(), e.getValue());
        }

        for (var e : reasons.entrySet()) {
            Path failed = InboxDrops.awaitFileIn(config.failed(), e.getKey());
            JsonNode report = json.readTree(failed.resolveSibling(e.getKey() + ".error.json").toFile());
            assertTrue(e.getValue().contains(report.get("reason").asText()),
                    e.getKey() + ": reason " + report.get("reason") + ", expected one of " + e.getValue());
            assertTrue(report.get("message").asText().length() > 5, "a message for people");
        }
        assertTrue(Files.isSymbolicLink(InboxDrops.find(config.failed(), link)), "the link itself is moved");
        assertEquals(ARTICLE + run + "secret", Files.readString(outside), "its target is never touched");

        List<String> goodShas = new ArrayList<>();
        for (var e : good.entrySet()) {
            Path processed = InboxDrops.awaitFileIn(config.processed(), e.getKey());
            assertEquals(PageParser.sha256Hex(e.getValue()), PageParser.sha256Hex(Files.readAllBytes(processed)));
            goodShas.add(PageParser.sha256Hex(e.getValue()));
        }
        // decoded right: the published title is the Chinese one, whatever the file's encoding
        List<ConsumerRecord<String, String>> pages = TopicReader.readUntil(
                InfraTestResource.infra().kafka().bootstrapServers(), "news.articles", Duration.ofSeconds(30),
                read -> goodShas.stream().allMatch(sha -> read.stream().anyMatch(r -> r.key().startsWith(sha.substring(0, 16)))));
        for (String sha : goodShas) {
            ConsumerRecord<String, String> r = pages.stream().filter(x -> x.key().startsWith(sha.substring(0, 16)))
                    .findFirst().orElseThrow(() -> new AssertionError("no article of page " + sha));
            assertEquals("社区图书馆延长开放时间", json.readTree(r.value()).get("title").asText());
        }
    }
}
