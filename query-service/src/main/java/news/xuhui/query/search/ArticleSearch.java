package news.xuhui.query.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;


import news.xuhui.query.messaging.ArticleEvent;
import news.xuhui.query.store.ArticleEntity;
import news.xuhui.query.store.ArticleRows;

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

    /** How many of the newest matches are ranked by relevance; see {@link SearchSql#ranked}. */
    @ConfigProperty(name = "xuhui.search.rank-window", defaultValue = "100")
    int rankWindow;

    /** Estimated matches above which the window is found by walking the date index; see {@link SearchSql#ranked}. */
    @ConfigProperty(name = "xuhui.search.walk-from-matches", defaultValue = "10000")
    long walkFromMatches;

    public SearchResult search(SearchCriteria c) {
        if (c.hasText() && c.query().isEmpty()) {
            return new SearchResult(0, true, List.of());
        }
        List<String> runs = c.hasText() ? c.query().highlightRuns() : List.of();
        long offset = (long) c.pageIndex() * c.size();
        try (Connection conn = dataSource.getConnection()) {
            List<SearchHit> hits = new ArrayList<>();
            if (!c.hasText()) {
                read(conn, SearchSql.dated(c, offset, c.size()), hits, runs);
                return new SearchResult(scalar(conn, SearchSql.count(c)), true, List.copyOf(hits));
            }
            if (c.effectiveSort() != SearchSort.RELEVANCE) {
                read(conn, SearchSql.dated(c, offset, c.size()), hits, runs);
                return total(conn, c, hits, -1, -1);
            }
            long windowSize = -1;
            long estimate = -1;
            if (offset < rankWindow) {
                int limit = (int) Math.min(c.size(), rankWindow - offset);
                estimate = estimate(conn, c);
                boolean walk = SearchSql.walks(c, estimate, walkFromMatches);
                long cap = (long) rankWindow * SearchSql.CANDIDATES_PER_RANKED;
                windowSize = read(conn, SearchSql.ranked(c, rankWindow, cap, walk, offset, limit), hits, runs);
                if (windowSize < rankWindow && candidatesCut(conn, c)) {
                    // the phrase's lexemes are in more rows than were checked: check them all
                    hits.clear();
                    windowSize = read(conn, SearchSql.ranked(c, rankWindow, null, walk, offset, limit), hits, runs);
                }
            }
            if (windowSize == rankWindow && offset + c.size() > rankWindow) {
                // past the ranked window: the older matches follow in date order
                long from = Math.max(offset, rankWindow);
                read(conn, SearchSql.dated(c, from, (int) (offset + c.size() - from)), hits, runs);
            } else if (windowSize < 0) {
                read(conn, SearchSql.dated(c, offset, c.size()), hits, runs);
            }
            return total(conn, c, hits, windowSize, estimate);
        } catch (SQLException e) {
            throw new IllegalStateException("search failed", e);
        }
    }

    /** True when the ranked window's candidates were bounded (see {@link SearchSql#ranked}) and more exist. */
    private boolean candidatesCut(Connection conn, SearchCriteria c) throws SQLException {
        if (!c.query().needsPositions()) {
            return false;
        }
        long cap = (long) rankWindow * SearchSql.CANDIDATES_PER_RANKED;
        return scalar(conn, SearchSql.indexCount(c, cap + 1)) > cap;
    }

    /**
     * Exact when there are at most {@link #rankWindow} matches (known from the window, or counted that far);
     * otherwise the planner's estimate, flagged as such: counting every match of a broad query would cost as much as
     * ranking them all.
     */
    private SearchResult total(Connection conn, SearchCriteria c, List<SearchHit> hits, long windowSize,
            long knownEstimate) throws SQLException {
        long known = windowSize >= 0 ? windowSize : scalar(conn, SearchSql.count(c, rankWindow + 1L));
        if (known <= rankWindow && windowSize < rankWindow) {
            return new SearchResult(known, true, List.copyOf(hits));
        }
        long seen = (long) c.pageIndex() * c.size() + hits.size();
        long planned = knownEstimate >= 0 ? knownEstimate : estimate(conn, c);
        long estimate = Math.max(Math.max(rankWindow + 1L, seen), planned);
        return new SearchResult(estimate, false, List.copyOf(hits));
    }

    /** Adds the rows as hits; returns the {@code total} column of the rows (-1 when absent or no row). */
    private static long read(Connection conn, SearchSql.Statement st, List<SearchHit> hits, List<String> runs)
            throws SQLException {
        long total = -1;
        try (PreparedStatement ps = st.prepare(conn); ResultSet rs = ps.executeQuery()) {
            boolean hasTotal = rs.getMetaData().getColumnCount() > 0 && hasColumn(rs, "total");
            while (rs.next()) {
                if (hasTotal) {
                    total = rs.getLong("total");
                }
                ArticleEntity a = ArticleRows.read(rs);
                float score = rs.getFloat("score");
                Float rank = rs.wasNull() ? null : score;
                if (runs.isEmpty()) {
                    hits.add(new SearchHit(a, null, null, null));
                } else {
                    hits.add(new SearchHit(a, rank, Snippets.highlight(a.title, runs), snippet(a, runs)));
                }
            }
        }
        return total;
    }

    private static boolean hasColumn(ResultSet rs, String name) throws SQLException {
        var md = rs.getMetaData();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            if (name.equals(md.getColumnLabel(i))) {
                return true;
            }
        }
        return false;
    }

    private static long scalar(Connection conn, SearchSql.Statement st) throws SQLException {
        try (PreparedStatement ps = st.prepare(conn); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*(\\d+)");

    static long estimate(Connection conn, SearchCriteria c) throws SQLException {
        try (PreparedStatement ps = SearchSql.estimate(c).prepare(conn); ResultSet rs = ps.executeQuery()) {
            StringBuilder plan = new StringBuilder();
            while (rs.next()) {
                plan.append(rs.getString(1));
            }
            Matcher m = PLAN_ROWS.matcher(plan);
            return m.find() ? Long.parseLong(m.group(1)) : 0;
        }
    }

    public Facets facets(SearchCriteria c) {
        if (c.hasText() && c.query().isEmpty()) {
            return new Facets(0, List.of(), List.of(), List.of());
        }
        try (Connection conn = dataSource.getConnection()) {
            return new Facets(scalar(conn, SearchSql.count(c)), counts(conn, SearchSql.monthFacet(c, MONTH_FACET_SIZE)),
                    counts(conn, SearchSql.sourceFacet(c, FACET_SIZE)), counts(conn, SearchSql.personFacet(c, FACET_SIZE)));
        } catch (SQLException e) {
            throw new IllegalStateException("facets failed", e);
        }
    }

    private static List<Facets.Count> counts(Connection conn, SearchSql.Statement st) throws SQLException {
        List<Facets.Count> out = new ArrayList<>();
        try (PreparedStatement ps = st.prepare(conn); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Facets.Count(rs.getString("value"), rs.getLong("n")));
            }
        }
        return out;
    }

    /** The paragraphs' best window; the sections' when the match is only there. */
    private static String snippet(ArticleEntity a, List<String> runs) {
        String s = Snippets.snippet(a.paragraphs, runs, SNIPPET_CHARS);
        if (!s.contains(Snippets.OPEN) && a.sections != null) {
            for (ArticleEvent.Section section : a.sections) {
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
