package news.xuhui.query.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.xuhui.query.store.ArticleEntity;
import news.xuhui.query.store.ArticleRows;
import news.xuhui.query.store.ArticleVectors;
import news.xuhui.query.text.SearchTerms;

/**
 * Reads a page of the ranked window (see {@link SearchSql#ranked}): picks its {@link SearchSql.Shape} from the
 * planner's estimates and runs it; a query whose index terms find more than its matches has its newest candidates
 * checked on their text ({@link #checked}) until the window is full. Public and free of the service's beans so that the benchmark's raw-SQL baseline runs exactly these
 * statements.
 */
public final class RankedWindow {

    /**
     * {@code window}: matches ranked by relevance. {@code walkFromMatches}: estimated matches above which the date
     * index is walked. {@code filtersFirstFromShare}: with narrowing filters, the share of the archive the text alone
     * is estimated to match above which the filters are tested first. {@code blockFromMatches}: estimated matches above
     * which a collection goes by blocks of dates ({@link #newestByBlocks}).
     */
    public record Settings(int window, long walkFromMatches, double filtersFirstFromShare, long blockFromMatches) {
    }

    /** What a read learned: the matches in the window (-1 when it read no row) and the planner's estimate. */
    public record Outcome(long windowSize, long estimate, SearchSql.Shape shape) {
    }

    /** Receives each row of the page, positioned on it. */
    @FunctionalInterface
    public interface RowReader {
        void read(ResultSet rs) throws SQLException;

        /** The rows read so far are void: a reader that keeps rows must drop them here. */
        default void restart() {
        }
    }

    /** What testing a row's terms costs, in reads of a row found through the index (see {@link #shape}). */
    static final double WALK_TEST_COST = 27;

    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*(\\d+)");

    private RankedWindow() {
    }

    public static Outcome read(Connection conn, SearchCriteria asked, Settings s, long offset, int limit,
            RowReader rows) throws SQLException {
        Table table = new Table(conn);
        Lookup lookup = lookup(table, asked);
        SearchCriteria c = lookup.criteria();
        long estimate = lookup.estimate();
        SearchSql.Shape shape = shape(table, c, s, estimate);
        long size;
        if (shape == SearchSql.Shape.COLLECT && estimate > s.blockFromMatches()) {
            // many matches: the newest are collected a block of dates at a time, not every match read to find them
            List<String> ids = newestByBlocks(table, c, s.window(), estimate);
            size = ids.isEmpty() ? -1 : run(conn, SearchSql.rankedIds(c, ids, offset, limit), rows);
        } else if (!c.query().needsCheck()) {
            size = run(conn, SearchSql.ranked(c, s.window(), shape, offset, limit), rows);
        } else {
            // the index terms find a superset: the newest candidates are checked on their text until the window is full
            List<String> ids = checkedIds(conn, c, shape, 0, s.window());
            size = ids.isEmpty() ? -1 : run(conn, SearchSql.rankedIds(c, ids, offset, limit), rows);
        }
        return new Outcome(size, estimate, shape);
    }

    /**
     * The ids of the newest {@code want} matches, newest first, found as {@link #read} finds the ranked window: by
     * blocks of dates, collected through the text index, or walked along the date index, by the estimate. Null when
     * the query needs no check and is best walked: the planner's own plan for the page in date order does that.
     */
    static List<String> newestIds(Connection conn, SearchCriteria asked, Settings s, int want) throws SQLException {
        Table table = new Table(conn);
        Lookup lookup = lookup(table, asked);
        SearchCriteria c = lookup.criteria();
        long estimate = lookup.estimate();
        SearchSql.Shape shape = shape(table, c, s, estimate);
        if (shape == SearchSql.Shape.COLLECT && estimate > s.blockFromMatches()) {
            return newestByBlocks(table, c, want, estimate);
        }
        if (c.query().needsCheck()) {
            return checkedIds(conn, c, shape, 0, want);
        }
        return shape == SearchSql.Shape.COLLECT ? collectedIds(conn, c, want) : null;
    }

    /**
     * Blocks of dates walked at most, at the rate of matches the estimate gives: a query whose window would need more
     * is collected at once.
     */
    static final int MORE_BLOCKS = 5;

    /** The edition dates of the rows a search can reach: the first and last within the criteria's dates. */
    record DateSpan(LocalDate first, LocalDate last) {
    }

