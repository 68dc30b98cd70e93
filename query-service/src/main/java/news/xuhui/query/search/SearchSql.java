package news.xuhui.query.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import news.xuhui.query.store.ArticleRows;
import news.xuhui.query.text.CjkText;
import news.xuhui.query.text.SearchTerms;

/**
 * The SQL of a search, as fixed text plus bind values: the text only ever holds the clauses below, every user value
 * is a bind parameter. Public so that the benchmark runs exactly these statements as its raw-SQL baseline.
 */
public final class SearchSql {

    /** One statement with its bind values in order. */
    public record Statement(String sql, List<Object> params) {

        public PreparedStatement prepare(Connection c) throws SQLException {
            PreparedStatement ps = c.prepareStatement(sql);
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            return ps;
        }
    }

    /** Newest first, on the search table (alias {@code s}): the order of its date index. */
    private static final String NEWEST = " order by s.edition_date desc nulls last, s.stored_at desc, s.id";

    private SearchSql() {
    }

    /**
     * How the newest matches of a ranked window are found; {@link RankedWindow} picks one from the planner's estimates.
     * PostgreSQL's own choice is not enough: it does not count the TOAST read of each row whose terms it tests (they
     * are stored out of line), so it would test thousands of rows where the index finds the few matches.
     */
    public enum Shape {
        /** Walk the date index newest first, testing each row (a broad query fills the window within a few rows). */
        WALK,
        /** Collect the matches through the text index (and any filter), then sort them (a selective query). */
        COLLECT,
        /**
         * Walk the filtered rows newest first and test the text only on those that pass the filters (a broad text
         * under narrow filters: the index would hand over most of the archive, the filters leave few rows).
         */
        FILTERS_FIRST
    }

    /**
     * Relevance, bounded: the newest {@code window} matches (all of them when there are fewer) are ranked with
     * {@code ts_rank_cd} on their small in-row {@code rank_vector}, then by recency; each row also carries how many
     * matches the window held ({@code total}). Ranking every match of a broad query (徐汇 is in most articles) would
     * cost in proportion to its breadth; the window keeps it flat, and a selective query (a name) is ranked in full.
     * The window is chosen on the narrow search table, and only the rows of the page are read whole.
     *
     * <p>Only for a query whose index terms are its matches ({@link SearchQuery#needsCheck()} false); the others find
     * their window with {@link #candidates} and rank it with {@link #rankedIds}.
     */
    public static Statement ranked(SearchCriteria c, int window, Shape shape, long offset, int limit) {
        List<Object> params = new ArrayList<>();
        SearchQuery q = c.query();
        StringBuilder sql = new StringBuilder();
        if (shape == Shape.COLLECT) {
            sql.append("with m as materialized (select s.id, s.edition_date, s.stored_at from article_search s");
            where(c, sql, params, Text.TERMS);
            sql.append(") ");
        }
        sql.append("select ").append(ArticleRows.COLUMNS)
                .append(", coalesce(ts_rank_cd(a.rank_vector, cast(? as tsquery)), 0) as score,")
                .append(" count(*) over () as total from (");
        params.add(q.toTsQuery());
        windowIds(c, shape, sql, params);
        params.add(window);
        sql.append(") w join article a on a.id = w.id")
                .append(" order by score desc, a.edition_date desc nulls last, a.stored_at desc, a.id limit ? offset ?");
        params.add(limit);
        params.add(offset);
        return new Statement(sql.toString(), List.copyOf(params));
    }

