package news.xuhui.query.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.infra.TopicWriter;
import news.xuhui.query.search.SearchSql;

/**
 * A broad query with a rank window of 3: the 3 newest matches come ranked, the older ones follow by date, paging
 * neither skips nor repeats, and the total is flagged as an estimate; a query with fewer matches stays exact.
 */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
@TestProfile(OtherSearchSettingsProfile.class)
class SearchWindowTest {

    @Test
    void pagesAcrossTheRankWindow() {
        String paper = "窗口报" + UUID.randomUUID().toString().substring(0, 6);
        List<GoldSeeds.Loaded> seeds = GoldSeeds.loadStored(paper);
        Set<String> expected = new TreeSet<>();
        seeds.stream().filter(l -> l.text().contains("徐汇")).forEach(l -> expected.add(l.id()));
        assertTrue(expected.size() > 5);

        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 8; page++) {
            JsonPath r = given().queryParam("paper", paper).queryParam("q", "徐汇").queryParam("size", 2)
                    .queryParam("page", page).get("/api/articles").then().statusCode(200).extract().jsonPath();
            assertFalse(r.getBoolean("totalExact"), "more matches than the window: estimated");
            assertTrue(r.getLong("total") >= 4, "at least the window and one more");
            List<String> ids = r.getList("items.id", String.class);
            seen.addAll(ids);
            for (int i = 0; i < ids.size(); i++) {
                Object score = r.get("items[" + i + "].score");
                if (page * 2 + i < 3) {
                    assertNotNull(score, "inside the window: ranked");
                    assertNotNull(r.get("items[" + i + "].snippet"));
                } else {
                    assertNull(score, "after the window: date order, unranked");
                    assertNotNull(r.get("items[" + i + "].snippet"), "still highlighted");
                }
            }
        }
        assertEquals(expected.size(), seen.size(), "no repeats: " + seen);
        assertEquals(expected, new TreeSet<>(seen), "no gaps");

