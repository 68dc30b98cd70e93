package news.xuhui.query.store;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.query.rest.GoldSeeds;
import news.xuhui.query.text.SearchVector;

/**
 * Rows stored by an older index version (or before search existed, as after migration V4) are found again once the
 * backfill has run: their search row rebuilt, their version current.
 */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class SearchIndexBackfillTest {

    @Inject
    DataSource dataSource;

    @Inject
    SearchIndexBackfill backfill;

    @Test
    void staleRowsAreIndexedAgainIntoTheSearchTable() throws Exception {
        String paper = "回填报" + UUID.randomUUID().toString().substring(0, 6);
        List<GoldSeeds.Loaded> seeds = GoldSeeds.loadStored(paper);
        long before = matches(paper);
        assertTrue(before > 0, "the seeds mention 徐汇");

        // what migrations V4 and V9 leave (search rows without the current terms, here none at all), and one
        // article with no search row at all; every article of an older version
        try (Connection c = dataSource.getConnection()) {
            update(c, "update article_search set terms = '{}' where paper = ?", paper);
            update(c, "delete from article_search where id = (select min(id) from article_search where paper = ?)",
                    paper);
            update(c, "update article set search_version = 0 where paper = ?", paper);
        }
        assertEquals(0, matches(paper), "no terms, no match");

        assertTrue(backfill.run() >= seeds.size());

        assertEquals(before, matches(paper), "every article found again");
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select count(*) from article where paper = ? and search_version = ?")) {
            ps.setString(1, paper);
            ps.setInt(2, SearchVector.VERSION);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(seeds.size(), rs.getInt(1));
            }
        }
    }

    /**
     * The consumer stores each article with {@code folds_to_han} (whether its texts hold a character normalising
     * into Han, what lets the database refute a candidate on a flag); rows stored before migration V12 have it null
     * and the backfill fills it from their texts, without re-indexing them.
     */
    @Test
    void theFoldsFlagIsWrittenAndFilledIn() throws Exception {
        String paper = "折叠报" + UUID.randomUUID().toString().substring(0, 6);
        List<GoldSeeds.Loaded> seeds = GoldSeeds.loadStored(paper);
        assertEquals(seeds.size(), count("select count(*) from article where paper = ? and folds_to_han = false", paper),
                "the consumer sets the flag; the seeds hold no compatibility form");
        String radical;
        try (Connection c = dataSource.getConnection()) {
            radical = scalar(c, "select min(id) from article where paper = ?", paper);
            // a Kangxi radical (⼀, normalised to 一) in a paragraph, and every row as migration V12 leaves it
            try (PreparedStatement ps = c.prepareStatement(
                    "update article set paragraphs = paragraphs || '[\"第⼀段\"]'::jsonb where id = ?")) {
                ps.setString(1, radical);
                assertEquals(1, ps.executeUpdate());
            }
            update(c, "update article set folds_to_han = null where paper = ?", paper);
        }

        assertTrue(backfill.run() >= seeds.size());

        assertEquals(1, count("select count(*) from article where paper = ? and folds_to_han", paper));
        assertEquals(seeds.size() - 1, count("select count(*) from article where paper = ? and not folds_to_han",
                paper));
        try (Connection c = dataSource.getConnection()) {
            assertEquals("true", scalar(c, "select folds_to_han::text from article where id = ?", radical));
        }
    }

    private long count(String sql, String paper) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return Long.parseLong(scalar(c, sql, paper));
        }
    }

    private static String scalar(Connection c, String sql, String param) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static long matches(String paper) {
        return given().queryParam("paper", paper).queryParam("q", "徐汇").get("/api/articles").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    private static void update(Connection c, String sql, String paper) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, paper);
            ps.executeUpdate();
        }
    }
}
