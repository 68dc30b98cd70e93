package news.xuhui.query.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a page of the ranked window (see {@link SearchSql#ranked}): picks its {@link SearchSql.Shape} from the
 * planner's estimates, runs it, and runs it again without the candidate bound when a phrase's candidates were cut
 * short. Public and free of the service's beans so that the benchmark's raw-SQL baseline runs exactly these
 * statements.
 */
public final class RankedWindow {

    /**
     * {@code window}: matches ranked by relevance. {@code walkFromMatches}: estimated matches above which the date
     * index is walked. {@code filtersFirstFromShare}: with narrowing filters, the share of the archive the text alone
     * is estimated to match above which the filters are tested first.
     */
    public record Settings(int window, long walkFromMatches, double filtersFirstFromShare) {
    }

    /** What a read learned: the matches in the window (-1 when it read no row) and the planner's estimate. */
    public record Outcome(long windowSize, long estimate, SearchSql.Shape shape) {
    }

    /** Receives each row of the page, positioned on it. */
    @FunctionalInterface
    public interface RowReader {
        void read(ResultSet rs) throws SQLException;

        /**
         * The rows read so far are void: the statement runs again (a phrase's candidates were cut short). A reader
         * that keeps rows must drop them here.
         */
        default void restart() {
        }
    }

    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*(\\d+)");

    private RankedWindow() {
    }

    public static Outcome read(Connection conn, SearchCriteria c, Settings s, long offset, int limit, RowReader rows)
            throws SQLException {
        long estimate = estimate(conn, c);
        SearchSql.Shape shape = shape(conn, c, s, estimate);
        long cap = (long) s.window() * SearchSql.CANDIDATES_PER_RANKED;
        long size = run(conn, SearchSql.ranked(c, s.window(), cap, shape, offset, limit), rows);
        if (size < s.window() && shape != SearchSql.Shape.FILTERS_FIRST && c.query().needsPositions()
                && scalar(conn, SearchSql.indexCount(c, cap + 1)) > cap) {
            // the phrase's lexemes are in more rows than were checked: check them all
            rows.restart();
            size = run(conn, SearchSql.ranked(c, s.window(), null, shape, offset, limit), rows);
        }
        return new Outcome(size, estimate, shape);
    }

    /**
     * A broad query walks the date index; under narrowing filters, a text found in a large share of the archive is
     * tested only on the rows the filters leave; otherwise the index collects the matches.
     */
    static SearchSql.Shape shape(Connection conn, SearchCriteria c, Settings s, long estimate) throws SQLException {
        if (estimate > s.walkFromMatches()) {
            return SearchSql.Shape.WALK;
        }
        if (c.narrowed()) {
            long rows = tableRows(conn);
            long text = estimate(conn, c.textOnly());
            if (rows > 0 && text > s.filtersFirstFromShare() * rows) {
                return SearchSql.Shape.FILTERS_FIRST;
            }
        }
        return SearchSql.Shape.COLLECT;
    }

    /**
     * Runs the statement, handing each row to {@code rows}; returns the window size (the {@code total} column), -1
     * when no row came back.
     */
    private static long run(Connection conn, SearchSql.Statement st, RowReader rows)
            throws SQLException {
        long total = -1;
        try (PreparedStatement ps = st.prepare(conn); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                total = rs.getLong("total");
                rows.read(rs);
            }
        }
        return total;
    }

    /** The planner's estimate of the criteria's matches. */
    public static long estimate(Connection conn, SearchCriteria c) throws SQLException {
        try (PreparedStatement ps = SearchSql.estimate(c).prepare(conn); ResultSet rs = ps.executeQuery()) {
            StringBuilder plan = new StringBuilder();
            while (rs.next()) {
                plan.append(rs.getString(1));
            }
            Matcher m = PLAN_ROWS.matcher(plan);
            return m.find() ? Long.parseLong(m.group(1)) : 0;
        }
    }

    /** The planner's row count of the search table (kept by autovacuum and analyze). */
    private static long tableRows(Connection conn) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "select greatest(reltuples, 0)::bigint from pg_class where oid = 'article_search'::regclass");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The one number a statement answers (a count). */
    static long scalar(Connection conn, SearchSql.Statement st) throws SQLException {
        try (PreparedStatement ps = st.prepare(conn); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
