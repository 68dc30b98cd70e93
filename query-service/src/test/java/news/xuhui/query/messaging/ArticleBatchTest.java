package news.xuhui.query.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.infra.TopicReader;

/**
 * A batch of article events is stored in one transaction, and a record in it that can never be stored is
 * dead-lettered alone: the rest of its batch is stored. The batch is handed to the consumer as the connector hands it
 * over, so that every record is in it for sure; what it writes goes to the real database and the real broker.
 */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class ArticleBatchTest {

    static final String TOPIC = "news.articles";

    @Inject
    ArticleConsumer consumer;

    private final ArticleEventDeserializer deserializer = new ArticleEventDeserializer();
    private long offset;

    private static String bootstrap() {
        return InfraTestResource.infra().kafka().bootstrapServers();
    }

    private static String event(String id, String title) {
        return """
                {"schemaVersion":1,"articleId":"%s","pageId":"page-%s","ordinal":1,
                 "sourceFile":{"name":"p.txt","sha256":"page-%s","sizeBytes":10,"encoding":"UTF-8"},
                 "edition":null,"kicker":null,"title":"%s","subtitle":null,"authors":[],"source":null,
                 "continuedFromPage":null,"continuedToPage":null,"paragraphs":["正文。"],"sections":[],
                 "people":[],"parserVersion":"0.9.0","parsedAt":"2024-01-01T00:00:00Z"}
                """.formatted(id, id, id, title);
    }

    private ConsumerRecord<String, ArticleEvent> record(String key, String json) {
        ArticleEvent value = deserializer.deserialize(TOPIC, json.getBytes(StandardCharsets.UTF_8));
        return new ConsumerRecord<>(TOPIC, 0, offset++, key, value);
    }

    private static String id(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8) + "-00";
    }

    @Test
    void aRecordTheDatabaseRefusesIsDeadLetteredAloneAndTheRestOfItsBatchIsStored() {
        List<ConsumerRecord<String, ArticleEvent>> batch = new ArrayList<>();
        List<String> good = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            good.add(id("g"));
        }
        // PostgreSQL stores no NUL character in text: valid JSON, a valid event, and still never storable
        String refused = id("r");
        for (int i = 0; i < good.size(); i++) {
            batch.add(record(good.get(i), event(good.get(i), "好记录" + i)));
            if (i == 3) {
                batch.add(record(refused, event(refused, "坏\\u0000记录")));
            }
        }
        consumer.consume(new ConsumerRecords<>(Map.of(new TopicPartition(TOPIC, 0), batch), Map.of()));

        for (String id : good) {
            given().get("/api/articles/" + id).then().statusCode(200);
        }
        given().get("/api/articles/" + refused).then().statusCode(404);
        var dlq = TopicReader.readUntil(bootstrap(), "news.articles.dlq", Duration.ofSeconds(30),
                read -> read.stream().anyMatch(r -> refused.equals(r.key())));
        var letter = dlq.stream().filter(r -> refused.equals(r.key())).findFirst().orElseThrow();
        String reason = new String(letter.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
        assertTrue(reason.startsWith("the database refused the article"), reason);
        assertEquals(TOPIC, new String(letter.headers().lastHeader("dead-letter-topic").value(), StandardCharsets.UTF_8));
        assertTrue(letter.value().contains(refused), "the dead letter keeps the event");
        assertTrue(dlq.stream().noneMatch(r -> good.contains(r.key())), "no good record is dead-lettered");
    }

    @Test
    void theLastEventForAnArticleInABatchCountsAndAnInvalidOneIsSetAside() {
        String id = id("l");
        String other = id("o");
        String invalid = id("v");
        List<ConsumerRecord<String, ArticleEvent>> batch = List.of(
                record(id, event(id, "第一版标题")),
                record(invalid, "{\"schemaVersion\":99,\"articleId\":\"" + invalid + "\",\"pageId\":\"p\"}"),
                record(other, event(other, "另一篇")),
                record(id, event(id, "最后的标题")));
        consumer.consume(new ConsumerRecords<>(Map.of(new TopicPartition(TOPIC, 1), batch), Map.of()));

        given().get("/api/articles/" + id).then().statusCode(200).body("title", equalTo("最后的标题"));
        given().get("/api/articles/" + other).then().statusCode(200);
        var dlq = TopicReader.readUntil(bootstrap(), "news.articles.dlq", Duration.ofSeconds(30),
                read -> read.stream().anyMatch(r -> invalid.equals(r.key())));
        var letter = dlq.stream().filter(r -> invalid.equals(r.key())).findFirst().orElseThrow();
        assertTrue(new String(letter.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8)
                .contains("schemaVersion 99"));
    }
}
