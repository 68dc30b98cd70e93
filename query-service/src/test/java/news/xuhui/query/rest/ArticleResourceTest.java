package news.xuhui.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.infra.TopicReader;
import news.xuhui.infra.TopicWriter;

/** Records written to the real broker end up in the real database and come back through the API. */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class ArticleResourceTest {

    private static String bootstrap() {
        return InfraTestResource.infra().kafka().bootstrapServers();
    }

    static String event(String id, String title, String date, String paragraph) {
        String edition = date == null ? "null"
                : "{\"paper\":\"某区报\",\"date\":\"" + date + "\",\"weekday\":\"星期一\",\"lunarDate\":null,"
                        + "\"issueNumber\":3,\"totalIssueNumber\":1000,\"pageCount\":8,\"page\":2}";
        return """
                {"schemaVersion":1,"articleId":"%s","pageId":"%s","ordinal":0,
                 "sourceFile":{"name":"p.txt","sha256":"%s","sizeBytes":10,"encoding":"UTF-8"},
                 "edition":%s,"kicker":"引题","title":"%s","subtitle":null,"authors":["王小明"],"source":"区委办",
                 "continuedFromPage":null,"continuedToPage":3,"paragraphs":["%s","第二段。"],
                 "sections":[{"heading":"区长 李四","speaker":{"name":"李四","role":"区长"},"paragraphs":["发言。"]}],
                 "people":["王小明","李四"],"parserVersion":"test","parsedAt":"2024-01-01T00:00:00Z",
                 "someFutureField":"ignored by this consumer"}
                """.formatted(id, "page-" + id, "page-" + id, edition, title, paragraph);
    }

    private static void awaitArticle(String id) {
        Awaitility.await("article " + id).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().get("/api/articles/" + id).statusCode() == 200);
    }

    @Test
    void storedArticleIsServedWhole() {
        String id = "t" + UUID.randomUUID().toString().substring(0, 8) + "-00";
        TopicWriter.send(bootstrap(), "news.articles", id, event(id, "测试标题", "2024-01-01", "第一段。"));
        awaitArticle(id);

        given().get("/api/articles/" + id).then().statusCode(200)
                .contentType("application/json")
                .body("id", equalTo(id))
                .body("title", equalTo("测试标题"))
                .body("kicker", equalTo("引题"))
                .body("authors", contains("王小明"))
                .body("source", equalTo("区委办"))
                .body("continuedToPage", equalTo(3))
                .body("paragraphs", contains("第一段。", "第二段。"))
                .body("sections[0].speaker.name", equalTo("李四"))
                .body("people", contains("王小明", "李四"))
                .body("edition.date", equalTo("2024-01-01"))
                .body("edition.page", equalTo(2))
                .body("sourceFile.name", equalTo("p.txt"));
    }

    @Test
    void replayedRecordUpdatesInsteadOfDuplicating() {
        String id = "r" + UUID.randomUUID().toString().substring(0, 8) + "-00";
        TopicWriter.send(bootstrap(), "news.articles", id, event(id, "第一版标题", null, "甲。"));
        awaitArticle(id);
        long before = given().get("/api/articles?size=1").jsonPath().getLong("total");

        TopicWriter.send(bootstrap(), "news.articles", id, event(id, "更新后的标题", null, "乙。"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> "更新后的标题".equals(given().get("/api/articles/" + id).jsonPath().getString("title")));
        long after = given().get("/api/articles?size=1").jsonPath().getLong("total");
        org.junit.jupiter.api.Assertions.assertEquals(before, after, "same id, same row");
    }

    @Test
    void listIsNewestEditionFirstAndPaged() {
        String older = "o" + UUID.randomUUID().toString().substring(0, 8) + "-00";
        String newer = "n" + UUID.randomUUID().toString().substring(0, 8) + "-00";
        TopicWriter.send(bootstrap(), "news.articles", older, event(older, "旧闻", "1990-01-01", "旧。"));
        TopicWriter.send(bootstrap(), "news.articles", newer, event(newer, "新闻", "2099-12-31", "新。"));
        awaitArticle(older);
        awaitArticle(newer);

        JsonPath first = given().queryParam("size", 1).get("/api/articles").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(1)).body("items.size()", equalTo(1))
                .extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(newer, first.getString("items[0].id"));
        long total = first.getLong("total");
        org.junit.jupiter.api.Assertions.assertEquals(total, first.getLong("totalPages"));

        given().queryParam("size", 100).get("/api/articles").then().statusCode(200)
                .body("items.size()", lessThanOrEqualTo(100))
                .body("items.id", hasItem(older))
                .body("items[0]", not(hasKey("paragraphs")))
                .body("items[0]", hasKey("excerpt"));
    }

    @Test
    void unknownIdIsA404Problem() {
        given().get("/api/articles/does-not-exist").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("urn:news.xuhui:problem:article-not-found"))
                .body("detail", equalTo("no article with id 'does-not-exist'"));
    }

    @Test
    void outOfRangeParametersAre400ProblemsNamingTheParameter() {
        given().queryParam("size", 1000).get("/api/articles").then().statusCode(400)
                .contentType("application/problem+json").body("parameter", equalTo("size"));
        given().queryParam("size", 0).get("/api/articles").then().statusCode(400).body("parameter", equalTo("size"));
        given().queryParam("page", -1).get("/api/articles").then().statusCode(400).body("parameter", equalTo("page"));
        given().queryParam("page", "abc").get("/api/articles").then().statusCode(400)
                .contentType("application/problem+json").body("parameter", equalTo("page"));
    }

    @Test
    void recordThatIsNotAnArticleGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        String bad = "bad-" + UUID.randomUUID();
        TopicWriter.send(bootstrap(), "news.articles", bad, "this is not json {");
        String badSchema = "schema-" + UUID.randomUUID();
        TopicWriter.send(bootstrap(), "news.articles", badSchema, "{\"schemaVersion\":99,\"articleId\":\"x\",\"pageId\":\"y\"}");
        String good = "g" + UUID.randomUUID().toString().substring(0, 8) + "-00";
        TopicWriter.send(bootstrap(), "news.articles", good, event(good, "之后的好记录", null, "好。"));
        awaitArticle(good);

        var dlq = TopicReader.readUntil(bootstrap(), "news.articles.dlq", Duration.ofSeconds(30),
                read -> read.stream().filter(r -> bad.equals(r.key()) || badSchema.equals(r.key())).count() == 2);
        var badRecord = dlq.stream().filter(r -> bad.equals(r.key())).findFirst().orElseThrow();
        var reason = badRecord.headers().lastHeader("dead-letter-reason");
        org.junit.jupiter.api.Assertions.assertNotNull(reason, "DLQ record carries the reason");
        var schemaRecord = dlq.stream().filter(r -> badSchema.equals(r.key())).findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertTrue(new String(schemaRecord.headers().lastHeader("dead-letter-reason")
                .value()).contains("schemaVersion 99"));
    }

    @Test
    void openApiAndHealthAreServed() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/articles")).body("paths", hasKey("/api/articles/{id}"))
                .body("paths", hasKey("/api/articles/facets")).body("paths", hasKey("/api/articles/stream"))
                .body("paths", hasKey("/api/editions")).body("paths", hasKey("/api/editions/{date}"))
                .body("paths", hasKey("/api/people")).body("paths", hasKey("/api/people/{name}/articles"))
                .body("paths.'/api/articles'.get.parameters.name", hasItem("q"))
                .body("paths.'/api/articles'.get.parameters.find { it.name == 'q' }.example", equalTo("张建国 人工智能"))
                .body("paths.'/api/articles'.get.responses.'200'.content.'application/json'.examples", hasKey("search"))
                .body("paths.'/api/articles'.get.responses.'400'.content.'application/problem+json'.examples",
                        hasKey("size"))
                // database failures, documented once for every operation (StoreProblemsInOpenApi)
                .body("paths.'/api/articles'.get.responses.'503'.content.'application/problem+json'.examples",
                        allOf(hasKey("busy"), hasKey("store-unavailable")))
                .body("paths.'/api/editions'.get.responses.'503'.content.'application/problem+json'.examples",
                        hasKey("store-unavailable"))
                .body("paths.'/api/editions/{date}'.get.responses.'500'.content.'application/problem+json'.examples",
                        hasKey("store-error"));
        given().get("/q/swagger-ui/").then().statusCode(200).body(org.hamcrest.Matchers.containsString("swagger"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }
}
