package news.xuhui.query.web;

import static io.restassured.RestAssured.given;
import static news.xuhui.query.rest.EditionAndPeopleResourceTest.article;
import static news.xuhui.query.rest.EditionAndPeopleResourceTest.awaitArticle;
import static news.xuhui.query.rest.EditionAndPeopleResourceTest.send;
import static news.xuhui.query.rest.EditionAndPeopleResourceTest.sendFrontPage;
import static news.xuhui.query.rest.EditionAndPeopleResourceTest.uid;
import static news.xuhui.query.web.WebPages.follow;
import static news.xuhui.query.web.WebPages.get;
import static news.xuhui.query.web.WebPages.one;
import static news.xuhui.query.web.WebPages.page;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.awaitility.Awaitility;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import news.xuhui.infra.InfraTestResource;

/**
 * An article and its continuation, the edition they are printed in and a person they name, as pages; the pages in
 * English; and the pages of what does not exist or cannot be asked for. The dates are this test's own (1987).
 */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class ReadingPagesTest {

    static final String DATE = "1987-06-15";
    static final String PAPER = "网页版面报" + uid();
    static final String FRONT = "wf" + uid() + "-00";
    static final String INSIDE = "wi" + uid() + "-01";
    static final String LATER = "wl" + uid() + "-00";
    static final Random RANDOM = new Random();
    static final String PERSON = "网" + (char) (0x4E00 + RANDOM.nextInt(0x4000))
            + (char) (0x4E00 + RANDOM.nextInt(0x4000));

    private static boolean loaded;

    // loaded by the first test: RestAssured knows the application's port only once a test runs
    @BeforeEach
    void load() {
        synchronized (ReadingPagesTest.class) {
            if (loaded) {
                return;
            }
            loaded = true;
        }
        send(article(FRONT, PAPER, DATE, 1, 0, "头版<b>标题</b>", null, 2, PERSON));
        send(article(INSIDE, PAPER, DATE, 2, 1, "头版<b>标题</b>", 1, null, PERSON));
        send(article(LATER, PAPER, "1987-08-03", 1, 0, "八月的文章", null, null, PERSON));
        sendFrontPage(PAPER, DATE, FRONT, "头版<b>标题</b>", "2");
        List.of(FRONT, INSIDE, LATER).forEach(id -> awaitArticle(id));
        Awaitility.await("page record").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/api/editions/" + DATE).asString().contains("seePages"));
    }

    @Test
    void anArticleReadsWholeWithItsPeopleItsEditionAndItsContinuation() {
        Document front = get("/articles/" + FRONT);
        Element article = one(front, "article#article");
        assertEquals("头版<b>标题</b>", one(article, "h1.title").text(), "the article's text is text, never markup");
        assertTrue(article.select("b").isEmpty());
        assertTrue(article.select("p").eachText().contains("头版<b>标题</b>的正文。"));
        assertEquals("/people/" + PERSON, one(article, "a.person").attr("href"));
        assertEquals(PERSON, one(article, "a.person").text());
        assertEquals("/editions/" + DATE + "/1", one(article, "a.edition-link").attr("href"));
        assertEquals("p1.txt", one(article, ".source-file").text());
        assertEquals("test", one(article, ".parser-version").text());
        assertEquals("区委办", one(article, ".source").text().replaceAll(".*：", ""));
        Element onward = one(article, "a.continuation");
        assertEquals("/articles/" + INSIDE, onward.attr("href"));
        assertEquals("下转第 2 版", onward.text());

        Element back = one(follow(onward), "a.continuation");
        assertEquals("/articles/" + FRONT, back.attr("href"));
        assertEquals("上接第 1 版", back.text());
    }

    @Test
    void editionsLeadToTheirPagesAndThePagesToTheirArticlesAndTeasers() {
        Document month = get("/editions?month=1987-06");
        assertEquals("1987-06", one(month, "input[name=month][type=month]").val());
        Element edition = one(month, "a.edition[href=/editions/" + DATE + "]");
        assertTrue(month.select("a.edition").eachAttr("href").stream()
                .allMatch(h -> h.startsWith("/editions/1987-06-")), "only that month's editions");

        Document day = follow(edition);
        assertEquals(List.of("/editions/" + DATE + "/1", "/editions/" + DATE + "/2"),
                day.select("a.page-link").eachAttr("href"));
        Document page1 = follow(day.select("a.page-link").first());
        assertEquals(List.of("/articles/" + FRONT), page1.select("a.article-link").eachAttr("href"));
        assertEquals(List.of("/articles/" + INSIDE), page1.select("a.teaser").eachAttr("href"),
                "the teaser links to the article of its title on the page it points to");

        assertTrue(get("/editions").select("a.edition").size() > 0, "newest first, without a month");
        page("/editions/" + DATE + "/7", 404);
        page("/editions/1900-01-01", 404);
    }

    @Test
    void aPersonsPageChartsTheirArticlesPerMonth() {
        Document person = get("/people/" + PERSON);
        assertEquals(PERSON, one(person, "h1").text());
        // June, July (none) and August 1987
        List<Element> bars = one(person, "svg#per-month").select("rect");
        assertEquals(3, bars.size());
        assertEquals("0", bars.get(1).attr("height"), "a month without articles stays in the chart, empty");
        assertTrue(Integer.parseInt(bars.get(0).attr("height")) > Integer.parseInt(bars.get(2).attr("height")),
                "June (2 articles) is taller than August (1)");
        assertEquals(List.of("/articles/" + LATER), person.select("ol#results > li.hit a.hit-title").eachAttr("href")
                .subList(0, 1), "newest first");
        assertEquals(3, person.select("ol#results > li.hit").size());

        page("/people/无此人" + uid(), 404);
    }

    @Test
    void chineseByDefaultEnglishWhenTheBrowserPrefersIt() {
        Document zh = get("/");
        assertEquals("zh-CN", one(zh, "html").attr("lang"));
        assertEquals("搜索词", one(zh, "label[for=q]").text());
        assertEquals(List.of("/", "/editions"), one(zh, "nav#site").select("a").eachAttr("href").subList(1, 3));
        Document en = page(given().header("Accept-Language", "en-US,en;q=0.9,zh;q=0.5"), "/", 200);
        assertEquals("en", one(en, "html").attr("lang"));
        assertEquals("Search words", one(en, "label[for=q]").text());
        Document zhFirst = page(given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"), "/articles/" + FRONT,
                200);
        assertEquals("下转第 2 版", one(zhFirst, "a.continuation").text());
        Document enArticle = page(given().header("Accept-Language", "en"), "/articles/" + FRONT, 200);
        assertEquals("continued on page 2", one(enArticle, "a.continuation").text());
        given().header("Accept-Language", "en").get("/").then().header("Content-Language", "en")
                .header("Vary", containsString("Accept-Language"));
        given().get("/").then().header("Content-Language", "zh-CN");
        given().get("/api/articles").then().statusCode(200).header("Content-Language", nullValue());
    }

    @Test
    void aBadParameterIsA400PageNamingItAndTheApiStaysJson() {
        for (String[] bad : new String[][] { { "size", "1000" }, { "from", "2024-13-01" }, { "sort", "random" },
                { "page", "x" } }) {
            Document page = page("/?q=徐汇&" + bad[0] + "=" + bad[1], 400);
            assertTrue(one(page, "#error").text().contains(bad[0]), one(page, "#error").text());
            assertEquals("徐汇", one(page, "form#search input#q").val(), "the form stays, filled in");
            assertTrue(page.select("form#search input[type=hidden][name=" + bad[0] + "]").isEmpty(),
                    "the bad value does not go along with the next search");
            given().queryParam(bad[0], bad[1]).get("/api/articles").then().statusCode(400)
                    .contentType("application/problem+json").body("parameter", equalTo(bad[0]));
        }
        assertTrue(one(page("/editions?month=June", 400), "#error").text().contains("month"));
    }

    @Test
    void whatDoesNotExistIsA404PageWithAWayBackToSearch() {
        for (String path : List.of("/articles/no-such-article", "/articles/" + "x".repeat(100),
                "/people/无此人" + uid())) {
            Document page = page(path, 404);
            one(page, "#error");
            one(page, "main a[href=/]");
        }
        given().get("/api/articles/no-such-article").then().statusCode(404)
                .contentType("application/problem+json").body("type", containsString("article-not-found"));
    }

    @Test
    void theStylesAndTheScriptAreServed() {
        given().get("/app.css").then().statusCode(200).contentType(containsString("text/css"));
        given().get("/app.js").then().statusCode(200).body(containsString("EventSource"));
        Document page = get("/");
        one(page, "link[rel=stylesheet][href=/app.css]");
        one(page, "script[src=/app.js]");
        one(page, "meta[name=viewport]");
        assertTrue(one(page, "#live-banner").hasAttr("hidden"));
        one(page, "#live-banner #live-count");
        one(page, "#results-region #total");
    }
}