    /** The ids of the newest matches in the given shape, up to a limit (the next bind value, added by the caller). */
    private static void windowIds(SearchCriteria c, Shape shape, StringBuilder sql, List<Object> params) {
        if (shape == Shape.FILTERS_FIRST) {
            // the subquery's offset keeps the text test out of it: it runs on the filtered rows, newest first, lazily
            sql.append("select m.id, m.edition_date, m.stored_at from (select s.id, s.edition_date, s.stored_at,")
                    .append(" s.terms from article_search s");
            where(c, sql, params, Text.NONE);
            sql.append(NEWEST).append(" offset 0) m where m.terms @> cast(? as int4[])")
                    .append(" order by m.edition_date desc nulls last, m.stored_at desc, m.id");
            params.add(c.query().termCodes());
        } else if (shape == Shape.WALK) {
            sql.append("select s.id, s.edition_date, s.stored_at from article_search s");
            where(c, sql, params, Text.TERMS);
            sql.append(NEWEST);
        } else {
            sql.append("select m.id, m.edition_date, m.stored_at from m")
                    .append(" order by m.edition_date desc nulls last, m.stored_at desc, m.id");
        }
        sql.append(" limit ?");
    }

    /**
     * Candidates of a query that {@link SearchQuery#needsCheck() needs a check}, whole (their text is what the check
     * reads), {@code limit} of them after skipping {@code skip}: newest first in the given shape, or in the criteria's
     * date order when {@code shape} is null (PostgreSQL's own plan, as for {@link #dated}).
     */
    public static Statement candidates(SearchCriteria c, Shape shape, long skip, int limit) {
        return candidates(c, shape, skip, limit, null);
    }

    /**
     * {@link #candidates(SearchCriteria, Shape, long, int)} with a {@code holds} column: true when the row's
     * raw text holds every one of the given terms as it is (see {@link SearchQuery#plainHanTerms}), tested by the
     * database; such a row is a match (its id is all a window needs). A row comes back as its id, {@code holds} and
     * {@code refuted} only ({@link #TESTED}); those neither holding nor refuted are read whole by their ids
     * ({@link #articles}) to be checked on their normalised text. Shipping every candidate's paragraphs to the service
     * to test them there was about half of a name search's time.
     */
    public static Statement heldCandidates(SearchCriteria c, Shape shape, long skip, int limit, List<String> plain) {
        return candidates(c, shape, skip, limit, Objects.requireNonNull(plain));
    }

