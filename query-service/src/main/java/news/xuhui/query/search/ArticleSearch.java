package news.xuhui.query.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import news.xuhui.query.store.ArticleEntity;
import news.xuhui.query.store.ArticleRows;
import news.xuhui.query.store.Section;
import news.xuhui.query.store.StoreException;

/**
 * Runs searches: one parameterised statement per page of hits (rank and size of the ranked window included; see
 * {@link SearchSql#ranked}), snippets computed here from the clean paragraphs. Plain JDBC on the service's pool: read-only, no transaction, no entity management.
 */
@ApplicationScoped
public class ArticleSearch {

    /** Characters of text around the matches in a snippet. */
    public static final int SNIPPET_CHARS = 120;
    public static final int FACET_SIZE = 20;
    public static final int MONTH_FACET_SIZE = 240;

    @Inject
    DataSource dataSource;

    @Inject
    SearchSlots slots;

    @Inject
    SearchConfig config;

    public SearchResult search(SearchCriteria c) {
        if (c.hasText() && c.query().isEmpty()) {
            return new SearchResult(0, true, List.of());
        }
        List<String> runs = c.hasText() ? c.query().highlightRuns() : List.of();
        long offset = (long) c.pageIndex() * c.size();
        try (SearchSlots.Slot slot = slots.take(); Connection conn = dataSource.getConnection()) {
            List<SearchHit> hits = new ArrayList<>();
            if (!c.hasText()) {
                read(conn, SearchSql.dated(c, offset, c.size()), hits, runs);
                return new SearchResult(RankedWindow.scalar(conn, SearchSql.count(c)), true, List.copyOf(hits));
            }
            if (c.effectiveSort() != SearchSort.RELEVANCE) {
                dated(conn, c, offset, c.size(), hits, runs);
                return total(conn, c, hits, -1, -1);
            }
            long windowSize = -1;
            long estimate = -1;
            if (offset < config.rankWindow()) {
                int limit = (int) Math.min(c.size(), config.rankWindow() - offset);
                RankedWindow.Outcome o = RankedWindow.read(conn, c, settings(), offset, limit, new RankedWindow.RowReader() {
                    @Override
                    public void read(ResultSet rs) throws SQLException {
                        hits.add(hit(rs, runs));
                    }

                    @Override
                    public void restart() {
                        hits.clear();
                    }
                });
                windowSize = o.windowSize();
                estimate = o.estimate();
                if (windowSize < 0) {
                    // no row at this offset inside the window: fewer matches than the offset, so no hit here either,
                    // and their number (exact, below the window) comes from the window's own plan
                    long matches = offset == 0 ? 0 : Math.max(0, windowRows(conn, c).windowSize());
                    return new SearchResult(matches, true, List.of());
                }
            }
            if (windowSize == config.rankWindow() && offset + c.size() > config.rankWindow()) {
                // past the ranked window: the older matches follow in date order
                long from = Math.max(offset, config.rankWindow());
                dated(conn, c, from, (int) (offset + c.size() - from), hits, runs);
            } else if (windowSize < 0) {
                dated(conn, c, offset, c.size(), hits, runs);
            }
            return total(conn, c, hits, windowSize, estimate);
        } catch (SQLException e) {
            throw new StoreException("search failed", e);
        }
    }

    /** The ranked window read with its first row only: how many matches it holds (-1: none), and the estimate. */
    private RankedWindow.Outcome windowRows(Connection conn, SearchCriteria c) throws SQLException {
        return RankedWindow.read(conn, c, settings(), 0, 1, rs -> { });
    }

