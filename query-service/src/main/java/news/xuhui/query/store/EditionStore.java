package news.xuhui.query.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

/**
 * Editions (one paper on one date) assembled from the stored articles and page records. Pages without a masthead
 * date belong to no edition. An edition's content is read through Panache; the listing of editions is an aggregate
 * over two tables in native SQL ({@link EditionListSql}).
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

    @Inject
    EditionListSql listing;

    /** Editions newest first, optionally within dates and of one paper. */
    public EditionPage list(LocalDate from, LocalDate to, String paper, int pageIndex, int size) {
        return listing.list(from, to, paper, pageIndex, size);
    }

    /** Every edition of that date (usually one paper), page by page with teasers and articles; empty if none. */
    public List<Edition> byDate(LocalDate date) {
        Map<String, List<ArticleEntity>> articles = new LinkedHashMap<>();
        Map<String, List<PageEntity>> pages = new LinkedHashMap<>();
        Map<String, Masthead> mastheads = new LinkedHashMap<>();
        try {
            for (ArticleEntity a : ArticleEntity.<ArticleEntity> list(
                    "editionDate = ?1 order by paper nulls last, page, ordinal, id", date)) {
                articles.computeIfAbsent(key(a.paper), k -> new ArrayList<>()).add(a);
                mastheads.putIfAbsent(key(a.paper), new Masthead(a.paper, a.editionDate, a.weekday, a.lunarDate,
                        a.issueNumber, a.totalIssueNumber, a.pageCount));
            }
            for (PageEntity p : PageEntity.<PageEntity> list("editionDate = ?1 order by paper nulls last, page, id",
                    date)) {
                pages.computeIfAbsent(key(p.paper), k -> new ArrayList<>()).add(p);
                mastheads.putIfAbsent(key(p.paper), new Masthead(p.paper, p.editionDate, p.weekday, p.lunarDate,
                        p.issueNumber, p.totalIssueNumber, p.pageCount));
            }
        } catch (PersistenceException e) {
            throw new StoreException("cannot read edition " + date, e);
        }
        List<Edition> editions = new ArrayList<>();
        for (var m : mastheads.entrySet()) {
            editions.add(assemble(m.getValue(), articles.getOrDefault(m.getKey(), List.of()),
                    pages.getOrDefault(m.getKey(), List.of())));
        }
        return editions;
    }

    private static Edition assemble(Masthead masthead, List<ArticleEntity> articles, List<PageEntity> pageRows) {
        // page number -> content; a page known only from its articles (page record not consumed yet) still shows
        Map<Integer, List<ArticleEntity>> byPage = new TreeMap<>(java.util.Comparator.nullsLast(Integer::compare));
        Map<Integer, List<PageEntity>> rowsByPage = new TreeMap<>(java.util.Comparator.nullsLast(Integer::compare));
        articles.forEach(a -> byPage.computeIfAbsent(a.page, k -> new ArrayList<>()).add(a));
        pageRows.forEach(p -> rowsByPage.computeIfAbsent(p.page, k -> new ArrayList<>()).add(p));
        rowsByPage.keySet().forEach(p -> byPage.computeIfAbsent(p, k -> new ArrayList<>()));
        List<PageContent> pages = new ArrayList<>();
        for (var e : byPage.entrySet()) {
            List<PageEntity> rows = rowsByPage.getOrDefault(e.getKey(), List.of());
            List<String> ids = new ArrayList<>(rows.stream().map(p -> p.id).toList());
            e.getValue().stream().map(a -> a.pageId).filter(id -> !ids.contains(id)).distinct().forEach(ids::add);
            List<String> files = new ArrayList<>(rows.stream().map(p -> p.sourceFileName).filter(Objects::nonNull).toList());
            e.getValue().stream().map(a -> a.sourceFileName).filter(f -> f != null && !files.contains(f)).distinct()
                    .forEach(files::add);
            List<ResolvedTeaser> teasers = rows.stream().flatMap(r -> r.teasers == null ? java.util.stream.Stream.<Teaser> empty() : r.teasers.stream())
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
}