    private static Statement candidates(SearchCriteria c, Shape shape, long skip, int limit, List<String> held) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        boolean oldest = shape == null && c.effectiveSort() == SearchSort.OLDEST;
        if (shape == Shape.COLLECT) {
            sql.append("with m as materialized (select s.id, s.edition_date, s.stored_at from article_search s");
            where(c, sql, params, Text.TERMS);
            sql.append(") ");
        }
        sql.append("select ").append(held == null ? ArticleRows.COLUMNS : TESTED).append(" from (");
        if (shape == null) {
            sql.append("select s.id, s.edition_date, s.stored_at from article_search s");
            where(c, sql, params, Text.TERMS);
            sql.append(oldest ? " order by s.edition_date asc nulls last, s.stored_at asc, s.id" : NEWEST)
                    .append(" limit ?");
        } else {
            windowIds(c, shape, sql, params);
        }
        params.add(limit);
        sql.append(" offset ?) w join article a on a.id = w.id");
        params.add(skip);
        if (held != null) {
            sql.append(HELD);
            params.add(held.toArray(String[]::new));
            params.add(CjkText.foldsToHan());
            params.add(held.toArray(String[]::new));
        }
        sql.append(oldest ? " order by w.edition_date asc nulls last, w.stored_at asc, w.id"
                : " order by w.edition_date desc nulls last, w.stored_at desc, w.id");
        return new Statement(sql.toString(), List.copyOf(params));
    }

    /**
     * The columns of {@code article} an article is searched by, as stored (the JSON ones' strings hold Han characters
     * unescaped). Section texts are left out: their JSON also holds speakers, which are not searched.
     */
    static final List<String> RAW_TEXT = List.of("title", "kicker", "subtitle", "source", "authors", "paragraphs");

    /** The columns of {@link #RAW_TEXT} that hold a JSON array of strings. */
    private static final Set<String> JSON_ARRAYS = Set.of("authors", "paragraphs");

    /**
     * Whether the raw text of {@code a} ({@link #RAW_TEXT}) holds every term of the bound array; a null column holds
     * nothing. A term that is one of the people the parser found in the article's text (a name) is held without
     * reading the text: the list is small and in line, the paragraphs are not ({@code jsonb_exists}, since the
     * operator {@code ?} would read as a JDBC parameter). An array's strings are tested one by one: printing a whole
     * jsonb as text to test it was ~25 µs an article, most of what testing a candidate cost.
     *
     * <p>A row that does not hold them is {@code refuted} when its whole raw text, sections included, lacks one of the
     * terms and has no character that normalising turns into Han ({@link CjkText#foldsToHan}): the check would find no
     * match either, so the row is not shipped (a candidate holding a phrase's pairs apart is the common case: shipped
     * and parsed, each cost ~0.5 ms). A row whose texts hold no such character ({@code folds_to_han} false, set when
     * it is written) and no sections is refuted on that flag alone: it lacks a term in every column the holds test
     * read, and running the expression over its whole text cost ~0.1 ms (40 such rows were a third of a phrase
     * search). Binds: the terms, the class, the terms again. ({@code offset 0} keeps the planner from copying the test
     * into each column's case.)
     */
    private static final String HELD = " cross join lateral (select coalesce(bool_and(coalesce("
            + "jsonb_exists(a.people, t) or "
            + RAW_TEXT.stream().map(col -> JSON_ARRAYS.contains(col)
                    ? "exists (select 1 from jsonb_array_elements_text(a." + col + ") x where strpos(x, t) > 0)"
                    : "strpos(a." + col + ", t) > 0").collect(Collectors.joining(" or "))
            + ", false)), false) as holds from unnest(cast(? as text[])) t) h"
            + " cross join lateral (select case when h.holds then false when a.folds_to_han = false and (a.sections"
            + " is null or a.sections = '[]'::jsonb) then true else (select not x.raw ~ cast(? as text)"
            + " and exists (select 1 from unnest(cast(? as text[])) t where strpos(x.raw, t) = 0) from (select"
            + " concat_ws(' ', a.title, a.kicker, a.subtitle, a.source, cast(a.authors as text),"
            + " cast(a.paragraphs as text), cast(a.sections as text)) as raw) x) end as refuted offset 0) r";

    /**
     * What a tested candidate comes back as: its id and the two answers. A row neither holding the terms nor refuted
     * is read whole afterwards, by its id ({@link #articles}), to be checked on its normalised text: returning every
     * candidate's columns (null unless needed, through a case each) cost ~11 µs a row, a seventh of a phrase search.
     */
    private static final String TESTED = "h.holds, r.refuted, a.id";

    /**
     * The ids of the newest matches, up to {@code limit}: collected through the text index, then sorted. Only for a
     * query whose index terms are its matches.
     */
    public static Statement newestIds(SearchCriteria c, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(
                "with m as materialized (select s.id, s.edition_date, s.stored_at from article_search s");
        where(c, sql, params, Text.TERMS);
        sql.append(") select m.id from m order by m.edition_date desc nulls last, m.stored_at desc, m.id limit ?");
        params.add(limit);
        return new Statement(sql.toString(), List.copyOf(params));
    }

    /**
     * The newest matches of the given {@link #block blocks} of dates, walked in the order given (newest first), up to
     * {@code limit}, in one statement: a lateral join runs one index lookup per block, and the limit stops the walk at
     * the block that fills it. One statement per block cost a round trip and a plan each, about as much as its lookup.
     * Each row carries {@code walk_order}, its block's place in the list: a lateral subquery is joined by a nested loop
     * over the blocks, which keeps their order, but that is the planner's way, not SQL's promise, so the reader checks
     * it ({@link RankedWindow#walk}). The lookup is fenced ({@code offset 0}) from the order it is sorted in, which the
     * date index also gives: walking that index and testing each row's out-of-line terms is what the blocks avoid.
     *
     * <p>With {@code held} (a query that {@link SearchQuery#needsCheck() needs a check}), the rows are candidates tested
     * as {@link #heldCandidates} tests them, refuted ones left out: {@code holds}, {@code refuted} and the id; each
     * block's candidates are sorted first and joined in that order, so that the limit stops the tests as well. Without
     * it, the ids of the matches.
     */
    public static Statement blockWalk(SearchCriteria c, long[] blocks, int limit, List<String> held) {
        List<Object> params = new ArrayList<>();
        params.add(Arrays.stream(blocks).mapToObj(b -> Math.toIntExact(b)).toArray(Integer[]::new));
        StringBuilder sql = new StringBuilder(held == null ? "select x.id" : "select x.*")
                .append(", b.n as walk_order from unnest(cast(? as int4[])) with ordinality as b(k, n) cross join lateral (");
        if (held != null) {
            sql.append("select ").append(TESTED).append(" from (");
        }
        sql.append("select f.id, f.edition_date, f.stored_at from (select s.id, s.edition_date, s.stored_at"
                + " from article_search s");
        where(c, sql, params, Text.TERMS);
        sql.append(" and ((s.edition_date - date '1970-01-01') / ").append(BLOCK_DAYS).append(") = b.k offset 0) f")
                .append(" order by f.edition_date desc nulls last, f.stored_at desc, f.id");
        if (held != null) {
            sql.append(") w join article a on a.id = w.id").append(HELD);
            params.add(held.toArray(String[]::new));
            params.add(CjkText.foldsToHan());
            params.add(held.toArray(String[]::new));
            sql.append(" where not r.refuted order by w.edition_date desc nulls last, w.stored_at desc, w.id");
        }
        sql.append(" limit ?) x limit ?");
        params.add(limit);
        params.add(limit);
        return new Statement(sql.toString(), List.copyOf(params));
    }

    /** The articles of the given ids ranked as {@link #ranked} ranks a window; {@code total}: how many ids. */
    public static Statement rankedIds(SearchCriteria c, List<String> ids, long offset, int limit) {
        String sql = "select " + ArticleRows.COLUMNS
                + ", coalesce(ts_rank_cd(a.rank_vector, cast(? as tsquery)), 0) as score, cast(? as bigint) as total"
                + " from article a where a.id = any (cast(? as varchar[]))"
                + " order by score desc, a.edition_date desc nulls last, a.stored_at desc, a.id limit ? offset ?";
        return new Statement(sql, List.of(c.query().toTsQuery(), (long) ids.size(), ids.toArray(String[]::new),
                limit, offset));
    }

    /** The articles of the given ids, whole ({@link ArticleRows#COLUMNS}), in no particular order. */
    public static Statement articles(List<String> ids) {
        return new Statement("select " + ArticleRows.COLUMNS + " from article a where a.id = any (cast(? as varchar[]))",
                List.<Object>of((Object) ids.toArray(String[]::new)));
    }

    /** The articles of the given ids in date order (newest or oldest first, as the criteria say), no rank. */
    public static Statement datedIds(SearchCriteria c, List<String> ids) {
        boolean oldest = c.effectiveSort() == SearchSort.OLDEST;
        String sql = "select " + ArticleRows.COLUMNS + ", cast(null as real) as score"
                + " from article a where a.id = any (cast(? as varchar[]))"
                + (oldest ? " order by a.edition_date asc nulls last, a.stored_at asc, a.id"
                        : " order by a.edition_date desc nulls last, a.stored_at desc, a.id");
        return new Statement(sql, List.<Object>of((Object) ids.toArray(String[]::new)));
    }

    /** Hits in date order (newest or oldest first, as the criteria say), no rank. */
    public static Statement dated(SearchCriteria c, long offset, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select ").append(ArticleRows.COLUMNS)
                .append(", cast(null as real) as score from (select s.id, s.edition_date, s.stored_at from article_search s");
        where(c, sql, params);
        boolean oldest = c.effectiveSort() == SearchSort.OLDEST;
        sql.append(oldest ? " order by s.edition_date asc nulls last, s.stored_at asc, s.id" : NEWEST);
        // the page is found on the narrow table, offset included; only its rows are read whole
        sql.append(" limit ? offset ?) w join article a on a.id = w.id");
        params.add(limit);
        params.add(offset);
        sql.append(oldest ? " order by w.edition_date asc nulls last, w.stored_at asc, w.id"
                : " order by w.edition_date desc nulls last, w.stored_at desc, w.id");
        return new Statement(sql.toString(), List.copyOf(params));
    }

    /** The number of matches, counting no further than {@code cap} (a broad query stops early). */
    public static Statement count(SearchCriteria c, long cap) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select count(*) from (select 1 from article_search s");
        where(c, sql, params);
        sql.append(" limit ?) m");
        params.add(cap);
        return new Statement(sql.toString(), List.copyOf(params));
    }

    /** The number of rows holding the query's index terms (candidates, unchecked), counting to {@code cap}. */
    public static Statement indexCount(SearchCriteria c, long cap) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select count(*) from (select 1 from article_search s");
        where(c, sql, params, Text.TERMS);
        sql.append(" limit ?) m");
        params.add(cap);
        return new Statement(sql.toString(), List.copyOf(params));
    }

    /**
     * The rows of article_search holding all the given index terms (a {@link SearchTerms#literal}), counted in the
     * given sample only ({@link FacetSample}: every row, or one sample level, which the text index intersects with the
     * terms' entries): what {@link RankedWindow} estimates a term below the statistics' horizon by.
     */
    public static Statement sampleCount(String codes, FacetSample sample) {
        StringBuilder sql = new StringBuilder("select count(*) from article_search s where s.terms @> cast(? as int4[])");
        if (!sample.all()) {
            sql.append(" and ").append(FacetSample.LEVEL_SQL).append(" = ").append(sample.level()).append("::int8");
        }
        return new Statement(sql.toString(), List.of(codes));
    }

    /** The number of matches, exactly, however many (a listing without text, which tests no vector). */
    public static Statement count(SearchCriteria c) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select count(*) from article_search s");
        where(c, sql, params);
        return new Statement(sql.toString(), List.copyOf(params));
    }

    /** The planner's estimate of the number of matches, for a total too large to count on every request. */
    public static Statement estimate(SearchCriteria c) {
        return estimate(c, null);
    }

    /**
     * The planner's estimate of the rows holding the given index terms ({@link SearchTerms#literal} text; null: the
     * query's own) under the criteria's filters.
     */
    public static Statement estimate(SearchCriteria c, String codes) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("explain (format json) select 1 from article_search s");
        where(c, sql, params, Text.TERMS, codes);
        return new Statement(sql.toString(), List.copyOf(params));
    }

    /** Facet kinds in the rows of {@link #facets}: column {@code k}. */
    public static final int FACET_TOTAL = 0;
    public static final int FACET_MONTH = 1;
    public static final int FACET_SOURCE = 2;
    public static final int FACET_PERSON = 3;

    /**
     * Every facet in one statement, over the matches gathered once: rows of ({@code k}, {@code value}, {@code n}),
     * {@code k} one of the FACET_ constants; the total has no value. Months are {@code YYYY-MM}, newest first, the
     * others most first. People are counted from the search row's own list (the list the person filter tests), so a
     * facet count is what that filter finds. {@code ids}: the matches, checked (null: the rows holding the index terms).
     * {@code sample}: the rows of one sample level only (see {@link FacetSample}); the counts are the sample's.
     */
    public static Statement facets(SearchCriteria c, List<String> ids, FacetSample sample, int monthLimit, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(
                "with m as materialized (select s.edition_date, s.source, s.people from article_search s");
        where(c, sql, params, ids == null ? Text.TERMS : Text.NONE);
        if (ids != null) {
            // the checked matches of a query whose index terms find more
            sql.append(" and s.id = any (cast(? as varchar[]))");
            params.add(ids.toArray(String[]::new));
        }
        if (!sample.all()) {
            // bit_count is a bigint: compared to an int the condition is no longer one the index's int8 class answers
            sql.append(" and ").append(FacetSample.LEVEL_SQL).append(" = ").append(sample.level()).append("::int8");
        }
        sql.append("""
                ), months as (
                    select date_trunc('month', edition_date) as month, count(*) as n from m
                    where edition_date is not null group by 1 order by 1 desc limit ?
                ), sources as (
                    select source as value, count(*) as n from m where source is not null
                    group by 1 order by 2 desc, 1 limit ?
                ), people as (
                    select p.name as value, count(*) as n from m cross join lateral jsonb_array_elements_text(m.people) p(name)
                    group by 1 order by 2 desc, 1 limit ?
                )
                select 0 as k, null as value, (select count(*) from m) as n
                union all select 1, to_char(month, 'YYYY-MM'), n from months
                union all select 2, value, n from sources
                union all select 3, value, n from people""");
        params.add(monthLimit);
        params.add(limit);
        params.add(limit);
        return new Statement(sql.toString(), List.copyOf(params));
    }

    /** Days of edition dates per {@link #block}: about a third of a year (migration V10). */
    public static final int BLOCK_DAYS = 128;

    /**
     * The block of edition dates a date falls in: its days since 1970 divided by {@link #BLOCK_DAYS}, truncated toward
     * zero as PostgreSQL's integer division does (so block 0 spans the days either side of 1970).
     */
    public static long block(LocalDate date) {
        return date.toEpochDay() / BLOCK_DAYS;
    }

    /** The first date of a block. */
    public static LocalDate blockStart(long block) {
        return LocalDate.ofEpochDay(block > 0 ? block * BLOCK_DAYS : block * BLOCK_DAYS - (BLOCK_DAYS - 1));
    }

    /** Always emits a where clause ({@code true} when unfiltered) so callers may append {@code and ...}. */
    static void where(SearchCriteria c, StringBuilder sql, List<Object> params) {
        where(c, sql, params, Text.TERMS);
    }

    /** The text condition of a where clause. */
    public enum Text {
        /**
         * {@link SearchQuery#termCodes()}: the GIN index answers it exactly; the matches themselves unless the query
         * {@link SearchQuery#needsCheck() needs a check}.
         */
        TERMS,
        /** None: the filters only. */
        NONE
    }

    static void where(SearchCriteria c, StringBuilder sql, List<Object> params, Text text) {
        where(c, sql, params, text, null);
    }

    private static void where(SearchCriteria c, StringBuilder sql, List<Object> params, Text text, String codes) {
        sql.append(" where true");
        if (c.from() != null) {
            sql.append(" and s.edition_date >= ?");
            params.add(c.from());
        }
        if (c.to() != null) {
            sql.append(" and s.edition_date <= ?");
            params.add(c.to());
        }
        if (c.paper() != null) {
            sql.append(" and s.paper = ?");
            params.add(c.paper());
        }
        if (c.page() != null) {
            sql.append(" and s.page = ?");
            params.add(c.page());
        }
        if (c.source() != null) {
            sql.append(" and s.source = ?");
            params.add(c.source());
        }
        if (c.person() != null) {
            sql.append(" and s.people @> jsonb_build_array(cast(? as text))");
            params.add(c.person());
        }
        if (c.author() != null) {
            sql.append(" and s.authors @> jsonb_build_array(cast(? as text))");
            params.add(c.author());
        }
        if (c.hasText() && text != Text.NONE) {
            if (c.query().isEmpty()) {
                sql.append(" and false"); // only punctuation: nothing indexed can match it
            } else {
                sql.append(" and s.terms @> cast(? as int4[])");
                params.add(codes != null ? codes : c.query().termCodes());
            }
        }
    }
}