    /**
     * Exact when there are at most {@code xuhui.search.rank-window} matches (known from the window, or counted that far);
     * otherwise the planner's estimate, flagged as such: counting every match of a broad query would cost as much as
     * ranking them all.
     */
    private SearchResult total(Connection conn, SearchCriteria c, List<SearchHit> hits, long windowSize,
            long knownEstimate) throws SQLException {
        if (windowSize < 0 && c.hasText()) {
            // counted through the ranked window's plan, which keeps clear of testing thousands of out-of-line vectors
            RankedWindow.Outcome window = windowRows(conn, c);
            if (window.windowSize() < config.rankWindow()) {
                return new SearchResult(Math.max(0, window.windowSize()), true, List.copyOf(hits));
            }
            windowSize = window.windowSize();
            knownEstimate = window.estimate();
        }
        long known = windowSize >= 0 ? windowSize : RankedWindow.scalar(conn, SearchSql.count(c, config.rankWindow() + 1L));
        if (known <= config.rankWindow() && windowSize < config.rankWindow()) {
            return new SearchResult(known, true, List.copyOf(hits));
        }
        long seen = (long) c.pageIndex() * c.size() + hits.size();
        long planned = knownEstimate >= 0 ? knownEstimate : RankedWindow.estimate(conn, c);
        long estimate = Math.max(Math.max(config.rankWindow() + 1L, seen), planned);
        return new SearchResult(estimate, false, List.copyOf(hits));
    }

    /**
     * Adds the matches in date order as hits. Newest first within the ranked window's reach, the page is found as the
     * window is ({@link RankedWindow#newestIds}): left to the planner, a name of two characters walked the date index
     * testing rows for up to a second at a million articles, and a phrase had every candidate sorted by date and
     * shipped here to be checked (~75 ms). Otherwise a query that needs a check has its candidates checked in the
     * database ({@link RankedWindow#checkedIds}) through its rare pairs ({@link RankedWindow#narrowed}).
     */
    private void dated(Connection conn, SearchCriteria c, long offset, int limit, List<SearchHit> hits,
            List<String> runs) throws SQLException {
        if (!c.hasText()) {
            read(conn, SearchSql.dated(c, offset, limit), hits, runs);
            return;
        }
        List<String> ids = null;
        if (c.effectiveSort() == SearchSort.NEWEST && offset + limit <= config.rankWindow()) {
            ids = RankedWindow.newestIds(conn, c, settings(), (int) (offset + limit));
            if (ids != null) {
                ids = ids.subList((int) Math.min(offset, ids.size()), ids.size());
            }
        }
        if (ids == null && !c.query().needsCheck()) {
            read(conn, SearchSql.dated(c, offset, limit), hits, runs);
            return;
        }
        if (ids == null) {
            ids = RankedWindow.checkedIds(conn, RankedWindow.narrowed(conn, c), null, offset, limit);
        }
        if (!ids.isEmpty()) {
            read(conn, SearchSql.datedIds(c, ids), hits, runs);
        }
    }

