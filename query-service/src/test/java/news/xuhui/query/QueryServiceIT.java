package news.xuhui.query;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.infra.http.Health;
import news.xuhui.infra.TopicWriter;

/**
 * The packaged service ({@code target/quarkus-app}, production profile) against a real broker and a real database:
 * what only the built artefact can show, that it migrates its schema and starts ready, stores what is published and
 * serves it, and answers a bad request with a problem.
 */
@QuarkusIntegrationTest
@WithTestResource(InfraTestResource.class)
class QueryServiceIT {

    @Test
    void becomesReadyWithTheBrokerAndTheDatabase() {
        // readiness waits for the consumers to have joined
        Health.assertBecomesReady();
    }

    @Test
    void aPublishedArticleBecomesQueryableById() {
        // a record as the ingest-service writes it, valid against the schema
        String pageSha = HexFormat.of().formatHex(
                sha256(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)));
        String id = pageSha.substring(0, 16) + "-00";
        TopicWriter.send(InfraTestResource.infra().kafka().bootstrapServers(), "news.articles", id, """
                {"schemaVersion":1,"articleId":"%s","pageId":"%s","ordinal":0,
                 "sourceFile":{"name":"it.txt","sha256":"%s","sizeBytes":10,"encoding":"UTF-8"},
                 "edition":null,"kicker":null,"title":"打包后的服务","subtitle":null,"authors":[],"source":null,
                 "continuedFromPage":null,"continuedToPage":null,"paragraphs":["第一段。"],"sections":[],
                 "people":[],"parserVersion":"it","parsedAt":"2024-01-01T00:00:00Z"}
                """.formatted(id, pageSha, pageSha));

        Awaitility.await("article " + id).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/api/articles/" + id).statusCode() == 200);
        given().get("/api/articles/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("title", equalTo("打包后的服务"))
                .body("sourceFile.name", equalTo("it.txt"));
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBadParameterIsAProblemNamingIt() {
        given().queryParam("size", 1000).get("/api/articles").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("parameter", equalTo("size"));
    }
}
