package news.xuhui.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.infra.TopicWriter;

/** Editions (with page records from news.pages), continuation links, and people, over the real pipeline. */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
public class EditionAndPeopleResourceTest {

    private static String bootstrap() {
        return InfraTestResource.infra().kafka().bootstrapServers();
    }

    public static ObjectNode article(String id, String paper, String date, int page, int ordinal, String title,
            Integer from, Integer to, String... people) {
        ObjectNode e = GoldSeeds.JSON.createObjectNode();
        e.put("schemaVersion", 1).put("articleId", id).put("pageId", "page-" + paper + "-" + page)
                .put("ordinal", ordinal);
        e.putObject("sourceFile").put("name", "p" + page + ".txt").put("sha256", "page-" + paper + "-" + page)
                .put("sizeBytes", 10).put("encoding", "UTF-8");
        e.putObject("edition").put("paper", paper).put("date", date).put("weekday", "星期一").putNull("lunarDate")
                .put("issueNumber", 1).put("totalIssueNumber", 1759).put("pageCount", 16).put("page", page);
        e.putNull("kicker");
        e.put("title", title);
        e.putNull("subtitle");
        e.set("authors", GoldSeeds.array());
        e.put("source", "区委办");
        if (from == null) {
            e.putNull("continuedFromPage");
        } else {
            e.put("continuedFromPage", from);
        }
        if (to == null) {
            e.putNull("continuedToPage");
        } else {
            e.put("continuedToPage", to);
        }
        e.set("paragraphs", GoldSeeds.array(title + "的正文。"));
        e.putArray("sections");
        e.set("people", GoldSeeds.array(people));
        e.put("parserVersion", "test").put("parsedAt", "2024-01-01T00:00:00Z");
        return e;
    }

    public static void send(ObjectNode e) {
        TopicWriter.send(bootstrap(), "news.articles", e.get("articleId").asText(), e.toString());
    }

    /** The page record (news.pages) of page 1 of the paper's edition: its one article and one teaser. */
    public static void sendFrontPage(String paper, String date, String articleId, String teaser, String seePages) {
        ObjectNode pageRecord = GoldSeeds.JSON.createObjectNode();
        pageRecord.put("schemaVersion", 1).put("pageId", "page-" + paper + "-1");
        pageRecord.putObject("sourceFile").put("name", "p1.txt").put("sha256", "page-" + paper + "-1")
                .put("sizeBytes", 10).put("encoding", "UTF-8");
        pageRecord.set("edition", article(articleId, paper, date, 1, 0, "x", null, null).get("edition"));
        pageRecord.putArray("teasers").addObject().put("title", teaser).put("seePages", seePages);
        pageRecord.set("articleIds", GoldSeeds.array(articleId));
        pageRecord.put("parserVersion", "test").put("parsedAt", "2024-01-01T00:00:00Z");
        TopicWriter.send(bootstrap(), "news.pages", "page-" + paper + "-1", pageRecord.toString());
    }