    /**
     * The ids of the newest {@code want} matches (checked on their text when the query {@link SearchQuery#needsCheck()
     * needs it}), newest first: collected one {@link SearchSql#block block of dates} at a time, newest block first, in
     * one statement ({@link SearchSql#blockWalk}), when the {@code estimate}d matches fill the window within
     * {@link #MORE_BLOCKS} blocks; otherwise, or when the blocks walked fell short, every match is collected at once
     * (undated ones, which sort last, included). Collecting every match of a common name read ~14,000 rows spread over
     * ~11,000 pages of a million-article table to keep 100; a block holds a few hundred of them. The text index holds
     * each row's block beside its terms, so it finds a block's matches alone.
     */
    static List<String> newestByBlocks(Table table, SearchCriteria c, int want, long estimate) throws SQLException {
        Connection conn = table.conn;
        DateSpan span = table.span(c);
        double needed = blocksNeeded(span, want, estimate);
        if (needed > MORE_BLOCKS) {
            return collectedIds(conn, c, want);
        }
        long first = SearchSql.block(span.first());
        long last = SearchSql.block(span.last());
        // the blocks the estimate says the window needs, twice over (estimates err both ways), and the newest block,
        // which may have begun a few days ago
        int walk = (int) Math.min(last - first + 1, (long) Math.ceil(2 * needed) + 1);
        long[] blocks = new long[walk];
        for (int i = 0; i < walk; i++) {
            blocks[i] = last - i;
        }
        Walked w = walk(conn, c, blocks, want);
        if (w.ordered() && w.ids().size() >= want) {
            return w.ids();
        }
        // every block of a dated search walked through (the walk stopped short of its limit): all its matches, since
        // a date filter leaves out the undated rows, which sort after every block
        boolean whole = walk == last - first + 1 && w.rows() < want && (c.from() != null || c.to() != null);
        return w.ordered() && whole ? w.ids() : collectedIds(conn, c, want);
    }

    /**
     * The blocks of dates the {@code estimate}d matches fill a window of {@code want} in, at their rate over the span
     * searched (infinite when there is no dated row or no match).
     */
    static double blocksNeeded(DateSpan span, int want, long estimate) {
        if (span.first().isAfter(span.last())) {
            return Double.POSITIVE_INFINITY;
        }
        long days = ChronoUnit.DAYS.between(span.first(), span.last()) + 1;
        double perBlock = estimate * Math.min(1.0, (double) SearchSql.BLOCK_DAYS / days);
        return perBlock > 0 ? want / perBlock : Double.POSITIVE_INFINITY;
    }

    /**
     * What a walk over blocks returned: the matches, newest first; the rows it read (at most the matches wanted; fewer
     * when the blocks ran out); and whether the rows came in the order of the blocks walked.
     */
    record Walked(List<String> ids, int rows, boolean ordered) {
    }

