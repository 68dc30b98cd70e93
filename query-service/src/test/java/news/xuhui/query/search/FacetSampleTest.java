package news.xuhui.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.query.rest.GoldSeeds;

/**
 * Facets of broad queries count a sample: the sample levels halve from one to the next, the text index reads a level
 * as an index condition, and a sampled count is the sample's rows counted and multiplied back.
 */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class FacetSampleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @Inject
    SearchSlots slots;

    @Inject
    SearchConfig config;

    @Test
    void theSampleIsTheDensestPowerOfTwoWithinTheLimit() {
        assertEquals(1, FacetSample.of(2000, 2000).oneIn(), "at the limit: every match");
        assertEquals(1, FacetSample.of(1_000_000, 0).oneIn(), "0: never sampled");
        assertEquals(2, FacetSample.of(2001, 2000).oneIn());
        assertEquals(2, FacetSample.of(4000, 2000).oneIn());
        assertEquals(4, FacetSample.of(4001, 2000).oneIn());
        assertEquals(512, FacetSample.of(900_000, 2000).oneIn(), "900,000 / 512 = 1,758 rows");
        assertEquals(0, FacetSample.of(900_000, 2000).level() - 8, "one in 2^(k+1) is level k");
        assertEquals(1L << 30, FacetSample.of(Long.MAX_VALUE / 4, 1).oneIn(), "no sparser than one in 2^30");
        assertEquals(5 * 64, new FacetSample(64).scale(5));
        assertThrows(IllegalArgumentException.class, () -> new FacetSample(3));
        assertThrows(IllegalArgumentException.class, () -> new FacetSample(0));
        assertThrows(IllegalStateException.class, () -> FacetSample.ALL.level());
    }

    /** Level k holds one row in 2^(k+1): measured over 200,000 made-up ids, each share within 10 % of its own. */
    @Test
    void eachLevelHoldsHalfTheRowsOfTheOneBelow() throws Exception {
        int n = 200_000;
        Map<Integer, Long> rows = new HashMap<>();
        try (Connection conn = dataSource.getConnection(); Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery("select " + FacetSample.LEVEL_SQL + " as level, count(*) from "
                        + "(select 'article-' || g as id from generate_series(1, " + n + ") g) s group by 1")) {
            while (rs.next()) {
                rows.put(rs.getInt(1), rs.getLong(2));
            }
        }
        for (int k = 0; k <= 6; k++) {
            double expected = n / Math.pow(2, k + 1);
            long got = rows.getOrDefault(k, 0L);
            assertTrue(Math.abs(got - expected) < expected * 0.1, "level " + k + ": " + got + " rows, about "
                    + (long) expected + " expected; " + rows);
        }
    }

    /** The level is the text index's third column (migration V11): read as an index condition, never row by row. */
    @Test
    void aSampleIsReadThroughTheTextIndex() throws Exception {
        SearchCriteria c = criteria("徐汇", null);
        SearchSql.Statement st = SearchSql.facets(c, null, new FacetSample(64), 10, 10);
        String plan;
        try (Connection conn = dataSource.getConnection()) {
            conn.setAutoCommit(false);
            try (Statement s = conn.createStatement()) {
                s.execute("set local enable_seqscan = off");
            }
            SearchSql.Statement explain = new SearchSql.Statement("explain (format json) " + st.sql(), st.params());
            try (PreparedStatement ps = explain.prepare(conn); ResultSet rs = ps.executeQuery()) {
                rs.next();
                plan = rs.getString(1);
            }
            conn.rollback();
        }
        JsonNode scan = find(JSON.readTree(plan), "Bitmap Index Scan");
        assertTrue(scan != null, plan);
        String cond = scan.path("Index Cond").asText();
        assertTrue(cond.contains("terms @>") && cond.contains("bit_count") && cond.contains("= '5'::bigint"),
                "terms and level 5 (one in 64) in one index condition: " + cond);
    }

    /**
     * Counted in a sample of one in two, each facet holds the sample's rows (read here row by row, with their level)
     * counted and multiplied by two: the total, the months, the sources and the people; through the search's own
     * setting, more matches than it are sampled and say so, and with sampling off they are counted in full.
     */
    @Test
    void aSampledCountIsTheSampleCountedAndMultipliedBack() throws Exception {
        String paper = "样本报" + UUID.randomUUID().toString().substring(0, 6);
        int stored = GoldSeeds.loadStored(paper).size();
        SearchCriteria c = criteria(null, paper);
        FacetSample half = new FacetSample(2);
        Map<String, Long> months = new HashMap<>();
        Map<String, Long> sources = new HashMap<>();
        Map<String, Long> people = new HashMap<>();
        long total = 0;
        try (Connection conn = dataSource.getConnection()) {
            try (PreparedStatement ps = conn.prepareStatement("select to_char(s.edition_date, 'YYYY-MM'), s.source, "
                    + "s.people::text, " + FacetSample.LEVEL_SQL + " from article_search s where s.paper = ?")) {
                ps.setString(1, paper);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getInt(4) != half.level()) {
                            continue;
                        }
                        total += 2;
                        if (rs.getString(1) != null) {
                            months.merge(rs.getString(1), 2L, Long::sum);
                        }
                        if (rs.getString(2) != null) {
                            sources.merge(rs.getString(2), 2L, Long::sum);
                        }
                        JSON.readTree(rs.getString(3)).forEach(p -> people.merge(p.asText(), 2L, Long::sum));
                    }
                }
            }
            assertTrue(total > 0 && total < 2L * stored, "some of the " + stored + " articles are in the sample: "
                    + total / 2);
            Facets f = ArticleSearch.count(conn, c, null, true, half);
            assertEquals(total, f.total());
            assertFalse(f.exact());
            assertEquals(2, f.sampledOneIn());
            assertEquals(counts(months, Comparator.comparing(Facets.Count::value).reversed()), f.months());
            assertEquals(counts(sources, mostFirst()), f.sources());
            assertEquals(counts(people, mostFirst()).subList(0, Math.min(people.size(), ArticleSearch.FACET_SIZE)),
                    f.people());
        }

        try (Connection conn = dataSource.getConnection(); Statement st = conn.createStatement()) {
            st.execute("analyze article_search"); // the planner's estimate of the paper's rows picks the sample
        }
        Facets sampled = search(1).facets(c);
        assertFalse(sampled.exact(), "more than one match: sampled");
        assertTrue(sampled.sampledOneIn() >= 2, "one in " + sampled.sampledOneIn());
        assertEquals(0, sampled.total() % sampled.sampledOneIn(), "the sample's count, multiplied back");
        Facets all = search(0).facets(c);
        assertTrue(all.exact());
        assertEquals(1, all.sampledOneIn());
        assertEquals(stored, all.total());
    }

    private ArticleSearch search(long sampleAbove) {
        ArticleSearch s = new ArticleSearch();
        s.dataSource = dataSource;
        s.slots = new SearchSlots(0, Duration.ofSeconds(10));
        SearchConfig base = config;
        s.config = new SearchConfig() {
            @Override
            public int rankWindow() {
                return base.rankWindow();
            }

            @Override
            public long walkFromMatches() {
                return base.walkFromMatches();
            }

            @Override
            public long blockFromMatches() {
                return base.blockFromMatches();
            }

            @Override
            public double filtersFirstFromShare() {
                return base.filtersFirstFromShare();
            }

            @Override
            public long facetsExactUpTo() {
                return base.facetsExactUpTo();
            }

            @Override
            public long facetsSampleAbove() {
                return sampleAbove;
            }

            @Override
            public int maxConcurrent() {
                return 0;
            }

            @Override
            public Duration maxWait() {
                return base.maxWait();
            }
        };
        return s;
    }

    private static Comparator<Facets.Count> mostFirst() {
        return Comparator.comparingLong(Facets.Count::count).reversed().thenComparing(Facets.Count::value);
    }

    private static List<Facets.Count> counts(Map<String, Long> byValue, Comparator<Facets.Count> order) {
        List<Facets.Count> counts = new ArrayList<>();
        byValue.forEach((v, n) -> counts.add(new Facets.Count(v, n)));
        counts.sort(order);
        return counts;
    }

    private static JsonNode find(JsonNode node, String type) {
        if (type.equals(node.path("Node Type").asText())) {
            return node;
        }
        for (JsonNode child : node) {
            JsonNode found = find(child, type);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static SearchCriteria criteria(String q, String paper) {
        return new SearchCriteria(q == null ? null : SearchQuery.parse(q), null, null, paper, null, null, null, null,
                SearchSort.RELEVANCE, 0, 20);
    }
}
