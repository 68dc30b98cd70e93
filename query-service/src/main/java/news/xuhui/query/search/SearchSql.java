package news.xuhui.query.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import news.xuhui.query.store.ArticleRows;

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

    private static final String NEWEST = " order by a.edition_date desc nulls last, a.stored_at desc, a.id";

    private SearchSql() {
    }

    /**
     * Relevance, bounded: the newest {@code window} matches (all of them when there are fewer) are ranked with
     * {@code ts_rank_cd} on their small in-row {@code rank_vector}, then by recency; each row also carries how many
     * matches the window held ({@code total}). Ranking every match of a broad query (徐汇 is in most articles) would
     * cost in proportion to its breadth; the window keeps it flat, and a selective query (a name) is ranked in full.
     *
     * <p>The window is chosen on ids alone, and only the rows of the page are read whole. When a term is a phrase the
     * index cannot confirm ({@link SearchQuery#needsPositions()}), the index finds the rows holding all its lexemes,
     * the newest {@code candidates} of them (null: all), and the positions are checked newest first only until the
     * window is full: each check reads a row's out-of-line vector, so checking every candidate would cost as much as
     * the candidates are many. The bound lets the planner walk the date index for a broad query; when it cut the
     * candidates short of a full window, the caller asks again without it (see {@link #indexCount}).
     */
    public static Statement ranked(SearchCriteria c, int window, long offset, int limit) {
        return ranked(c, window, (long) window * CANDIDATES_PER_RANKED, true, offset, limit);
    }

    /** Candidates (rows holding a phrase's lexemes) per ranked row, at most: phrases in text are rarely split. */
    public static final int CANDIDATES_PER_RANKED = 20;

    /**
     * {@code walk}: let the planner walk the date index, testing each row (a broad query fills the window within a
     * few hundred rows). Otherwise the matches are collected through the index first and sorted (a selective query):
     * the planner, which does not count the TOAST read of each tested row's vector, would otherwise walk thousands of
     * rows to fill the window of a name found in 1% of the articles. The caller decides from the estimated matches.
     */
    /**
     * Whether {@link #ranked} should let the planner walk the date index: always with a narrowing filter (dates, page,
     * source, person, author: the planner then has cheap columns to test before any vector), otherwise when the
     * planner estimates more than {@code walkFromMatches} matches. The paper does not count: an archive is mostly one.
     */
    public static boolean walks(SearchCriteria c, long estimatedMatches, long walkFromMatches) {
        boolean narrowed = c.from() != null || c.to() != null || c.page() != null || c.source() != null
                || c.person() != null || c.author() != null;
        return narrowed || estimatedMatches > walkFromMatches;
    }

    public static Statement ranked(SearchCriteria c, int window, Long candidates, boolean walk, long offset,
            int limit) {
        List<Object> params = new ArrayList<>();
        SearchQuery q = c.query();
        boolean positions = q.needsPositions();
        StringBuilder sql = new StringBuilder();
        String from = "article a";
        if (!walk) {
            sql.append("with m as materialized (select a.id, a.edition_date, a.stored_at")
                    .append(positions ? ", a.search_vector" : "").append(" from article a");
            where(c, sql, params, positions);
            sql.append(") ");
            from = null;
        }
        sql.append("select ").append(ArticleRows.COLUMNS)
                .append(", coalesce(ts_rank_cd(a.rank_vector, cast(? as tsquery)), 0) as score,")
                .append(" count(*) over () as total from (");
        params.add(q.toTsQuery());
        if (!positions) {
            if (walk) {
                sql.append("select a.id from article a");
                where(c, sql, params);
                sql.append(NEWEST);
            } else {
                sql.append("select m.id from m order by m.edition_date desc nulls last, m.stored_at desc, m.id");
            }
            sql.append(" limit ?");
        } else {
            // a limit (or offset) keeps the position check out of the inner query: it runs on the sorted candidates,
            // lazily
            if (walk) {
                sql.append("select m.id from (select a.id, a.edition_date, a.stored_at, a.search_vector from ")
                        .append(from);
                where(c, sql, params, true);
                sql.append(NEWEST);
            } else {
                sql.append("select m.id from (select * from m")
                        .append(" order by m.edition_date desc nulls last, m.stored_at desc, m.id");
            }
            if (candidates == null) {
                sql.append(" offset 0"); // no bound, and still no position check inside
            } else {
                sql.append(" limit ?");
                params.add(candidates);
            }
            sql.append(") m where m.search_vector @@ cast(? as tsquery)")
                    .append(" order by m.edition_date desc nulls last, m.stored_at desc, m.id limit ?");
            params.add(q.toTsQuery());
        }
        params.add(window);
        sql.append(") w join article a on a.id = w.id")
                .append(" order by score desc, a.edition_date desc nulls last, a.stored_at desc, a.id limit ? offset ?");
        params.add(limit);
        params.add(offset);
        return new Statement(sql.toString(), List.copyOf(params));
    }

    /** Hits in date order (newest or oldest first, as the criteria say), no rank. */
    public static Statement dated(SearchCriteria c, long offset, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select ").append(ArticleRows.COLUMNS)
                .append(", cast(null as real) as score from article a");
        where(c, sql, params);
        sql.append(c.effectiveSort() == SearchSort.OLDEST
                ? " order by a.edition_date asc nulls last, a.stored_at asc, a.id" : NEWEST);
        sql.append(" limit ? offset ?");
        params.add(limit);
        params.add(offset);
        return new Statement(sql.toString(), List.copyOf(params));
    }

    /** The number of matches, counting no further than {@code cap} (a broad query stops early). */
    public static Statement count(SearchCriteria c, long cap) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select count(*) from (select 1 from article a");
        where(c, sql, params);
        sql.append(" limit ?) m");
        params.add(cap);
        return new Statement(sql.toString(), List.copyOf(params));
    }

    /** The number of rows the index finds for the query's lexemes (positions unchecked), counting to {@code cap}. */
    public static Statement indexCount(SearchCriteria c, long cap) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select count(*) from (select 1 from article a");
        where(c, sql, params, true);
        sql.append(" limit ?) m");
        params.add(cap);
        return new Statement(sql.toString(), List.copyOf(params));
    }

    /** The number of matches, exactly, however many (facets). */
    public static Statement count(SearchCriteria c) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select count(*) from article a");
        where(c, sql, params);
        return new Statement(sql.toString(), List.copyOf(params));
    }

    /** The planner's estimate of the number of matches, for a total too large to count on every request. */
    public static Statement estimate(SearchCriteria c) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("explain (format json) select 1 from article a");
        where(c, sql, params);
        return new Statement(sql.toString(), List.copyOf(params));
    }

    /** Matches per edition month ({@code YYYY-MM}), newest month first. */
    public static Statement monthFacet(SearchCriteria c, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select to_char(a.edition_date, 'YYYY-MM') as value, count(*) as n from article a");
        where(c, sql, params);
        sql.append(" and a.edition_date is not null group by 1 order by 1 desc limit ?");
        params.add(limit);
        return new Statement(sql.toString(), List.copyOf(params));
    }

    /** Matches per source, most first. */
    public static Statement sourceFacet(SearchCriteria c, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select a.source as value, count(*) as n from article a");
        where(c, sql, params);
        sql.append(" and a.source is not null group by 1 order by 2 desc, 1 limit ?");
        params.add(limit);
        return new Statement(sql.toString(), List.copyOf(params));
    }

    /** Matches per person named, most first. */
    public static Statement personFacet(SearchCriteria c, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder(
                "select p.name as value, count(*) as n from article a join article_person p on p.article_id = a.id");
        where(c, sql, params);
        sql.append(" group by 1 order by 2 desc, 1 limit ?");
        params.add(limit);
        return new Statement(sql.toString(), List.copyOf(params));
    }

    /** Always emits a where clause ({@code true} when unfiltered) so callers may append {@code and ...}. */
    static void where(SearchCriteria c, StringBuilder sql, List<Object> params) {
        where(c, sql, params, false);
    }

    /** {@code indexOnly}: the text condition is {@link SearchQuery#toIndexQuery()}, a superset without positions. */
    static void where(SearchCriteria c, StringBuilder sql, List<Object> params, boolean indexOnly) {
        sql.append(" where true");
        if (c.hasText()) {
            if (c.query().isEmpty()) {
                sql.append(" and false"); // only punctuation: nothing indexed can match it
            } else {
                sql.append(" and a.search_vector @@ cast(? as tsquery)");
                params.add(indexOnly ? c.query().toIndexQuery() : c.query().toTsQuery());
            }
        }
        if (c.from() != null) {
            sql.append(" and a.edition_date >= ?");
            params.add(c.from());
        }
        if (c.to() != null) {
            sql.append(" and a.edition_date <= ?");
            params.add(c.to());
        }
        if (c.paper() != null) {
            sql.append(" and a.paper = ?");
            params.add(c.paper());
        }
        if (c.page() != null) {
            sql.append(" and a.page = ?");
            params.add(c.page());
        }
        if (c.source() != null) {
            sql.append(" and a.source = ?");
            params.add(c.source());
        }
        if (c.person() != null) {
            sql.append(" and a.people @> jsonb_build_array(cast(? as text))");
            params.add(c.person());
        }
        if (c.author() != null) {
            sql.append(" and a.authors @> jsonb_build_array(cast(? as text))");
            params.add(c.author());
        }
    }
}