        JsonPath narrow = given().queryParam("paper", paper).queryParam("q", "新年贺词").get("/api/articles").then()
                .statusCode(200).extract().jsonPath();
        long n = seeds.stream().filter(l -> l.text().contains("新年贺词")).count();
        assertTrue(n >= 1 && n <= 3, "a narrow query: " + n);
        assertTrue(narrow.getBoolean("totalExact"));
        assertEquals(n, narrow.getLong("total"));
        JsonPath dated = given().queryParam("paper", paper).queryParam("q", "徐汇").queryParam("sort", "newest")
                .get("/api/articles").then().statusCode(200).extract().jsonPath();
        assertFalse(dated.getBoolean("totalExact"));
    }

    @Test
    void aPhraseIsFoundEvenBehindManyRowsHoldingItsPiecesApart() {
        // more rows than the first batch of candidates the window reads (3 + 16 here) hold all the bigrams of 甲乙丙丁
        // but not together; the one article that holds the word is the oldest, so only later batches can find it
        String paper = "短语报" + UUID.randomUUID().toString().substring(0, 6);
        ObjectNode template = GoldSeeds.events(paper).get(0).event();
        String bootstrap = InfraTestResource.infra().kafka().bootstrapServers();
        int decoys = 65;
        for (int i = 0; i <= decoys; i++) {
            ObjectNode e = template.deepCopy();
            String id = paper.hashCode() + "-phrase-" + i;
            e.put("articleId", id);
            ((ObjectNode) e.get("edition")).put("date", i == 0 ? "2020-01-01" : i <= 5 ? "2020-01-02" : "2024-06-01");
            e.put("title", "第" + i + "篇");
            e.set("paragraphs", GoldSeeds.array(i == 0 ? "甲乙丙丁在此。" : "甲乙丙，乙丙丁。"));
            e.set("sections", GoldSeeds.array());
            TopicWriter.send(bootstrap, "news.articles", id, e.toString());
        }
        GoldSeeds.awaitStored(paper, decoys + 1);
        JsonPath r = given().queryParam("paper", paper).queryParam("q", "甲乙丙丁").get("/api/articles").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of(paper.hashCode() + "-phrase-0"), r.getList("items.id", String.class));
        assertEquals(1, r.getLong("total"));
        assertTrue(r.getBoolean("totalExact"));
        JsonPath apart = given().queryParam("paper", paper).queryParam("q", "甲乙丙 乙丙丁").get("/api/articles").then()
                .statusCode(200).extract().jsonPath();
        assertFalse(apart.getBoolean("totalExact"), "the pieces as two terms: every article, more than the window");

        // facets: the candidates are checked on their text while they are few (here 6, up to 2020-01-02), so they count the
        // one article; past xuhui.search.facets-exact-up-to they count every candidate and say so
        JsonPath few = given().queryParam("paper", paper).queryParam("q", "甲乙丙丁").queryParam("to", "2020-01-02")
                .get("/api/articles/facets").then().statusCode(200).extract().jsonPath();
        assertTrue(few.getBoolean("exact"));
        assertEquals(1, few.getLong("total"));
        assertEquals(List.of("2020-01"), few.getList("months.value", String.class));
        JsonPath many = given().queryParam("paper", paper).queryParam("q", "甲乙丙丁").get("/api/articles/facets")
                .then().statusCode(200).extract().jsonPath();
        assertFalse(many.getBoolean("exact"));
        assertEquals(decoys + 1, many.getLong("total"));
        assertEquals(List.of("2024-06", "2020-01"), many.getList("months.value", String.class));
        assertEquals(List.of(decoys - 5, 6), many.getList("months.count", Integer.class));
    }
    /**
     * A word that needs a check, sorted by date: the matches page by page in exact date order, newest or oldest
     * first, no repeats and no gaps, past newer rows that hold its pairs apart. (Newest first, the first page is
     * collected a block of dates at a time: this profile sets no threshold for it.)
     */
    @Test
    void aCheckedWordInDateOrderPagesWithoutGapsOrRepeats() {
        String paper = "日序报" + UUID.randomUUID().toString().substring(0, 6);
        ObjectNode template = GoldSeeds.events(paper).get(0).event();
        String bootstrap = InfraTestResource.infra().kafka().bootstrapServers();
        List<String> newestFirst = new ArrayList<>();
        int matches = 7;
        int decoys = 12;
        for (int i = 0; i < matches + decoys; i++) {
            ObjectNode e = template.deepCopy();
            String id = paper.hashCode() + "-dated-" + i;
            e.put("articleId", id);
            // matches a year apart, in 2001..2013 every other year; decoys newer than all of them
            String date = i < matches ? (2013 - 2 * i) + "-03-01" : "2020-0" + (1 + i % 9) + "-01";
            ((ObjectNode) e.get("edition")).put("date", date);
            e.put("title", "第" + i + "篇");
            e.set("paragraphs", GoldSeeds.array(i < matches ? "戊己庚辛见于此。" : "戊己庚，己庚辛。"));
            e.set("sections", GoldSeeds.array());
            TopicWriter.send(bootstrap, "news.articles", id, e.toString());
            if (i < matches) {
                newestFirst.add(id);
            }
        }
        GoldSeeds.awaitStored(paper, matches + decoys);
        for (String sort : List.of("newest", "oldest")) {
            List<String> seen = new ArrayList<>();
            for (int page = 0; page < 4; page++) {
                JsonPath r = given().queryParam("paper", paper).queryParam("q", "戊己庚辛").queryParam("sort", sort)
                        .queryParam("size", 2).queryParam("page", page).get("/api/articles").then().statusCode(200)
                        .extract().jsonPath();
                seen.addAll(r.getList("items.id", String.class));
            }
            List<String> expected = new ArrayList<>(newestFirst);
            if (sort.equals("oldest")) {
                java.util.Collections.reverse(expected);
            }
            assertEquals(expected, seen, sort);
        }
    }
}
