package news.xuhui.query.search;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The archive's rows holding each index term, as its last ANALYZE found them: the most common elements of
 * {@code article_search.terms} and their frequencies (pg_stats), and for any other term what the planner assumes, half
 * the least common one's frequency, at most 0.5 %. Read once and kept for {@link #KEPT_NANOS}, so that weighing the
 * pairs of a phrase ({@link RankedWindow#lookup}) costs no round trip per pair: one {@code EXPLAIN} each was 16 for
 * a 17-character phrase, several milliseconds of a search that takes about fifteen.
 */
final class TermFrequencies {

    /**
     * How long a reading is used: statistics change at an ANALYZE, after a tenth of the archive has been written, and a
     * reading costs ~15 ms at a million articles (pg_stats, ten thousand terms as text).
     */
    static final long KEPT_NANOS = 300_000_000_000L;

    /** The planner's ceiling on an element it has no statistics for (array_selfuncs.c, DEFAULT_CONTAIN_SEL). */
    private static final double DEFAULT_CONTAIN_SEL = 0.005;

    private static final String READ = """
            select greatest(c.reltuples, 0)::float8, s.most_common_elems::text::int4[], s.most_common_elem_freqs,
                c.reltuples::float8, c.relpages
            from pg_class c left join pg_stats s on s.schemaname = current_schema() and s.tablename = c.relname
                and s.attname = 'terms'
            where c.oid = 'article_search'::regclass""";

    private static volatile TermFrequencies last;

    private final String database;
    private final long readAt;
    final double tableRows;
    private final Map<Integer, Float> frequencies;
    private final double unlisted;
    private final double tuples;
    private final long pages;

    private TermFrequencies(String database, long readAt, double tableRows, Map<Integer, Float> frequencies,
            double unlisted, double tuples, long pages) {
        this.tuples = tuples;
        this.pages = pages;
        this.database = database;
        this.readAt = readAt;
        this.tableRows = tableRows;
        this.frequencies = frequencies;
        this.unlisted = unlisted;
    }

    /** The reading of this connection's database, read again when older than {@link #KEPT_NANOS}. */
    static TermFrequencies of(Connection conn) throws SQLException {
        String database = conn.getMetaData().getURL();
        TermFrequencies t = last;
        long now = System.nanoTime();
        if (t != null && t.database.equals(database) && now - t.readAt < KEPT_NANOS) {
            return t;
        }
        t = read(conn, database, now);
        last = t;
        return t;
    }

    /**
     * {@link #of(Connection)}, read again when the table's counted rows or pages ({@code reltuples}, {@code relpages}
     * as they are now) differ from the reading's: ANALYZE rewrites them with the statistics, so the reading would be
     * of statistics the planner no longer uses (a VACUUM rewrites them too: a reading too many, now and then). Asking
     * the statistics collector how many times the table was analysed instead made one search in a hundred wait ~10 ms
     * for it to write its file (PostgreSQL 14 refreshes it for a reader when older than half a second).
     */
    static TermFrequencies of(Connection conn, double tuplesNow, long pagesNow) throws SQLException {
        TermFrequencies t = of(conn);
        if (t.tuples != tuplesNow || t.pages != pagesNow) {
            t = read(conn);
            last = t;
        }
        return t;
    }

    /** The next {@link #of} reads the statistics again (tests that change them). */
    static void forget() {
        last = null;
    }

    /** A reading of this connection's database now. */
    static TermFrequencies read(Connection conn) throws SQLException {
        return read(conn, conn.getMetaData().getURL(), System.nanoTime());
    }

    private static TermFrequencies read(Connection conn, String database, long now) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(READ); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return new TermFrequencies(database, now, 0, Map.of(), DEFAULT_CONTAIN_SEL, Double.NaN, -1);
            }
            double rows = rs.getDouble(1);
            double tuples = rs.getDouble(4);
            long pages = rs.getLong(5);
            Array elems = rs.getArray(2);
            Array freqs = rs.getArray(3);
            if (elems == null || freqs == null) {
                // never analysed: the planner's own default for every term
                return new TermFrequencies(database, now, rows, Map.of(), DEFAULT_CONTAIN_SEL, tuples, pages);
            }
            Integer[] e = (Integer[]) elems.getArray();
            Float[] f = (Float[]) freqs.getArray();
            Map<Integer, Float> byCode = new HashMap<>(e.length * 2);
            for (int i = 0; i < e.length; i++) {
                byCode.put(e[i], f[i]);
            }
            // the frequencies are followed by their minimum, their maximum and the share of nulls
            double unlisted = f.length == e.length + 3 ? Math.min(DEFAULT_CONTAIN_SEL, f[e.length] / 2)
                    : DEFAULT_CONTAIN_SEL;
            return new TermFrequencies(database, now, rows, Map.copyOf(byCode), unlisted, tuples, pages);
        }
    }

    @Override
    public String toString() {
        return "TermFrequencies[" + tableRows + " rows, " + frequencies.size() + " common terms, others "
                + unlisted + "]";
    }

    /** The rows estimated to hold the term, at least 1 as the planner has it. */
    long rows(int code) {
        return Math.max(1, Math.round(tableRows * share(code)));
    }

    /** Whether the statistics list the term among the most common: its frequency is measured, not guessed. */
    boolean listed(int code) {
        return frequencies.containsKey(code);
    }

    /** The share of the rows estimated to hold the term: its frequency, or the planner's figure for an unlisted one. */
    double share(int code) {
        Float f = frequencies.get(code);
        return f != null ? f : unlisted;
    }
}