    public static void awaitArticle(String id) {
        Awaitility.await("article " + id).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> given().get("/api/articles/" + id).statusCode() == 200);
    }

    public static String uid() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void continuationLinksResolveWhicheverPageArrivesFirst() {
        String paper = "链接报" + uid();
        String front = "f" + uid() + "-00";
        String inside = "i" + uid() + "-01";
        send(article(front, paper, "2024-05-06", 1, 0, "头版文章", null, 2));
        awaitArticle(front);
        given().get("/api/articles/" + front).then().statusCode(200).body("continuesTo", nullValue());

        send(article(inside, paper, "2024-05-06", 2, 1, null, 1, null));
        awaitArticle(inside);
        given().get("/api/articles/" + front).then().body("continuesTo.id", equalTo(inside))
                .body("continuesTo.page", equalTo(2)).body("continuesTo.href", equalTo("/api/articles/" + inside));
        given().get("/api/articles/" + inside).then().body("continuesFrom.id", equalTo(front))
                .body("continuesTo", nullValue());

        // the other order: the continuation first
        String laterInside = "j" + uid() + "-00";
        String laterFront = "g" + uid() + "-00";
        send(article(laterInside, paper, "2024-05-13", 3, 0, "第二篇", 1, null));
        awaitArticle(laterInside);
        given().get("/api/articles/" + laterInside).then().body("continuesFrom", nullValue());
        send(article(laterFront, paper, "2024-05-13", 1, 0, "第二篇", null, 3));
        awaitArticle(laterFront);
        given().get("/api/articles/" + laterInside).then().body("continuesFrom.id", equalTo(laterFront));
        given().get("/api/articles/" + laterFront).then().body("continuesTo.id", equalTo(laterInside));
    }

    @Test
    void editionsListPagesAndTheirTeasersAndArticles() {
        String paper = "版面报" + uid();
        String a1 = "a" + uid() + "-00";
        String a8 = "b" + uid() + "-00";
        send(article(a1, paper, "2023-07-03", 1, 0, "头条新闻", null, null, "张三"));
        send(article(a8, paper, "2023-07-03", 8, 0, "党的二十届三中全会精神引发热烈反响", null, null));
        sendFrontPage(paper, "2023-07-03", a1, "党的二十届三中全会精神引发热烈反响", "8-9");
        awaitArticle(a1);
        awaitArticle(a8);
        Awaitility.await("page record").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().queryParam("paper", paper).get("/api/editions").jsonPath()
                        .getInt("items[0].teaserCount") == 1);

        given().queryParam("paper", paper).get("/api/editions").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].date", equalTo("2023-07-03"))
                .body("items[0].pages", contains(1, 8))
                .body("items[0].articleCount", equalTo(2))
                .body("items[0].href", equalTo("/api/editions/2023-07-03"));
        given().queryParam("from", "2023-07-03").queryParam("to", "2023-07-03").get("/api/editions").then()
                .statusCode(200).body("items.date", everyItem(equalTo("2023-07-03")));
        // without any filter (each filter adds its own SQL; the bare listing is what most clients ask first)
        given().get("/api/editions").then().statusCode(200).contentType("application/json")
                .body("total", greaterThanOrEqualTo(1)).body("items.date", everyItem(notNullValue()));
        given().queryParam("to", "2023-07-03").queryParam("size", 100).get("/api/editions").then().statusCode(200)
                .body("items.paper", hasItem(paper));

        JsonPath day = given().get("/api/editions/2023-07-03").then().statusCode(200).extract().jsonPath();
        String mine = "editions.find { it.paper == '" + paper + "' }";
        assertEquals(List.of(1, 8), day.getList(mine + ".pages.page", Integer.class));
        assertEquals("党的二十届三中全会精神引发热烈反响", day.getString(mine + ".pages[0].teasers[0].title"));
        assertEquals("8-9", day.getString(mine + ".pages[0].teasers[0].seePages"));
        assertEquals(List.of(a8), day.getList(mine + ".pages[0].teasers[0].articleIds", String.class),
                "the teaser points at the page-8 article of the same title");
        assertEquals(List.of(a1), day.getList(mine + ".pages[0].articles.id", String.class));
        assertEquals(List.of("page-" + paper + "-1"), day.getList(mine + ".pages[0].pageIds", String.class));
        assertEquals(List.of(a8), day.getList(mine + ".pages[1].articles.id", String.class));

        given().get("/api/editions/1900-01-01").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:news.xuhui:problem:edition-not-found"));
        given().get("/api/editions/2023-02-30").then().statusCode(400).body("parameter", equalTo("date"));
        given().get("/api/editions/yesterday").then().statusCode(400).body("parameter", equalTo("date"));
        for (String[] p : new String[][] { { "from", "2023-13-01" }, { "to", "x" }, { "size", "101" },
                { "page", "abc" }, { "paper", "p".repeat(101) } }) {
            given().queryParam(p[0], p[1]).get("/api/editions").then().statusCode(400)
                    .contentType("application/problem+json").body("parameter", equalTo(p[0]));
        }
    }

    @Test
    void peopleWithCountsAndTheirArticles() {
        String paper = "人物报" + uid();
        java.util.Random r = new java.util.Random();
        String name = "测" + (char) (0x4E00 + r.nextInt(0x4000)) + (char) (0x4E00 + r.nextInt(0x4000));
        String other = name + "乙";
        String x = "p" + uid() + "-00";
        String y = "q" + uid() + "-00";
        send(article(x, paper, "2022-01-03", 1, 0, "第一篇", null, null, name, other));
        send(article(y, paper, "2022-01-10", 1, 0, "第二篇", null, null, name));
        awaitArticle(x);
        awaitArticle(y);

        given().queryParam("q", name).get("/api/people").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].name", equalTo(name)).body("items[0].articleCount", equalTo(2))
                .body("items[1].name", equalTo(other)).body("items[1].articleCount", equalTo(1))
                .body("items[0].href", containsString("/articles"));
        given().queryParam("q", "%").get("/api/people").then().statusCode(200); // LIKE wildcards are literal
        given().queryParam("q", "_%\\").get("/api/people").then().statusCode(200).body("total", equalTo(0));

        given().get("/api/people/" + name + "/articles").then().statusCode(200)
                .body("total", equalTo(2)).body("items.id", contains(y, x)); // newest first
        given().queryParam("from", "2022-01-05").get("/api/people/" + name + "/articles").then()
                .body("items.id", contains(y));
        given().queryParam("q", "第一篇").get("/api/people/" + name + "/articles").then()
                .body("items.id", contains(x));
        given().get("/api/people/无此人" + uid() + "/articles").then().statusCode(404)
                .body("type", equalTo("urn:news.xuhui:problem:person-not-found"));
        given().queryParam("size", "0").get("/api/people").then().statusCode(400).body("parameter", equalTo("size"));
        given().queryParam("q", "人".repeat(101)).get("/api/people").then().statusCode(400)
                .body("parameter", equalTo("q"));
        given().queryParam("sort", "x").get("/api/people/" + name + "/articles").then().statusCode(400)
                .body("parameter", equalTo("sort"));
        // the person filter of the search agrees
        given().queryParam("person", name).get("/api/articles").then().body("items.id", hasItem(x));
        assertTrue(given().get("/api/people").jsonPath().getInt("total") >= 2);
        // a page past the last person still says how many there are
        given().queryParam("q", name).queryParam("page", 1).queryParam("size", 1).get("/api/people").then()
                .statusCode(200).body("total", equalTo(2)).body("items.name", contains(other));
        given().queryParam("q", name).queryParam("page", 5).get("/api/people").then().statusCode(200)
                .body("total", equalTo(2)).body("items.size()", equalTo(0));

        // a name listed twice, once with stray spaces, is one person of the article: the article, /api/people, the
        // person facet and the person filter all count it once
        String z = "z" + uid() + "-00";
        send(article(z, paper, "2022-01-17", 1, 0, "第三篇", null, null, name, " " + name + " ", name));
        awaitArticle(z);
        given().get("/api/articles/" + z).then().statusCode(200).body("people", contains(name));
        given().queryParam("q", name).get("/api/people").then().body("items[0].articleCount", equalTo(3));
        given().queryParam("paper", paper).get("/api/articles/facets").then().statusCode(200)
                .body("people.find { it.value == '" + name + "' }.count", equalTo(3));
        given().queryParam("paper", paper).queryParam("person", name).get("/api/articles").then()
                .body("total", equalTo(3));
    }
}
