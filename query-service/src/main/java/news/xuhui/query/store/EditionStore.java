package news.xuhui.query.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.type.TypeReference;

/**
 * Editions (one paper on one date) assembled from the stored articles and page records. Pages without a masthead
 * date belong to no edition.
 */
@ApplicationScoped
public class EditionStore {

    /** Masthead data of an edition, as printed on any of its pages. */
    public record Masthead(String paper, LocalDate date, String weekday, String lunarDate, Integer issueNumber,
            Integer totalIssueNumber, Integer pageCount) {
    }

    public record EditionSummary(Masthead masthead, List<Integer> pages, long articleCount, long teaserCount) {
    }

    public record EditionPage(long total, List<EditionSummary> items) {
    }

    /** A teaser with the articles of the edition it points to, when they can be told by title and page. */
    public record ResolvedTeaser(String title, String seePages, List<String> articleIds) {
    }

    public record PageContent(Integer page, List<String> pageIds, List<String> sourceFiles,
            List<ResolvedTeaser> teasers, List<ArticleEntity> articles) {
    }

    public record Edition(Masthead masthead, List<PageContent> pages) {
    }

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

    private static final TypeReference<List<Teaser>> TEASERS = new TypeReference<>() {
    };

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

    /** Every edition of that date (usually one paper), page by page with teasers and articles; empty if none. */
    public List<Edition> byDate(LocalDate date) {
        Map<String, List<ArticleEntity>> articles = new LinkedHashMap<>();
        Map<String, List<PageRow>> pages = new LinkedHashMap<>();
        Map<String, Masthead> mastheads = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("select " + ArticleRows.COLUMNS
                    + " from article a where a.edition_date = ? order by a.paper nulls last, a.page, a.ordinal, a.id")) {
                ps.setObject(1, date);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ArticleEntity a = ArticleRows.read(rs);
                        articles.computeIfAbsent(key(a.paper), k -> new ArrayList<>()).add(a);
                        mastheads.putIfAbsent(key(a.paper), masthead(rs));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    select id, source_file_name, paper, edition_date, weekday, lunar_date, issue_number,
                           total_issue_number, page_count, page, teasers
                    from page where edition_date = ? order by paper nulls last, page, id""")) {
                ps.setObject(1, date);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String paper = rs.getString("paper");
                        pages.computeIfAbsent(key(paper), k -> new ArrayList<>()).add(new PageRow(rs.getString("id"),
                                rs.getString("source_file_name"), (Integer) rs.getObject("page"),
                                ArticleRows.json(rs.getString("teasers"), TEASERS)));
                        mastheads.putIfAbsent(key(paper), masthead(rs));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read edition " + date, e);
        }
        List<Edition> editions = new ArrayList<>();
        for (var m : mastheads.entrySet()) {
            editions.add(assemble(m.getValue(), articles.getOrDefault(m.getKey(), List.of()),
                    pages.getOrDefault(m.getKey(), List.of())));
        }
        return editions;
    }

    private record PageRow(String id, String sourceFile, Integer page, List<Teaser> teasers) {
    }

    private static Edition assemble(Masthead masthead, List<ArticleEntity> articles, List<PageRow> pageRows) {
        // page number -> content; a page known only from its articles (page record not consumed yet) still shows
        Map<Integer, List<ArticleEntity>> byPage = new TreeMap<>(java.util.Comparator.nullsLast(Integer::compare));
        Map<Integer, List<PageRow>> rowsByPage = new TreeMap<>(java.util.Comparator.nullsLast(Integer::compare));
        articles.forEach(a -> byPage.computeIfAbsent(a.page, k -> new ArrayList<>()).add(a));
        pageRows.forEach(p -> rowsByPage.computeIfAbsent(p.page(), k -> new ArrayList<>()).add(p));
        rowsByPage.keySet().forEach(p -> byPage.computeIfAbsent(p, k -> new ArrayList<>()));
        List<PageContent> pages = new ArrayList<>();
        for (var e : byPage.entrySet()) {
            List<PageRow> rows = rowsByPage.getOrDefault(e.getKey(), List.of());
            List<String> ids = new ArrayList<>(rows.stream().map(PageRow::id).toList());
            e.getValue().stream().map(a -> a.pageId).filter(id -> !ids.contains(id)).distinct().forEach(ids::add);
            List<String> files = new ArrayList<>(rows.stream().map(PageRow::sourceFile).filter(Objects::nonNull).toList());
            e.getValue().stream().map(a -> a.sourceFileName).filter(f -> f != null && !files.contains(f)).distinct()
                    .forEach(files::add);
            List<ResolvedTeaser> teasers = rows.stream().flatMap(r -> r.teasers().stream())
                    .map(t -> resolve(t, articles)).toList();
            pages.add(new PageContent(e.getKey(), ids, files, teasers, e.getValue()));
        }
        return new Edition(masthead, pages);
    }

    /** The articles on the teaser's pages whose title matches it (equal, or one containing the other). */
    static ResolvedTeaser resolve(Teaser t, List<ArticleEntity> articles) {
        List<Integer> pages = seePages(t.seePages());
        String title = squash(t.title());
        List<String> ids = new ArrayList<>();
        for (ArticleEntity a : articles) {
            String at = squash(a.title);
            if (a.page != null && pages.contains(a.page) && !title.isEmpty() && !at.isEmpty()
                    && (at.contains(title) || title.contains(at))) {
                ids.add(a.id);
            }
        }
        return new ResolvedTeaser(t.title(), t.seePages(), ids);
    }

    /** "8-9" → [8, 9]; "3" → [3]; "2、5" → [2, 5]; unreadable → []. */
    static List<Integer> seePages(String s) {
        List<Integer> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        for (String part : s.split("[,，、/ ]+")) {
            String[] range = part.split("[-－~～至]");
            try {
                int a = Integer.parseInt(range[0].strip());
                int b = range.length > 1 ? Integer.parseInt(range[1].strip()) : a;
                for (int p = a; p <= Math.min(b, a + 50); p++) {
                    out.add(p);
                }
            } catch (NumberFormatException e) {
                // not a page number: skip
            }
        }
        return out;
    }

    private static String squash(String s) {
        return s == null ? "" : s.replaceAll("[\\s\\p{P}]", "");
    }

    private static String key(String paper) {
        return paper == null ? "" : paper;
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
