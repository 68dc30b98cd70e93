package news.xuhui.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import news.xuhui.infra.InfraTestResource;

/**
 * Search over the seeds, loaded as the article events of their expected parses through the real broker and consumer
 * into the real database. Expected hits are computed from the seed text itself (String.contains), so "never misses"
 * and "no false hit" are both checked. Every request is filtered to this class's own paper.
 */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class SearchResourceTest {

    static final String PAPER = "搜索测试报" + UUID.randomUUID().toString().substring(0, 6);
    private static List<GoldSeeds.Loaded> seeds;

    static synchronized List<GoldSeeds.Loaded> seeds() {
        if (seeds == null) {
            List<GoldSeeds.Loaded> loaded = GoldSeeds.load(PAPER);
            Awaitility.await("seeds stored").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> given().queryParam("paper", PAPER).queryParam("size", 1).get("/api/articles")
                            .jsonPath().getLong("total") == loaded.size());
            seeds = loaded;
        }
        return seeds;
    }

    static RequestSpecification mine() {
        return given().queryParam("paper", PAPER).queryParam("size", 100);
    }

    static Set<String> expected(Predicate<String> textMatches) {
        return seeds().stream().filter(l -> textMatches.test(l.text())).map(GoldSeeds.Loaded::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> hits(String q) {
        JsonPath r = mine().queryParam("q", q).get("/api/articles").then().statusCode(200).extract().jsonPath();
        Set<String> ids = new TreeSet<>(r.getList("items.id", String.class));
        assertEquals(ids.size(), r.getInt("total"), "total counts the hits of " + q);
        return ids;
    }

    @Test
    void everyPersonNameFindsExactlyTheArticlesContainingIt() {
        Set<String> names = new TreeSet<>();
        seeds().forEach(l -> l.event().get("people").forEach(p -> names.add(p.asText())));
        assertTrue(names.contains("曹立强"));
        for (String name : names) {
            Set<String> expected = expected(t -> t.contains(name));
            assertFalse(expected.isEmpty(), name);
            assertEquals(expected, hits(name), "q=" + name);
        }
    }

    @Test
    void twoCharacterWordsAndSingleCharacters() {
        for (String word : List.of("徐汇", "人大", "两会", "政协", "更新", "贺")) {
            Set<String> expected = expected(t -> t.contains(word));
            assertFalse(expected.isEmpty(), word);
            assertEquals(expected, hits(word), "q=" + word);
        }
        assertEquals(Set.of(), hits("汇徐"), "a bigram that is nowhere in the text");
    }

    @Test
    void substringsOfEveryLengthFindExactlyTheArticlesContainingThem() {
        // one to seven characters from inside, the start and the end of Han runs: the index holds three-character
        // pieces, so each length takes another path (prefix, one lexeme, phrase of pieces)
        String text = seeds().get(seeds().size() / 2).text();
        Matcher runs = Pattern.compile("\\p{IsHan}{8,}").matcher(text);
        int checked = 0;
        while (runs.find() && checked < 60) {
            String run = runs.group();
            for (int len = 1; len <= 7; len++) {
                for (int from : new int[] { 0, 1, run.length() - len }) {
                    String q = run.substring(from, from + len);
                    assertEquals(expected(t -> t.contains(q)), hits(q), "q=" + q);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 21, "the seed has long Han runs to cut");
    }

    @Test
    void namesOfEveryLengthAndMixedTermsFindExactlyTheirArticles() {
        for (String q : List.of("曹立强", "立强", "曹立强主持", "立强主", "人工智能", "2024年", "12月")) {
            Set<String> expected = expected(t -> t.contains(q));
            assertEquals(expected, hits(q), "q=" + q);
        }
        assertFalse(expected(t -> t.contains("2024年")).isEmpty(), "a mixed digits/Han term the seeds hold");
        assertEquals(Set.of(), hits("曹立强强"), "a name followed by what never follows it");
    }

    @Test
    void spaceSeparatedTermsMustAllMatch() {
        Set<String> expected = expected(t -> t.contains("徐汇") && t.contains("曹立强") && t.contains("人大"));
        assertFalse(expected.isEmpty());
        assertEquals(expected, hits("徐汇 曹立强 人大"));
        assertTrue(hits("曹立强 城市更新").size() < hits("曹立强").size());
    }

    @Test
    void quotedTextIsAPhrase() {
        Set<String> expected = expected(t -> t.contains("建设新徐汇、奋进新征程"));
        assertFalse(expected.isEmpty());
        assertEquals(expected, hits("“建设新徐汇、奋进新征程”"));
        assertEquals(expected, hits("\"建设新徐汇 奋进新征程\""), "spaces and punctuation are only separators");
        // the same characters, not adjacent: an AND query finds them, the phrase does not
        Set<String> apart = expected(t -> t.contains("曹立强") && t.contains("主持"));
        Set<String> together = expected(t -> t.contains("曹立强主持"));
        assertTrue(together.size() < apart.size());
        assertEquals(apart, hits("曹立强 主持"));
        assertEquals(together, hits("\"曹立强主持\""));
    }

    @Test
    void titleMatchesRankFirstAndHitsCarryMarkedSnippets() {
        seeds();
        JsonPath r = mine().queryParam("q", "城市更新").get("/api/articles").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("徐汇区发布城市更新6个重点项目", r.getString("items[0].title"));
        assertEquals("徐汇区发布<mark>城市更新</mark>6个重点项目", r.getString("items[0].highlightedTitle"));
        List<Float> scores = r.getList("items.score", Float.class);
        List<Float> sorted = new ArrayList<>(scores);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, scores, "relevance order");

        mine().queryParam("q", "曹立强").get("/api/articles").then().statusCode(200)
                .body("items.snippet", everyItem(containsString("<mark>曹立强</mark>")));
        mine().queryParam("q", "曹立强").get("/api/articles").then()
                .body("items.snippet.collect { it.length() }", everyItem(org.hamcrest.Matchers.lessThan(200)));
    }

    @Test
    void filtersCombineWithTheQuery() {
        seeds();
        // dates: the undated seeds were given 2024-03-01..05; 001 carries its own masthead date 2024-01-01
        mine().queryParam("from", "2024-03-02").queryParam("to", "2024-03-04").get("/api/articles").then()
                .statusCode(200).body("items.edition.date", everyItem(org.hamcrest.Matchers.oneOf(
                        "2024-03-03", "2024-03-04")))
                .body("total", equalTo(expectedByFile("002", "003").size()));
        mine().queryParam("q", "曹立强").queryParam("to", "2024-01-31").get("/api/articles").then()
                .body("items.edition.date", everyItem(equalTo("2024-01-01")))
                .body("total", equalTo(1));
        mine().queryParam("source", "区委办").get("/api/articles").then().body("total", equalTo(1))
                .body("items[0].source", equalTo("区委办"));
        mine().queryParam("author", "陈文卿").get("/api/articles").then().body("total", equalTo(1))
                .body("items[0].authors", org.hamcrest.Matchers.hasItem("陈文卿"));
        Set<String> withPerson = expected(t -> true).stream().filter(id -> seeds().stream()
                .anyMatch(l -> l.id().equals(id) && l.event().get("people").toString().contains("\"胡芳\"")))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(withPerson, new TreeSet<>(mine().queryParam("person", "胡芳").get("/api/articles").jsonPath()
                .getList("items.id", String.class)));
        mine().queryParam("editionPage", 1).queryParam("q", "徐汇").get("/api/articles").then().statusCode(200)
                .body("items.edition.page", everyItem(equalTo(1)))
                .body("total", equalTo(expected(t -> t.contains("徐汇")).size()));
        mine().queryParam("editionPage", 2).get("/api/articles").then().body("total", equalTo(0));
    }

    private Set<String> expectedByFile(String... prefixes) {
        return seeds().stream().filter(l -> List.of(prefixes).stream().anyMatch(p -> l.file().startsWith(p)))
                .map(GoldSeeds.Loaded::id).collect(Collectors.toSet());
    }

    @Test
    void sortsAndPaging() {
        int total = seeds().size();
        List<String> newest = mine().queryParam("sort", "newest").get("/api/articles").jsonPath()
                .getList("items.edition.date", String.class);
        List<String> sorted = new ArrayList<>(newest);
        sorted.sort(Comparator.reverseOrder());
        assertEquals(sorted, newest);
        List<String> oldest = mine().queryParam("sort", "oldest").get("/api/articles").jsonPath()
                .getList("items.edition.date", String.class);
        assertEquals(LocalDate.parse("2024-01-01").toString(), oldest.get(0));

        Set<String> all = new TreeSet<>();
        for (int page = 0; page < 4; page++) {
            JsonPath r = given().queryParam("paper", PAPER).queryParam("size", 5).queryParam("page", page)
                    .queryParam("sort", "oldest").get("/api/articles").then().statusCode(200).extract().jsonPath();
            assertEquals(total, r.getInt("total"));
            assertEquals((total + 4) / 5, r.getInt("totalPages"));
            all.addAll(r.getList("items.id", String.class));
        }
        assertEquals(total, all.size(), "pages neither overlap nor skip");
        given().queryParam("paper", PAPER).queryParam("q", "徐汇").queryParam("page", 50).get("/api/articles").then()
                .statusCode(200).body("items.size()", equalTo(0))
                .body("total", equalTo(expected(t -> t.contains("徐汇")).size()));
    }

    @Test
    void facetsCountTheCurrentMatches() {
        int expected = expected(t -> t.contains("徐汇")).size();
        JsonPath f = given().queryParam("paper", PAPER).queryParam("q", "徐汇").get("/api/articles/facets").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(expected, f.getInt("total"));
        assertEquals(expected, f.getList("months.count", Integer.class).stream().mapToInt(i -> i).sum());
        assertTrue(f.getList("months.value", String.class).contains("2024-03"));
        long caoArticles = expected(t -> t.contains("徐汇")).stream().filter(id -> seeds().stream()
                .anyMatch(l -> l.id().equals(id) && l.event().get("people").toString().contains("\"曹立强\""))).count();
        assertEquals(caoArticles, f.getInt("people.find { it.value == '曹立强' }.count"));
        given().queryParam("paper", PAPER).queryParam("source", "区委办").get("/api/articles/facets").then()
                .statusCode(200).body("sources[0].value", equalTo("区委办")).body("sources[0].count", equalTo(1));
        // a phrase: its word order checked (few candidates), so exact
        JsonPath phrase = given().queryParam("paper", PAPER).queryParam("q", "\"区委书记\"").get("/api/articles/facets")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(phrase.getBoolean("exact"));
        assertEquals(expected(t -> t.contains("区委书记")).size(), phrase.getInt("total"));
        assertTrue(phrase.getInt("total") > 0);
        // each person's count is what the person filter finds
        for (Map<String, Object> person : f.<Map<String, Object>>getList("people")) {
            given().queryParam("paper", PAPER).queryParam("q", "徐汇").queryParam("person", person.get("value"))
                    .get("/api/articles").then().statusCode(200).body("total", equalTo(person.get("count")));
        }
    }

    @Test
    void queriesMadeOfSyntaxCharactersSearchAndNeverBreak() {
        seeds();
        for (String q : List.of("'", "\\", "''", "&|!()", "'; drop table article; --", ":*", "<->", "%", "_",
                "\"unclosed", "a & b | !c", "曹立强'", "(曹立强)", "曹立强:*", "曹立强 & | !", "$1", "?", "1+5+X")) {
            given().queryParam("paper", PAPER).queryParam("q", q).get("/api/articles").then()
                    .statusCode(200).contentType("application/json").body("total", greaterThanOrEqualTo(0));
            given().queryParam("paper", PAPER).queryParam("q", q).get("/api/articles/facets").then()
                    .statusCode(200);
        }
        assertEquals(hits("曹立强"), hits("(曹立强)"), "punctuation around a name does not change it");
        assertEquals(Set.of(), hits("&|!()"), "nothing indexed is made of punctuation only");
        assertEquals(expected(t -> t.contains("1+5+X")), hits("\"1+5+X\""));
        given().get("/api/articles/" + seeds().get(0).id()).then().statusCode(200); // the table is still there
    }

    @Test
    void everyBadParameterIsA400NamingIt() {
        String longQuery = "徐".repeat(SearchParams.MAX_QUERY + 1);
        String[][] bad = {
                { "from", "2024-13-01" }, { "from", "yesterday" }, { "to", "2024-02-30" }, { "size", "101" },
                { "size", "0" }, { "size", "abc" }, { "page", "abc" }, { "page", "-1" }, { "page", "1.5" },
                { "q", longQuery }, { "q", "徐汇\u0000" }, { "sort", "best" }, { "editionPage", "abc" },
                { "editionPage", "0" }, { "person", "人".repeat(101) }, { "author", "a\u0001" },
                { "source", "s".repeat(101) }, { "paper", "p".repeat(101) } };
        for (String path : List.of("/api/articles", "/api/articles/facets")) {
            for (String[] p : bad) {
                given().queryParam(p[0], p[1]).get(path).then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("status", equalTo(400))
                        .body("type", equalTo("urn:news.xuhui:problem:invalid-parameter"))
                        .body("parameter", equalTo(p[0]))
                        .body("detail", containsString("'" + p[0] + "'"));
            }
        }
        given().queryParam("from", "2024-02-01").queryParam("to", "2024-01-01").get("/api/articles").then()
                .statusCode(400).body("parameter", equalTo("to"));
        given().queryParam("q", "徐".repeat(SearchParams.MAX_QUERY)).get("/api/articles").then().statusCode(200);
    }
}
