package news.xuhui.query.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.infra.TopicReader;
import news.xuhui.infra.TopicWriter;

/**
 * A tombstone (a null value under an article's key on news.articles, as a re-parse publishes for an article its page
 * no longer has) deletes the article: its row, its search row and its people rows; it is not dead-lettered.
 */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class ArticleTombstoneTest {

    @Inject
    DataSource dataSource;

    private static String bootstrap() {
        return InfraTestResource.infra().kafka().bootstrapServers();
    }

    private static String event(String id, String marker, String person) {
        return """
                {"schemaVersion":1,"articleId":"%s","pageId":"page-%s","ordinal":1,
                 "sourceFile":{"name":"p.txt","sha256":"page-%s","sizeBytes":10,"encoding":"UTF-8"},
                 "edition":null,"kicker":null,"title":"将被撤回的文章 %s","subtitle":null,"authors":[],"source":null,
                 "continuedFromPage":null,"continuedToPage":null,"paragraphs":["%s 正文。"],"sections":[],
                 "people":["%s"],"parserVersion":"0.9.0","parsedAt":"2024-01-01T00:00:00Z"}
                """.formatted(id, id, id, marker, marker, person);
    }

    private long rows(String table, String column, String id) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select count(*) from " + table + " where " + column + " = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aTombstoneDeletesTheArticleAndEverythingKeyedOnIt() throws SQLException {
        String id = "d" + UUID.randomUUID().toString().substring(0, 8) + "-01";
        String marker = "撤回" + UUID.randomUUID().toString().substring(0, 6);
        String person = "冯" + (char) ('一' + Math.floorMod(id.hashCode(), 2000)) + "撤";
        TopicWriter.send(bootstrap(), "news.articles", id, event(id, marker, person));
        Awaitility.await("article stored").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().get("/api/articles/" + id).statusCode() == 200);
        assertEquals(1, rows("article_search", "id", id));
        assertEquals(1, rows("article_person", "article_id", id));
        given().queryParam("q", marker).get("/api/articles").then().statusCode(200).body("items.id", hasItem(id));

        TopicWriter.send(bootstrap(), "news.articles", id, null);
        // a record behind it proves that consumption went on past the tombstone
        String after = "a" + UUID.randomUUID().toString().substring(0, 8) + "-00";
        TopicWriter.send(bootstrap(), "news.articles", after, event(after, "之后" + marker, "后来人"));
        Awaitility.await("article deleted").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().get("/api/articles/" + id).statusCode() == 404);
        Awaitility.await("the next record stored").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().get("/api/articles/" + after).statusCode() == 200);

        given().get("/api/articles/" + id).then().statusCode(404).contentType("application/problem+json");
        assertEquals(0, rows("article", "id", id));
        assertEquals(0, rows("article_search", "id", id));
        assertEquals(0, rows("article_person", "article_id", id));
        given().queryParam("q", marker).get("/api/articles").then().statusCode(200).body("items.id", not(hasItem(id)));
        given().queryParam("q", marker).get("/api/articles/facets").then().statusCode(200)
                .body("people.value", not(hasItem(person)));

        // replayed, or for an article never stored: harmless, and not dead-lettered either
        TopicWriter.send(bootstrap(), "news.articles", id, null);
        var dlq = TopicReader.readUntil(bootstrap(), "news.articles.dlq", Duration.ofSeconds(3), r -> false);
        assertTrue(dlq.stream().noneMatch(r -> id.equals(r.key())), "a tombstone is not a bad record");
        given().get("/api/articles/" + after).then().statusCode(200).body("id", equalTo(after));
    }
}
