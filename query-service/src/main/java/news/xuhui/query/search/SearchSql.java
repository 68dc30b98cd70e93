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
     * {@code ts_rank_cd}, then by recency; each row also carries how many matches the window held ({@code total}).
     * Ranking every match of a broad query (徐汇 is in most articles) would read every match's vector; the window
     * keeps the cost of a query flat whatever its breadth, and a selective query (a name) is ranked in full.
     */
    public static Statement ranked(SearchCriteria c, int window, long offset, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select ").append(ArticleRows.COLUMNS)
                .append(", ts_rank_cd(a.search_vector, cast(? as tsquery)) as score, count(*) over () as total")
                .append(" from (select a.* from article a");
        params.add(c.query().toTsQuery());
        where(c, sql, params);
        sql.append(NEWEST).append(" limit ?) a");
        params.add(window);
        sql.append(" order by score desc, a.edition_date desc nulls last, a.stored_at desc, a.id limit ? offset ?");
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
        sql.append(" where true");
        if (c.hasText()) {
            if (c.query().isEmpty()) {
                sql.append(" and false"); // only punctuation: nothing indexed can match it
            } else {
                sql.append(" and a.search_vector @@ cast(? as tsquery)");
                params.add(c.query().toTsQuery());
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