    /**
     * The newest {@code want} matches within the given blocks, newest block first (see {@link SearchSql#blockWalk});
     * fewer when the blocks hold fewer, or when a candidate the database could not decide failed the check (the walk
     * stops at {@code want} rows, so the blocks may hold more matches than it returns: the caller then collects at
     * once), or none when the database cannot test the query's terms as they are.
     */
    static Walked walk(Connection conn, SearchCriteria c, long[] blocks, int want) throws SQLException {
        List<String> plain = c.query().needsCheck() ? c.query().plainHanTerms() : null;
        if (c.query().needsCheck() && plain == null) {
            // nothing the database can test as it is: the check reads every candidate
            return new Walked(List.of(), want, true);
        }
        List<String> read = new ArrayList<>();
        List<String> unsure = new ArrayList<>();
        long order = 0;
        boolean ordered = true;
        try (PreparedStatement ps = SearchSql.blockWalk(c, blocks, want, plain).prepare(conn);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long n = rs.getLong("walk_order");
                ordered &= n >= order;
                order = n;
                read.add(rs.getString("id"));
                if (plain != null && !rs.getBoolean("holds")) {
                    unsure.add(rs.getString("id"));
                }
            }
        }
        Set<String> failed = failing(conn, c, unsure);
        List<String> ids = new ArrayList<>(read.size());
        for (String id : read) {
            if (!failed.contains(id)) {
                ids.add(id);
            }
        }
        return new Walked(ids, read.size(), ordered);
    }

    /**
     * Which of the given candidates, which the database could neither confirm nor refute on their raw text, fail the
     * check on their normalised text ({@link SearchQuery#matches}): read whole by their ids in one statement. A row
     * deleted meanwhile fails.
     */
    static Set<String> failing(Connection conn, SearchCriteria c, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<String> failed = new HashSet<>(ids);
        try (PreparedStatement ps = SearchSql.articles(ids).prepare(conn); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ArticleEntity a = ArticleRows.read(rs);
                if (c.query().matches(ArticleVectors.texts(a))) {
                    failed.remove(a.id);
                }
            }
        }
        return failed;
    }

    /** The newest matches, up to {@code want}, all collected through the text index (checked if the query needs it). */
    private static List<String> collectedIds(Connection conn, SearchCriteria c, int want)
            throws SQLException {
        if (c.query().needsCheck()) {
            return checkedIds(conn, c, SearchSql.Shape.COLLECT, 0, want);
        }
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = SearchSql.newestIds(c, want).prepare(conn); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /**
     * What a search asks of the search table as a whole, asked once when first needed: its rows as the planner counts
     * them, and its first and last edition dates (two probes of the date index). A search asked them up to three
     * times, a round trip each.
     */
    static final class Table {

        final Connection conn;
        private boolean read;
        private double tuples;
        private long pages;
        private long rows;
        private boolean counted;
        private LocalDate first;
        private LocalDate last;

        Table(Connection conn) {
            this.conn = conn;
        }

        /**
         * The rows as the planner counts them: those the last ANALYZE or VACUUM counted ({@code reltuples}), scaled by
         * the pages the table has grown to since (as PostgreSQL's estimate_rel_size does); the planner's own count
         * when none was counted (see {@link #counted()}).
         */
        long rows() throws SQLException {
            read();
            return rows;
        }

        /**
         * The frequencies of the terms as the planner has them now ({@link TermFrequencies}, read again when the
         * table's counted rows or pages differ from the reading's: ANALYZE rewrites them with the statistics).
         */
        TermFrequencies frequencies() throws SQLException {
            read();
            return TermFrequencies.of(conn, tuples, pages);
        }

        /**
         * False when no ANALYZE or VACUUM has counted the table's rows since it held any (after a restore, or rows
         * written into a table vacuumed empty): the planner then guesses them from its pages and rows' width, which
         * {@link #rows()} does not, so estimates are left to the planner.
         */
        boolean counted() throws SQLException {
            read();
            return counted;
        }

        /** The first and last edition dates within the criteria's dates (first after last when none). */
        DateSpan span(SearchCriteria c) throws SQLException {
            read();
            if (first == null) {
                return new DateSpan(LocalDate.MAX, LocalDate.MIN);
            }
            LocalDate from = c.from() != null && c.from().isAfter(first) ? c.from() : first;
            LocalDate to = c.to() != null && c.to().isBefore(last) ? c.to() : last;
            return new DateSpan(from, to);
        }

        private void read() throws SQLException {
            if (read) {
                return;
            }
            try (PreparedStatement ps = conn.prepareStatement("select c.reltuples::float8, c.relpages,"
                    + " pg_relation_size(c.oid) / current_setting('block_size')::int,"
                    + " (select min(edition_date) from article_search), (select max(edition_date) from article_search)"
                    + " from pg_class c where c.oid = 'article_search'::regclass"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                tuples = rs.getDouble(1); // -1: never counted
                pages = rs.getLong(2);
                long pagesNow = rs.getLong(3);
                counted = pagesNow == 0 || (tuples >= 0 && pages > 0);
                rows = pagesNow == 0 ? 0 : pages > 0 ? Math.round(Math.max(0, tuples) / pages * pagesNow) : 0;
                java.sql.Date min = rs.getDate(4);
                java.sql.Date max = rs.getDate(5);
                first = min == null ? null : min.toLocalDate();
                last = max == null ? null : max.toLocalDate();
            }
            if (!counted) {
                rows = planRows(conn, SearchSql.estimate(new SearchCriteria(null, null, null, null, null, null, null,
                        null, SearchSort.RELEVANCE, 0, 1)));
            }
            read = true;
        }
    }

    /** Candidates read per check at first, beyond the matches wanted: most candidates are matches. */
    static final int FIRST_EXTRA = 16;

    /**
     * The matches of a query that {@link SearchQuery#needsCheck() needs a check}: its candidates in order (newest first
     * in {@code shape}, or the criteria's date order when it is null; see {@link SearchSql#candidates}), each checked
     * on its text ({@link SearchQuery#matches}), the first {@code skip} matches passed over, until {@code want} matches
     * or the candidates run out. Reads the candidates in growing batches: only about as many as the matches wanted
     * when most candidates match, every one when few do.
     */
    public static List<ArticleEntity> checked(Connection conn, SearchCriteria c, SearchSql.Shape shape, long skip,
            int want) throws SQLException {
        return checked(conn, c, shape, skip, want, false, (rs, a, id) -> a != null ? a : ArticleRows.read(rs));
    }

    /**
     * The ids of the matches {@link #checked(Connection, SearchCriteria, SearchSql.Shape, long, int)} finds: a
     * candidate whose raw text holds the terms is not shipped at all: the database tests it ({@link
     * SearchSql#heldCandidates}), and a window's ids are all it needs.
     */
    static List<String> checkedIds(Connection conn, SearchCriteria c, SearchSql.Shape shape, long skip,
            int want) throws SQLException {
        return checked(conn, c, shape, skip, want, true, (rs, a, id) -> id);
    }

    /**
     * What a check keeps of a match: from its row, or from the article already parsed to check it (null if not), or
     * its id alone (a tested candidate: no row, no article).
     */
    @FunctionalInterface
    private interface Keep<T> {
        T keep(ResultSet rs, ArticleEntity parsed, String id) throws SQLException;
    }

    /** {@code held}: the database tests the raw text (the rows that hold the terms come back as ids only). */
    private static <T> List<T> checked(Connection conn, SearchCriteria c, SearchSql.Shape shape, long skip, int want,
            boolean held, Keep<T> keep) throws SQLException {
        List<T> out = new ArrayList<>();
        List<String> plain = c.query().plainHanTerms();
        long seen = 0;
        long at = 0;
        long batch = Math.min(Integer.MAX_VALUE, skip + want + (skip + want) / 4 + FIRST_EXTRA);
        while (true) {
            int n = 0;
            boolean tested = held && plain != null;
            if (tested) {
                // ids and the database's answers; the few it could not decide are read whole and checked after
                List<String> read = new ArrayList<>();
                List<String> unsure = new ArrayList<>();
                try (PreparedStatement ps = SearchSql.heldCandidates(c, shape, at, (int) batch, plain).prepare(conn);
                        ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        n++;
                        if (rs.getBoolean("holds")) {
                            read.add(rs.getString("id"));
                        } else if (!rs.getBoolean("refuted")) {
                            read.add(rs.getString("id"));
                            unsure.add(rs.getString("id"));
                        }
                    }
                }
                Set<String> failed = failing(conn, c, unsure);
                for (String id : read) {
                    if (!failed.contains(id) && seen++ >= skip) {
                        out.add(keep.keep(null, null, id));
                        if (out.size() >= want) {
                            return out;
                        }
                    }
                }
            } else {
                try (PreparedStatement ps = SearchSql.candidates(c, shape, at, (int) batch).prepare(conn);
                        ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        n++;
                        ArticleEntity a = null;
                        boolean match = plain != null && rawHolds(rs, plain);
                        if (!match) {
                            a = ArticleRows.read(rs);
                            match = c.query().matches(ArticleVectors.texts(a));
                        }
                        if (match && seen++ >= skip) {
                            out.add(keep.keep(rs, a, rs.getString("id")));
                            if (out.size() >= want) {
                                return out;
                            }
                        }
                    }
                }
            }
            if (n < batch) {
                return out;
            }
            at += n;
            batch = nextBatch(batch, at, seen, skip + want);
        }
    }

    /**
     * The candidates to read next: enough for the matches still wanted at the rate found so far, a quarter more, and
     * at most four times the last batch (when none matched yet, four times). Growing fourfold whatever the rate read
     * ~560 more candidates for a name whose first 141 fell one match short of its window.
     */
    static long nextBatch(long batch, long read, long matched, long wanted) {
        long grown = Math.min(Integer.MAX_VALUE, batch * 4);
        if (matched <= 0 || read <= 0) {
            return grown;
        }
        double rate = (double) matched / read;
        long missing = Math.max(1, wanted - matched);
        return Math.min(grown, (long) Math.ceil(missing / rate * 1.25) + FIRST_EXTRA);
    }

    /**
     * True when the row's raw text ({@link SearchSql#RAW_TEXT}) holds every term as it is (see
     * {@link SearchQuery#plainHanTerms}): a match, without parsing and normalising.
     */
    private static boolean rawHolds(ResultSet rs, List<String> terms) throws SQLException {
        String[] raw = new String[SearchSql.RAW_TEXT.size()];
        for (String t : terms) {
            boolean found = false;
            for (int i = 0; i < raw.length && !found; i++) {
                if (raw[i] == null) {
                    raw[i] = rs.getString(SearchSql.RAW_TEXT.get(i));
                    raw[i] = raw[i] == null ? "" : raw[i];
                }
                found = raw[i].contains(t);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /**
     * A broad query walks the date index; under narrowing filters, a text found in a large share of the archive is
     * tested only on the rows the filters leave; otherwise the index collects the matches.
     */
    static SearchSql.Shape shape(Table table, SearchCriteria c, Settings s, long estimate) throws SQLException {
        long rows = -1;
        long walkFrom = s.walkFromMatches();
        if (walkFrom > 0 && estimate > walkFrom) {
            // the break-even grows with the archive: walking costs about window x rows / matches row tests, collecting
            // about matches row reads, a test ~27 reads (its terms are out of line)
            rows = table.rows();
            walkFrom = Math.max(walkFrom, (long) Math.sqrt((double) rows * s.window() * WALK_TEST_COST));
            if (estimate > walkFrom && estimate > s.blockFromMatches()) {
                // collected by blocks of dates, a query reads the matches of its newest block, not all of them
                walkFrom = Math.max(walkFrom, blockWalkFrom(rows, s.window(), rowsPerBlock(table, c, rows)));
            }
        }
        if (estimate > walkFrom) {
            return SearchSql.Shape.WALK;
        }
        if (c.narrowed()) {
            rows = rows < 0 ? table.rows() : rows;
            long text = estimate(table, c.textOnly());
            if (rows > 0 && text > s.filtersFirstFromShare() * rows
                    && !(datesOnly(c) && estimate > s.blockFromMatches()
                            && blocksNeeded(table.span(c), s.window(), estimate) <= MORE_BLOCKS
                            && (double) text / rows < blockShareBelow(s.window(), rowsPerBlock(table, c, rows)))) {
                return SearchSql.Shape.FILTERS_FIRST;
            }
        }
        return SearchSql.Shape.COLLECT;
    }

    /** True when dates are the only filters that narrow the criteria (the blocks of dates narrow them as well). */
    private static boolean datesOnly(SearchCriteria c) {
        return (c.from() != null || c.to() != null) && c.page() == null && c.source() == null && c.person() == null
                && c.author() == null;
    }

    /**
     * The share of the archive a text is found in, under date filters only, below which collecting its matches a block
     * of dates at a time beats walking the dated rows newest first testing each one's terms (FILTERS_FIRST): the walk
     * tests about {@code window / share} rows at {@link #BLOCK_WALK_TEST_COST} each, the blocks collect about {@code
     * share x perBlock x} {@link #PARTIAL_BLOCK} candidates; they cost the same at {@code sqrt(window x cost /
     * (perBlock x partial))}. About 29 % of the archive at 100,000 articles over eleven years, 9 % at a million. A common word in a quarter of the articles, in a three-month range of the 100,000-article bench store,
     * walked 372 rows in 9 ms to fill its window.
     */
    static double blockShareBelow(int window, double perBlock) {
        return perBlock <= 0 ? 0 : Math.sqrt(window * BLOCK_WALK_TEST_COST / (perBlock * PARTIAL_BLOCK));
    }

    /**
     * The blocks a date range's matches are collected from, in blocks' worth: a range ends inside its newest block,
     * whose matches after the range are read too (about half a block more).
     */
    static final double PARTIAL_BLOCK = 1.5;

    /**
     * What testing a row's terms on the walk costs, in candidates collected within a block of dates: about 12 µs
     * against 3 µs on the million-article bench store (the block's candidates are found by the index, sorted, and
     * read from the narrow table; the walk reads each row's terms out of line).
     */
    static final double BLOCK_WALK_TEST_COST = 4;

    /**
     * The estimated matches above which walking the date index beats collecting by blocks: walking tests about
     * {@code window x rows / matches} rows, collecting a block reads about {@code matches x perBlock / rows}; they
     * cost the same at {@code rows x sqrt(window x cost / perBlock)}. One block holding the whole archive gives the
     * break-even of collecting every match.
     */
    static long blockWalkFrom(long rows, int window, double perBlock) {
        if (rows <= 0 || perBlock <= 0) {
            return 0;
        }
        return (long) (rows * Math.sqrt(window * BLOCK_WALK_TEST_COST / Math.min(perBlock, rows)));
    }

    /** The search table's rows in a block of dates, on average over the archive's span of edition dates. */
    private static double rowsPerBlock(Table table, SearchCriteria c, long rows) throws SQLException {
        DateSpan span = table.span(c.textOnly());
        if (span.first().isAfter(span.last())) {
            return rows;
        }
        long days = ChronoUnit.DAYS.between(span.first(), span.last()) + 1;
        return rows * Math.min(1.0, (double) SearchSql.BLOCK_DAYS / days);
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

    /**
     * The estimate of the criteria's matches: the planner's, except that a term of several index terms (a word of three
     * or more characters, a phrase: each pair of its characters) counts as its rarest one. The pairs of a word stand
     * together in the text, so the product of their frequencies that the planner takes (as if independent) would put
     * a common name at a few rows; the rarest pair bounds the word's candidates from above. Terms, and the filters,
     * are still taken as independent of one another.
     */
    public static long estimate(Connection conn, SearchCriteria c) throws SQLException {
        return estimate(new Table(conn), c);
    }

    private static long estimate(Table table, SearchCriteria c) throws SQLException {
        return counted(table, c, isLookedUpByPairs(c)
                ? pairs(table.frequencies(), c.query()).rarest() : allCodes(c));
    }

    /**
     * Rows of the table a term below the statistics' horizon is counted in: a sample of about this many rows (one
     * sample level, see {@link FacetSample}), or the whole table when it is smaller.
     */
    static final long SAMPLE_ROWS = 2048;

    /**
     * {@link #planned}, unless an unfiltered query holds a term the statistics do not list: such a term is counted in a
     * sample of the table ({@link #SAMPLE_ROWS}) and the count scaled. The planner gives an unlisted term a fixed share
     * (half the least common listed one's, at most 0.5 %): every common name of a paper's archive, in ~1.4 % of it at
     * 100,000 articles, was estimated at 500 rows, so its newest matches were collected from all its ~1,400 rows
     * instead of walked a few blocks of dates; and a name in a handful of articles at a million was walked block by
     * block before all of it was collected anyway. The text index intersects the terms with a sample level alone, and
     * only the sampled matches are read (about 20 for such a name): ~0.2 ms.
     */
    static long counted(Table table, SearchCriteria c, int[] codes) throws SQLException {
        long planned = planned(table, c, codes);
        if (codes.length == 0 || c.narrowed() || c.paper() != null || !table.counted()) {
            return planned;
        }
        TermFrequencies frequencies = table.frequencies();
        if (Arrays.stream(codes).allMatch(frequencies::listed)) {
            return planned;
        }
        FacetSample sample = FacetSample.of(table.rows(), SAMPLE_ROWS);
        return sample.scale(scalar(table.conn, SearchSql.sampleCount(SearchTerms.literal(codes), sample)));
    }

    /** Every index term of the criteria's text (none without text). */
    private static int[] allCodes(SearchCriteria c) {
        return c.hasText() ? c.query().termCodeSets().stream().flatMap(List::stream).distinct().mapToInt(Integer::intValue)
                .toArray() : new int[0];
    }

    /**
     * The planner's estimate of the rows holding every one of the given index terms under the criteria's filters.
     * Without filters (the usual search) it is computed here as the planner computes it (array_selfuncs.c), the
     * table's rows times each term's frequency ({@link TermFrequencies}, read again after each ANALYZE; no share of
     * null rows to take off, the terms column is not null), so that no EXPLAIN is planned and sent: about a tenth of
     * a name search's time. With filters the planner's own, which weighs them too.
     */
    static long planned(Table table, SearchCriteria c, int[] codes) throws SQLException {
        if (c.narrowed() || c.paper() != null || (c.hasText() && c.query().isEmpty()) || !table.counted()) {
            return planRows(table.conn, SearchSql.estimate(c, c.hasText() ? SearchTerms.literal(codes) : null));
        }
        long rows = table.rows();
        TermFrequencies frequencies = table.frequencies();
        double share = 1;
        for (int code : codes) {
            share *= frequencies.share(code);
        }
        return Math.max(1, Math.round(rows * share));
    }

    /**
     * The share of the archive above which a pair of a term of several (a word of three or more characters, a phrase)
     * is left out of the index lookup when a rarer pair of the same term stays in it: a match holds every pair, so the
     * rarer ones find a superset of its candidates, which the check confirms, and the pairs of a word stand together,
     * so the common ones narrow it little; but each costs the index its long list (a phrase of fifteen pairs: 39
     * candidates in 1.5 ms through its three rare pairs, against 38 in 43 ms through all, a million articles).
     */
    static final double COMMON_PAIR_SHARE = 0.1;

    /** The criteria as searched (their common pairs left out of the lookup, see {@link #COMMON_PAIR_SHARE}), and their {@link #estimate}. */
    record Lookup(SearchCriteria criteria, long estimate) {
    }

    /**
     * The {@link Lookup} of the criteria: each pair of a term of several weighed by its frequency in the statistics
     * ({@link TermFrequencies}), the estimate the planner's for the rarest pairs under the criteria's filters.
     */
    static Lookup lookup(Connection conn, SearchCriteria c) throws SQLException {
        return lookup(new Table(conn), c);
    }

    private static Lookup lookup(Table table, SearchCriteria c) throws SQLException {
        if (!isLookedUpByPairs(c)) {
            return new Lookup(c, counted(table, c, allCodes(c)));
        }
        Pairs pairs = pairs(table.frequencies(), c.query());
        return new Lookup(c.withQuery(c.query().withIndexCodes(pairs.looked())), counted(table, c, pairs.rarest()));
    }

    /**
     * The criteria with their common pairs left out of the index lookup, as {@link #lookup} searches them, without an
     * estimate: for reading matches in date order, which needs none.
     */
    static SearchCriteria narrowed(Connection conn, SearchCriteria c) throws SQLException {
        return isLookedUpByPairs(c)
                ? c.withQuery(c.query().withIndexCodes(pairs(TermFrequencies.of(conn), c.query()).looked())) : c;
    }

    /** A text query whose matches are checked: its terms of several index terms are looked up by their pairs. */
    private static boolean isLookedUpByPairs(SearchCriteria c) {
        return c.hasText() && !c.query().isEmpty() && c.query().needsCheck();
    }

    /** The index terms of a query: the rarest of each of its terms, and those the lookup keeps. */
    private record Pairs(int[] rarest, int[] looked) {
    }

    private static Pairs pairs(TermFrequencies frequencies, SearchQuery q) {
        long common = (long) (COMMON_PAIR_SHARE * frequencies.tableRows);
        Set<Integer> rarest = new TreeSet<>();
        Set<Integer> looked = new TreeSet<>();
        for (List<Integer> term : q.termCodeSets()) {
            if (term.size() == 1) {
                rarest.add(term.get(0));
                looked.add(term.get(0));
                continue;
            }
            Map<Integer, Long> rows = byRows(frequencies, term);
            rarest.add(rows.keySet().iterator().next());
            rows.forEach((code, n) -> {
                if (n <= common) {
                    looked.add(code);
                }
            });
            if (rows.values().iterator().next() > common) {
                looked.addAll(term); // no rare pair: every one narrows
            }
        }
        return new Pairs(rarest.stream().mapToInt(Integer::intValue).toArray(),
                looked.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The estimated rows of each of the given index terms (see {@link TermFrequencies}), fewest first. */
    static Map<Integer, Long> byRows(TermFrequencies frequencies, List<Integer> codes) {
        Map<Integer, Long> rows = new HashMap<>();
        for (int code : codes) {
            rows.put(code, frequencies.rows(code));
        }
        List<Integer> sorted = new ArrayList<>(rows.keySet());
        sorted.sort(Comparator.comparingLong((Integer code) -> rows.get(code)).thenComparing(Comparator.naturalOrder()));
        Map<Integer, Long> fewestFirst = new LinkedHashMap<>();
        sorted.forEach(code -> fewestFirst.put(code, rows.get(code)));
        return fewestFirst;
    }

    static long planRows(Connection conn, SearchSql.Statement explain) throws SQLException {
        try (PreparedStatement ps = explain.prepare(conn); ResultSet rs = ps.executeQuery()) {
            StringBuilder plan = new StringBuilder();
            while (rs.next()) {
                plan.append(rs.getString(1));
            }
            Matcher m = PLAN_ROWS.matcher(plan);
            return m.find() ? Long.parseLong(m.group(1)) : 0;
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
