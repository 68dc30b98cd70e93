package news.xuhui.query.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import news.xuhui.query.store.EditionStore.EditionPage;
import news.xuhui.query.store.EditionStore.EditionSummary;
import news.xuhui.query.store.EditionStore.Masthead;

/**
 * Lists editions in native SQL: one pass over the articles and the page records together ({@code union all}),
 * grouped by date and paper with PostgreSQL's {@code array_agg(distinct ...)} for the page numbers and a window
 * {@code count(*) over ()} for the total, so a page of editions costs one statement.
 */
@ApplicationScoped
public class EditionListSql {

    private static final String ROWS = """
            with rows as (
                select edition_date, paper, page, weekday, lunar_date, issue_number, total_issue_number, page_count,
                       1 as articles, 0 as teasers
                from article where edition_date is not null
                union all
                select edition_date, paper, page, weekday, lunar_date, issue_number, total_issue_number, page_count,
                       0, jsonb_array_length(teasers)
                from page where edition_date is not null
            )
            """;

    @Inject
    DataSource dataSource;

    /** Editions newest first, optionally within dates and of one paper. */
    public EditionPage list(LocalDate from, LocalDate to, String paper, int pageIndex, int size) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> params = new ArrayList<>();
        if (from != null) {
            where.append(" and edition_date >= ?");
            params.add(from);
        }
        if (to != null) {
            where.append(" and edition_date <= ?");
            params.add(to);
        }
        if (paper != null) {
            where.append(" and paper = ?");
            params.add(paper);
        }
        String sql = ROWS + """
                select edition_date, paper, max(weekday) as weekday, max(lunar_date) as lunar_date,
                       max(issue_number) as issue_number, max(total_issue_number) as total_issue_number,
                       max(page_count) as page_count,
                       array_agg(distinct page order by page) filter (where page is not null) as pages,
                       sum(articles) as articles, sum(teasers) as teasers, count(*) over () as total
                from rows""" + where
                // a text block's first line loses its indentation: the space before "group" must be explicit
                + " group by edition_date, paper order by edition_date desc, paper nulls last limit ? offset ?";
        params.add(size);
        params.add((long) pageIndex * size);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            List<EditionSummary> items = new ArrayList<>();
            long total = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    total = rs.getLong("total");
                    items.add(new EditionSummary(masthead(rs), ints(rs.getArray("pages")), rs.getLong("articles"),
                            rs.getLong("teasers")));
                }
            }
            return new EditionPage(total, items);
        } catch (SQLException e) {
            throw new StoreException("cannot list editions", e);
        }
    }

    private static Masthead masthead(ResultSet rs) throws SQLException {
        return new Masthead(rs.getString("paper"), rs.getObject("edition_date", LocalDate.class),
                rs.getString("weekday"), rs.getString("lunar_date"), (Integer) rs.getObject("issue_number"),
                (Integer) rs.getObject("total_issue_number"), (Integer) rs.getObject("page_count"));
    }

    private static List<Integer> ints(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(o -> ((Number) o).intValue()).toList();
    }
}