    /** Adds the rows as hits. */
    private static void read(Connection conn, SearchSql.Statement st, List<SearchHit> hits, List<String> runs)
            throws SQLException {
        try (PreparedStatement ps = st.prepare(conn); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                hits.add(hit(rs, runs));
            }
        }
    }

    /** The hit of the row the result set is on: the article, its rank if any, highlights when there is text. */
    private static SearchHit hit(ResultSet rs, List<String> runs) throws SQLException {
        ArticleEntity a = ArticleRows.read(rs);
        float score = rs.getFloat("score");
        return hit(a, rs.wasNull() ? null : score, runs);
    }

    private static SearchHit hit(ArticleEntity a, Float rank, List<String> runs) {
        if (runs.isEmpty()) {
            return new SearchHit(a, null, null, null);
        }
        return new SearchHit(a, rank, Snippets.highlight(a.title, runs), snippet(a, runs));
    }

    private RankedWindow.Settings settings() {
        return new RankedWindow.Settings(config.rankWindow(), config.walkFromMatches(), config.filtersFirstFromShare(),
                config.blockFromMatches());
    }



    /**
     * One statement over the matches gathered once (see {@link SearchSql#facets}). Matches estimated above
     * {@code xuhui.search.facets-sample-above} are counted in a uniform sample of them (see {@link FacetSample}).
     * PostgreSQL is kept off a sequential scan: its cost model does not count reading the out-of-line terms of every
     * row, which for a word in most articles took seconds where the text index takes tens of milliseconds, and a
     * sample is found through the text index's sample levels.
     */
    public Facets facets(SearchCriteria c) {
        if (c.hasText() && c.query().isEmpty()) {
            return new Facets(0, true, 1, List.of(), List.of(), List.of());
        }
        try (SearchSlots.Slot slot = slots.take(); Connection conn = dataSource.getConnection()) {
            conn.setAutoCommit(false);
            try {
                try (Statement st = conn.createStatement()) {
                    st.execute("set local enable_seqscan = off");
                }
                boolean exact = true;
                List<String> ids = null; // null: the rows holding the index terms, the matches unless checks are needed
                long estimate;
                if (c.hasText() && c.query().needsCheck()) {
                    // the candidates are confirmed on their text when they are few; beyond, they are counted as they are
                    long candidates = RankedWindow.scalar(conn, SearchSql.indexCount(c, config.facetsExactUpTo() + 1L));
                    exact = candidates <= config.facetsExactUpTo();
                    if (exact) {
                        ids = RankedWindow.checkedIds(conn, c, SearchSql.Shape.COLLECT, 0, Integer.MAX_VALUE);
                        estimate = ids.size();
                    } else {
                        estimate = Math.max(candidates, RankedWindow.estimate(conn, c));
                    }
                } else {
                    estimate = RankedWindow.estimate(conn, c);
                }
                Facets facets = count(conn, c, ids, exact, FacetSample.of(estimate, config.facetsSampleAbove()));
                if (!facets.sampled()) {
                    conn.commit();
                    return facets;
                }
                // the estimate was the planner's: when the sample shows far fewer matches, count again, all of them
                // if they are few enough, else in a sample sized from what this one found
                long sampled = facets.total() / facets.sampledOneIn();
                if (sampled < config.facetsSampleAbove() / 8) {
                    facets = count(conn, c, ids, exact, FacetSample.of(facets.total(), config.facetsSampleAbove()));
                }
                conn.commit();
                return facets;
            } finally {
                if (!conn.getAutoCommit()) {
                    conn.rollback();
                    conn.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("facets failed", e);
        }
    }

    static Facets count(Connection conn, SearchCriteria c, List<String> ids, boolean exact, FacetSample sample)
            throws SQLException {
        SearchSql.Statement st = SearchSql.facets(c, ids, sample, MONTH_FACET_SIZE, FACET_SIZE);
        long total = 0;
        List<Facets.Count> months = new ArrayList<>();
        List<Facets.Count> sources = new ArrayList<>();
        List<Facets.Count> people = new ArrayList<>();
        try (PreparedStatement ps = st.prepare(conn); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int kind = rs.getInt("k");
                long n = sample.scale(rs.getLong("n"));
                switch (kind) {
                    case SearchSql.FACET_TOTAL -> total = n;
                    case SearchSql.FACET_MONTH -> months.add(new Facets.Count(rs.getString("value"), n));
                    case SearchSql.FACET_SOURCE -> sources.add(new Facets.Count(rs.getString("value"), n));
                    case SearchSql.FACET_PERSON -> people.add(new Facets.Count(rs.getString("value"), n));
                    default -> throw new SQLException("unknown facet kind " + kind);
                }
            }
        }
        // a union keeps no order of its own: each facet is put in its order here
        months.sort(Comparator.comparing(Facets.Count::value).reversed());
        Comparator<Facets.Count> mostFirst = Comparator.comparingLong(Facets.Count::count).reversed()
                .thenComparing(Facets.Count::value);
        sources.sort(mostFirst);
        people.sort(mostFirst);
        return new Facets(total, exact && sample.all(), sample.oneIn(), List.copyOf(months), List.copyOf(sources),
                List.copyOf(people));
    }

    /** The paragraphs' best window; the sections' when the match is only there. */
    private static String snippet(ArticleEntity a, List<String> runs) {
        String s = Snippets.snippet(a.paragraphs, runs, SNIPPET_CHARS);
        if (!s.contains(Snippets.OPEN) && a.sections != null) {
            for (Section section : a.sections) {
                List<String> text = new ArrayList<>();
                if (section.heading() != null) {
                    text.add(section.heading());
                }
                if (section.paragraphs() != null) {
                    text.addAll(section.paragraphs());
                }
                String t = Snippets.snippet(text, runs, SNIPPET_CHARS);
                if (t.contains(Snippets.OPEN)) {
                    return t;
                }
            }
        }
        return s;
    }
}
