package news.xuhui.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;


/**
 * The whole system as deploy/local/run.sh runs it: a real Kafka broker process, a real PostgreSQL server, both
 * packaged services as their own processes; pages go in through the inbox folder and come out of the REST API.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineIT extends EndToEndTest {

    @BeforeAll
    static void startSystem() throws IOException {
        startInfrastructure("e2e");
        query = start("query-service", Map.of());
        // a rescan far beyond the tests' waits: pages must be picked up through file-system events
        ingest = start("ingest-service", Map.of("INGEST_RESCAN_INTERVAL", "120s"));
    }

    static List<String> expectedIds(Path page) throws IOException {
        return Pages.expectedIds(ingest.baseUri(), Files.readAllBytes(page));
    }

    static void drop(Path source, String name) throws IOException {
        Path tmp = inbox.resolve("." + name + ".part");
        Files.copy(source, tmp);
        Files.move(tmp, inbox.resolve(name));
    }

    @Test
    @Order(1)
    void seedPagesTravelFromTheInboxToTheRestApi() throws IOException {
        List<Path> seeds;
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("project.root", "../../..")).resolve("seeds"))) {
            seeds = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertFalse(seeds.isEmpty());
        Map<String, String> idToFile = new HashMap<>();
        for (Path seed : seeds) {
            for (String id : expectedIds(seed)) {
                idToFile.put(id, seed.getFileName().toString());
            }
            drop(seed, seed.getFileName().toString());
        }

        Awaitility.await("every seed article queryable").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> idToFile.keySet().stream()
                        .allMatch(id -> given().baseUri(query.baseUri()).get("/api/articles/" + id).statusCode() == 200));

        for (var e : idToFile.entrySet()) {
            given().baseUri(query.baseUri()).get("/api/articles/" + e.getKey()).then().statusCode(200)
                    .body("sourceFile.name", equalTo(e.getValue()));
        }
        int total = given().baseUri(query.baseUri()).queryParam("size", 100).get("/api/articles").then()
                .statusCode(200).extract().jsonPath().getInt("total");
        assertTrue(total >= idToFile.size(), "listing counts " + total + " of " + idToFile.size());

        try (Stream<Path> left = Files.list(inbox)) {
            assertEquals(List.of(), left.filter(Files::isRegularFile).toList(), "every page left the inbox");
        }
    }

    /** Runs after the seeds, so that it sees the running system, not its first start. */
    @Test
    @Order(2)
    void anotherPageDroppedLaterIsQueryableWithinSeconds() throws IOException {
        Path page = work.resolve("later.txt");
        Files.writeString(page, "# 街道新建社区食堂\n\n本报讯 新建的社区食堂昨天开门迎客，居民在家门口就能吃上热饭。\n\n食堂每天供应早餐和午餐。\n",
                StandardCharsets.UTF_8);
        String id = expectedIds(page).get(0);
        long start = System.nanoTime();
        drop(page, "later-" + System.nanoTime() + ".txt");
        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20))
                .until(() -> given().baseUri(query.baseUri()).get("/api/articles/" + id).statusCode() == 200);
        System.out.printf("drop-to-queryable: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        given().baseUri(query.baseUri()).get("/api/articles/" + id).then()
                .body("paragraphs[0]", org.hamcrest.Matchers.containsString("社区食堂"));
    }
}
