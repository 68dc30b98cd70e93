package news.xuhui.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.infra.http.Health;
import news.xuhui.infra.TopicReader;
import news.xuhui.parser.PageParser;

/**
 * The packaged service ({@code target/quarkus-app}, production profile) against a real broker: what only the built
 * artefact can show, that it starts ready, parses, publishes what is dropped into its inbox and describes its API.
 */
@QuarkusIntegrationTest
@WithTestResource(InfraTestResource.class)
@WithTestResource(PackagedInbox.class)
class IngestServiceIT {

    @Test
    void becomesReadyWithTheBrokerAndTheInbox() {
        // readiness waits for the page ledger to have been read
        Health.assertBecomesReady();
    }

    @Test
    void parsesASeedPage() throws IOException {
        Path seed;
        try (var files = Files.list(Path.of("..", "seeds"))) {
            seed = files.sorted().findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(seed);
        given().body(bytes).contentType("application/octet-stream").queryParam("filename", "seed.txt")
                .post("/api/parse").then().statusCode(200)
                .body("sourceFile.sha256", equalTo(PageParser.sha256Hex(bytes)))
                .body("articles.size()", greaterThan(0));
    }

    @Test
    void publishesAPageDroppedIntoItsInbox() throws IOException {
        String name = "it-" + UUID.randomUUID() + ".txt";
        byte[] page = ("# 街道新建口袋公园\n\n本报讯 " + name + " 新建的口袋公园昨天向居民开放。\n\n公园里有健身步道和儿童游乐区。\n")
                .getBytes(StandardCharsets.UTF_8);
        String sha = PageParser.sha256Hex(page);
        Path tmp = PackagedInbox.inbox().resolve("." + name + ".part");
        Files.write(tmp, page);
        Files.move(tmp, PackagedInbox.inbox().resolve(name));

        List<ConsumerRecord<String, String>> pages = TopicReader.readUntil(
                InfraTestResource.infra().kafka().bootstrapServers(), "news.pages", Duration.ofSeconds(60),
                read -> read.stream().anyMatch(r -> sha.equals(r.key())));
        JsonNode record = new ObjectMapper().readTree(pages.stream().filter(r -> sha.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no page record for " + name)).value());
        assertEquals(name, record.path("sourceFile").path("name").asText());
        assertEquals(1, record.path("articleIds").size(), "the page's one article");
    }

    @Test
    void servesItsOpenApiDocument() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/parse"));
    }
}
