package news.xuhui.query.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import news.xuhui.infra.InfraTestResource;

/**
 * A broad query with a rank window of 3: the 3 newest matches come ranked, the older ones follow by date, paging
 * neither skips nor repeats, and the total is flagged as an estimate; a query with fewer matches stays exact.
 */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
@TestProfile(SearchWindowTest.SmallWindow.class)
class SearchWindowTest {

    public static class SmallWindow implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("xuhui.search.rank-window", "3");
        }
    }

    @Test
    void pagesAcrossTheRankWindow() {
        String paper = "窗口报" + UUID.randomUUID().toString().substring(0, 6);
        List<GoldSeeds.Loaded> seeds = GoldSeeds.load(paper);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().queryParam("paper", paper).get("/api/articles").jsonPath()
                        .getLong("total") == seeds.size());
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
}
