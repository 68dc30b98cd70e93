package news.xuhui.query.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.infra.PostgresServer;
import news.xuhui.infra.TopicReader;
import news.xuhui.infra.TopicWriter;

/** The real database goes away while articles arrive: the consumer waits, then stores every one, none dead-lettered. */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class DatabaseOutageTest {

    private static String event(String id) {
        return """
                {"schemaVersion":1,"articleId":"%s","pageId":"p-%s","ordinal":0,"sourceFile":null,"edition":null,
                 "kicker":null,"title":"停库期间到达的稿件","subtitle":null,"authors":[],"source":null,
                 "continuedFromPage":null,"continuedToPage":null,"paragraphs":["正文。"],"sections":[],"people":[],
                 "parserVersion":"test","parsedAt":"2024-01-01T00:00:00Z"}
                """.formatted(id, id);
    }

    @Test
    void consumerWaitsForTheDatabaseAndLosesNothing() throws InterruptedException {
        String bootstrap = InfraTestResource.infra().kafka().bootstrapServers();
        PostgresServer postgres = InfraTestResource.infra().postgres();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add("o" + UUID.randomUUID().toString().substring(0, 12) + "-" + String.format("%02d", i));
        }
        postgres.stop();
        try {
            for (String id : ids) {
                TopicWriter.send(bootstrap, "news.articles", id, event(id));
            }
            Thread.sleep(3000); // the consumer meets the outage
        } finally {
            postgres.restart();
        }

        Awaitility.await("all articles stored after the outage").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> ids.stream().allMatch(id -> given().get("/api/articles/" + id).statusCode() == 200));

        var dlq = TopicReader.readUntil(bootstrap, "news.articles.dlq", Duration.ofSeconds(3), read -> false);
        assertEquals(0, dlq.stream().filter(r -> ids.contains(r.key())).count(), "nothing dead-lettered for an outage");
    }
}
