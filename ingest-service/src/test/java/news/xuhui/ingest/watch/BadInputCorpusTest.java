package news.xuhui.ingest.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.infra.TopicReader;
import news.xuhui.ingest.config.IngestConfig;
import news.xuhui.ingest.page.FailureReason;
import news.xuhui.parser.PageParser;

/**
 * Every kind of bad input ends in failed/ with its own documented reason (README, "What happens to a file"), and
 * pages in every supported encoding and under awkward names arrive. One case per invocation.
 */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class BadInputCorpusTest {

    private static final String RUN = Long.toString(System.nanoTime(), 36);
    private static final String ARTICLE = "# 社区图书馆延长开放时间\n\n本报讯 街道社区图书馆从下月起每晚开放到九点，方便居民下班后借阅。\n\n"
            + "图书馆还新增了两千册新书。\n";

    @Inject
    IngestConfig config;

    @Inject
    ObjectMapper json;

    static Stream<Arguments> badInputs() {
        byte[] randomBytes = new byte[64 * 1024];
        new Random(20240101).nextBytes(randomBytes);
        byte[] png = new byte[4096];
        byte[] header = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13 };
        System.arraycopy(header, 0, png, 0, header.length);
        byte[] brokenUtf8 = ("# 标题\n\n正文" + RUN).getBytes(StandardCharsets.UTF_8);
        brokenUtf8[brokenUtf8.length / 2] = (byte) 0xff;
        return Stream.of(
                Arguments.of("empty file", "empty.txt", new byte[0], "empty"),
                Arguments.of("only white space", "blank.txt", " \n\t\n　\n".getBytes(StandardCharsets.UTF_8),
                        "no-articles"),
                Arguments.of("an image", "image.png", png, "binary"),
                Arguments.of("random bytes", "random.bin", randomBytes, "undecodable"),
                Arguments.of("broken UTF-8", "broken-utf8.txt", brokenUtf8, "undecodable"),
                Arguments.of("one 5 MiB line", "one-line.txt",
                        "字".repeat(5 * 1024 * 1024 / 3 + 1).getBytes(StandardCharsets.UTF_8), "line-too-long"));
    }

    @ParameterizedTest(name = "{0} fails as {3}")
    @MethodSource("badInputs")
    void badInputFailsWithItsOwnReason(String kind, String file, byte[] content, String reason) throws Exception {
        String name = RUN + "-" + file;
        InboxDrops.drop(config.inbox(), name, content);

        Path failed = InboxDrops.awaitFileIn(config.failed(), name);
        JsonNode report = json.readTree(failed.resolveSibling(name + ".error.json").toFile());
        assertEquals(reason, report.get("reason").asText(), kind);
        assertTrue(report.get("message").asText().length() > 5, "a message for people: " + report);
        // the feeding app words every reason it knows: a reason the code produces must be among them
        assertTrue(FailureReason.of(reason).isPresent(), "FailureReason lacks " + reason);
    }

    @Test
    void symbolicLinkFailsAsSymbolicLinkAndItsTargetIsNeverTouched() throws Exception {
        Path outside = Files.createTempFile("outside-the-inbox", ".txt");
        Files.writeString(outside, ARTICLE + RUN + "secret");
        String link = "link-" + RUN + ".txt";
        Files.createSymbolicLink(config.inbox().resolve(link), outside);

        Path failed = InboxDrops.awaitFileIn(config.failed(), link);
        JsonNode report = json.readTree(failed.resolveSibling(link + ".error.json").toFile());
        assertEquals("symbolic-link", report.get("reason").asText());
        assertTrue(Files.isSymbolicLink(failed), "the link itself is moved");
        assertEquals(ARTICLE + RUN + "secret", Files.readString(outside), "its target is never touched");
    }

    static Stream<Arguments> goodInputs() {
        return Stream.of(
                Arguments.of("GBK", "gbk.txt", (ARTICLE + RUN).getBytes(Charset.forName("GBK"))),
                Arguments.of("UTF-16 with BOM", "utf16.txt", withBom(new byte[] { (byte) 0xff, (byte) 0xfe },
                        (ARTICLE + RUN + "u16").getBytes(StandardCharsets.UTF_16LE))),
                Arguments.of("UTF-8 with BOM", "utf8-bom.txt", withBom(new byte[] { (byte) 0xef, (byte) 0xbb,
                        (byte) 0xbf }, (ARTICLE + RUN + "bom").getBytes(StandardCharsets.UTF_8))),
                Arguments.of("a name with spaces", "name with spaces.txt",
                        (ARTICLE + RUN + "sp").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a Chinese name", "徐汇报 第一版.txt", (ARTICLE + RUN + "cn").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("two dots in the name", "a..b.txt",
                        (ARTICLE + RUN + "dots").getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0} is published with its Chinese title")
    @MethodSource("goodInputs")
    void goodInputIsPublishedDecodedRight(String kind, String file, byte[] content) throws Exception {
        String name = RUN + "-" + file;
        InboxDrops.drop(config.inbox(), name, content);

        Path processed = InboxDrops.awaitFileIn(config.processed(), name);
        String sha = PageParser.sha256Hex(content);
        assertEquals(sha, PageParser.sha256Hex(Files.readAllBytes(processed)), "moved unchanged");
        String prefix = sha.substring(0, 16);
        List<ConsumerRecord<String, String>> articles = TopicReader.readUntil(
                InfraTestResource.infra().kafka().bootstrapServers(), "news.articles", Duration.ofSeconds(30),
                read -> read.stream().anyMatch(r -> r.key().startsWith(prefix)));
        ConsumerRecord<String, String> article = articles.stream().filter(r -> r.key().startsWith(prefix))
                .findFirst().orElseThrow(() -> new AssertionError("no article of page " + sha));
        assertEquals("社区图书馆延长开放时间", json.readTree(article.value()).get("title").asText(), kind);
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }
}
