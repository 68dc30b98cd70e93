package news.xuhui.query.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import news.xuhui.query.messaging.ArticleEvent;
import news.xuhui.query.store.ArticleEntity;

/** A whole article as the API returns it. */
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
        List<String> paragraphs,
        List<ArticleEvent.Section> sections,
        List<String> people,
        String parserVersion,
        Instant storedAt) {

    public record EditionView(String paper, LocalDate date, String weekday, String lunarDate, Integer issueNumber,
            Integer totalIssueNumber, Integer pageCount, Integer page) {
    }

    public record SourceFileView(String name, String sha256, String encoding) {
    }

    static ArticleView of(ArticleEntity a) {
        return new ArticleView(a.id, a.pageId, a.ordinal, edition(a), new SourceFileView(a.sourceFileName, a.pageId,
                a.sourceEncoding), a.kicker, a.title, a.subtitle, a.authors, a.source, a.continuedFromPage,
                a.continuedToPage, a.paragraphs, a.sections, a.people, a.parserVersion, a.storedAt);
    }

    static EditionView edition(ArticleEntity a) {
        if (a.paper == null && a.editionDate == null && a.page == null) {
            return null;
        }
        return new EditionView(a.paper, a.editionDate, a.weekday, a.lunarDate, a.issueNumber, a.totalIssueNumber,
                a.pageCount, a.page);
    }
}
