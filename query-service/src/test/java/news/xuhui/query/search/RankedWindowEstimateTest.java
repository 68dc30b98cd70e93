package news.xuhui.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.query.rest.GoldSeeds;
import news.xuhui.query.text.SearchTerms;

/**
 * The estimate a ranked window's shape is picked by does not put a word's candidates below their number: the pairs of
 * a word of three characters stand together in the text, so taking their frequencies as independent (the planner's
 * product) would estimate a common word or name at a fraction of its candidates and collect them where walking newest
 * first stops early; the rarest pair bounds them from above.
 */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class RankedWindowEstimateTest {

    @Inject
    DataSource dataSource;

    @Test
    void aWordIsEstimatedAtLeastAtItsCandidates() throws Exception {
        GoldSeeds.loadStored("估计报" + UUID.randomUUID().toString().substring(0, 6));
        try (Connection conn = dataSource.getConnection()) {
            try (Statement st = conn.createStatement()) {
                st.execute("analyze article_search");
            }
            // words whose pairs stand together: 汇区 hardly without 徐汇, 海市 without 上海, the pairs of 浦东新区
            for (String word : new String[] { "徐汇区", "上海市", "浦东新区", "街道办事处" }) {
                SearchCriteria c = new SearchCriteria(SearchQuery.parse(word), null, null, null, null, null, null, null,
                        SearchSort.RELEVANCE, 0, 10);
                long candidates = RankedWindow.scalar(conn, SearchSql.indexCount(c, Long.MAX_VALUE));
                long product = RankedWindow.planRows(conn, SearchSql.estimate(c));
                long estimate = RankedWindow.estimate(conn, c);
                System.out.printf("%s: %d candidates, estimate %d, pairs' product %d%n", word, candidates, estimate,
                        product);
                assertTrue(estimate >= candidates * 0.95, word + ": estimate " + estimate + " (the pairs' product: "
                        + product + ") below the " + candidates + " candidates");
            }
        }
    }

    /**
     * The frequencies read once from the statistics give each pair the rows the planner's own estimate gives it: for a
     * pair among the most common elements and for one that is not (the planner's half of the least common).
     */
    @Test
    void aPairsRowsAreThePlannersEstimate() throws Exception {
        GoldSeeds.loadStored("频率报" + UUID.randomUUID().toString().substring(0, 6));
        try (Connection conn = dataSource.getConnection()) {
            try (Statement st = conn.createStatement()) {
                st.execute("analyze article_search");
            }
            TermFrequencies frequencies = TermFrequencies.read(conn);
            SearchCriteria none = new SearchCriteria(null, null, null, null, null, null, null, null,
                    SearchSort.RELEVANCE, 0, 10);
            assertEquals(RankedWindow.planRows(conn, SearchSql.estimate(none)), frequencies.tableRows, 1.0,
                    "the table's rows");
            // 徐汇 is in most seed articles; the pair of two characters no seed prints is in none
            for (String word : new String[] { "徐汇", "发展", "\u9fa5\u9fa4" }) {
                SearchCriteria c = new SearchCriteria(SearchQuery.parse(word), null, null, null, null, null, null, null,
                        SearchSort.RELEVANCE, 0, 10);
                int code = c.query().termCodeSets().get(0).get(0);
                long planned = RankedWindow.planRows(conn, SearchSql.estimate(c, SearchTerms.literal(new int[] { code })));
                long rows = frequencies.rows(code);
                assertTrue(Math.abs(rows - planned) <= Math.max(1, planned * 0.01), word + ": " + rows
                        + " rows from the statistics, " + planned + " by the planner; " + frequencies);
            }
        }
    }

    /**
     * A term the statistics do not list is counted in a sample of the table ({@link RankedWindow#counted}), not given
     * the planner's fixed share: a pair no article holds is estimated at none (the planner says at least one), and a
     * pair a few articles hold at a multiple of the sample's size no larger than its candidates scaled.
     */
    @Test
    void anUnlistedTermIsCountedInASample() throws Exception {
        List<GoldSeeds.Loaded> seeds = GoldSeeds.loadStored("样本报" + UUID.randomUUID().toString().substring(0, 6));
        try (Connection conn = dataSource.getConnection()) {
            try (Statement st = conn.createStatement()) {
                st.execute("analyze article_search");
            }
            TermFrequencies.forget();
            TermFrequencies frequencies = TermFrequencies.read(conn);
            RankedWindow.Table table = new RankedWindow.Table(conn);
            FacetSample sample = FacetSample.of(table.rows(), RankedWindow.SAMPLE_ROWS);

            SearchCriteria none = criteria("\u9fa5\u9fa4");
            int absent = none.query().termCodeSets().get(0).get(0);
            assertFalse(frequencies.listed(absent), "no article holds it");
            assertTrue(RankedWindow.planRows(conn, SearchSql.estimate(none)) >= 1, "the planner's guess");
            assertEquals(0, RankedWindow.estimate(conn, none), "counted: none");

            // a pair written after the statistics were taken, into one article's terms (as a new word would be)
            String rare = "\u9fa3\u9fa2";
            int code = criteria(rare).query().termCodeSets().get(0).get(0);
            try (PreparedStatement ps = conn.prepareStatement("update article_search set terms = terms || ? where id = ?")) {
                ps.setInt(1, code);
                ps.setString(2, seeds.get(0).id());
                assertEquals(1, ps.executeUpdate());
            }
            assertFalse(frequencies.listed(code), rare);
            SearchCriteria c = criteria(rare);
            long candidates = RankedWindow.scalar(conn, SearchSql.indexCount(c, Long.MAX_VALUE));
            long estimate = RankedWindow.estimate(conn, c);
            assertTrue(candidates >= 1, rare);
            assertEquals(0, estimate % sample.oneIn(), rare + ": a count in one sample level, scaled: " + estimate);
            assertTrue(estimate <= candidates * sample.oneIn(), rare + ": " + estimate + " for " + candidates);
            if (sample.all()) {
                assertEquals(candidates, estimate, rare + ": a small table is counted whole");
            }
        }
    }

    private static SearchCriteria criteria(String text) {
        return new SearchCriteria(SearchQuery.parse(text), null, null, null, null, null, null, null,
                SearchSort.RELEVANCE, 0, 10);
    }

    /**
     * Without filters the estimate is computed from the statistics instead of planned ({@link RankedWindow#planned}),
     * and it is the planner's: for words of one to four pairs and for two words, right after an ANALYZE and after the
     * table has grown without one (the planner scales the rows it counted by the pages the table has now). Autovacuum
     * is kept off the table meanwhile, so that no ANALYZE comes between the two.
     */
    @Test
    void anUnfilteredEstimateIsThePlanners() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        try (Connection conn = dataSource.getConnection(); Statement st = conn.createStatement()) {
            st.execute("alter table article_search set (autovacuum_enabled = false)");
            try {
                GoldSeeds.loadStored("计算报" + suffix);
                st.execute("analyze article_search");
                TermFrequencies.forget();
                assertComputedAsPlanned(conn);
                long analysedPages = pages(st, "relpages");
                // grown by more than the tolerance (2 %), so that counting only the rows analysed would fail
                for (int i = 0; pages(st, "pg_relation_size(oid) / 8192") < analysedPages * 1.03 + 2; i++) {
                    assertTrue(i < 60, "the table grows: " + analysedPages + " pages analysed");
                    GoldSeeds.loadStored("增长报" + i + suffix);
                }
                assertComputedAsPlanned(conn);
            } finally {
                st.execute("alter table article_search reset (autovacuum_enabled)");
            }
        }
    }

    private static long pages(Statement st, String expression) throws Exception {
        try (var rs = st.executeQuery("select " + expression + " from pg_class where oid = 'article_search'::regclass")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void assertComputedAsPlanned(Connection conn) throws Exception {
        for (String text : new String[] { "徐汇", "徐汇区", "浦东新区", "发展 徐汇", "街道 上海市", "\u9fa5\u9fa4" }) {
            SearchCriteria c = new SearchCriteria(SearchQuery.parse(text), null, null, null, null, null, null, null,
                    SearchSort.RELEVANCE, 0, 10);
            int[] codes = c.query().termCodeSets().stream().flatMap(List::stream).distinct()
                    .mapToInt(Integer::intValue).toArray();
            long planned = RankedWindow.planRows(conn, SearchSql.estimate(c, SearchTerms.literal(codes)));
            long computed = RankedWindow.planned(new RankedWindow.Table(conn), c, codes);
            assertTrue(Math.abs(computed - planned) <= Math.max(1, planned * 0.02), text + ": computed " + computed
                    + ", planned " + planned);
        }
    }
}
