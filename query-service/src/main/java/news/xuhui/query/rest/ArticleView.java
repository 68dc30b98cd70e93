package news.xuhui.query.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.xuhui.query.store.ArticleEntity;
import news.xuhui.query.store.ContinuationLinks;
import news.xuhui.query.store.Section;

/** A whole article as the API returns it, with links to the article it continues from or into. */
public record ArticleView(
        String id,
        String pageId,
        int ordinal,
        EditionView edition,
        SourceFileView sourceFile,
        String kicker,
        String title,
        String subtitle,
        List<String> authors,
        String source,
        Integer continuedFromPage,
        Integer continuedToPage,
        @Schema(description = "The article this one continues, on page continuedFromPage of the same edition; null"
                + " until that page is stored") ArticleLink continuesFrom,
        @Schema(description = "The article continuing this one on page continuedToPage of the same edition; null"
                + " until that page is stored") ArticleLink continuesTo,
        List<String> paragraphs,
        List<Section> sections,
        List<String> people,
        String parserVersion,
        Instant storedAt) {

    public record EditionView(String paper, LocalDate date, String weekday, String lunarDate, Integer issueNumber,
            Integer totalIssueNumber, Integer pageCount, Integer page) {
    }

    public record SourceFileView(String name, String sha256, String encoding) {
    }

    /** Another article, with the path that reads it. */
    public record ArticleLink(String id, String title, Integer page, String href) {

        static ArticleLink of(ContinuationLinks.Link l) {
            return l == null ? null : new ArticleLink(l.id(), l.title(), l.page(), "/api/articles/" + l.id());
        }
    }

    static ArticleView of(ArticleEntity a) {
        return of(a, null, null);
    }

    public static ArticleView of(ArticleEntity a, ContinuationLinks.Link from, ContinuationLinks.Link to) {
        return new ArticleView(a.id, a.pageId, a.ordinal, edition(a), new SourceFileView(a.sourceFileName, a.pageId,
                a.sourceEncoding), a.kicker, a.title, a.subtitle, a.authors, a.source, a.continuedFromPage,
                a.continuedToPage, ArticleLink.of(from), ArticleLink.of(to), a.paragraphs, a.sections, a.people,
                a.parserVersion, a.storedAt);
    }

    static EditionView edition(ArticleEntity a) {
        if (a.paper == null && a.editionDate == null && a.page == null) {
            return null;
        }
        return new EditionView(a.paper, a.editionDate, a.weekday, a.lunarDate, a.issueNumber, a.totalIssueNumber,
                a.pageCount, a.page);
    }
}
