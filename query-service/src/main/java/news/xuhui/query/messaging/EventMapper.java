package news.xuhui.query.messaging;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import news.xuhui.query.store.ArticleEntity;
import news.xuhui.query.store.PageEntity;
import news.xuhui.query.store.Section;
import news.xuhui.query.store.Teaser;

/**
 * The boundary between the wire format and the service's own records: each Kafka event becomes the (unmanaged)
 * entity the store writes. Nothing past this class sees an event record, so a change of the event schema is handled
 * here alone.
 */
final class EventMapper {

    private EventMapper() {
    }

    static ArticleEntity article(ArticleEvent e) {
        ArticleEntity a = new ArticleEntity();
        a.id = e.articleId();
        a.pageId = e.pageId();
        a.ordinal = e.ordinal();
        a.schemaVersion = e.schemaVersion();
        if (e.sourceFile() != null) {
            a.sourceFileName = e.sourceFile().name();
            a.sourceEncoding = e.sourceFile().encoding();
        }
        ArticleEvent.Edition ed = e.edition();
        if (ed != null) {
            a.paper = ed.paper();
            a.editionDate = isoDate(ed.date());
            a.weekday = ed.weekday();
            a.lunarDate = ed.lunarDate();
            a.issueNumber = ed.issueNumber();
            a.totalIssueNumber = ed.totalIssueNumber();
            a.pageCount = ed.pageCount();
            a.page = ed.page();
        }
        a.kicker = e.kicker();
        a.title = e.title();
        a.subtitle = e.subtitle();
        a.authors = nonNull(e.authors());
        a.source = e.source();
        a.continuedFromPage = e.continuedFromPage();
        a.continuedToPage = e.continuedToPage();
        a.paragraphs = nonNull(e.paragraphs());
        a.sections = nonNull(e.sections()).stream().map(EventMapper::section).toList();
        a.people = nonNull(e.people());
        a.parserVersion = e.parserVersion();
        a.parsedAt = instant(e.parsedAt());
        return a;
    }

    static PageEntity page(PageEvent e) {
        PageEntity p = new PageEntity();
        p.id = e.pageId();
        p.schemaVersion = e.schemaVersion();
        p.sourceFileName = e.sourceFile() == null ? null : e.sourceFile().name();
        ArticleEvent.Edition ed = e.edition();
        if (ed != null) {
            p.paper = ed.paper();
            p.editionDate = isoDate(ed.date());
            p.weekday = ed.weekday();
            p.lunarDate = ed.lunarDate();
            p.issueNumber = ed.issueNumber();
            p.totalIssueNumber = ed.totalIssueNumber();
            p.pageCount = ed.pageCount();
            p.page = ed.page();
        }
        p.teasers = nonNull(e.teasers()).stream().map(t -> new Teaser(t.title(), t.seePages())).toList();
        p.articleIds = nonNull(e.articleIds());
        p.parserVersion = e.parserVersion();
        p.parsedAt = instant(e.parsedAt());
        return p;
    }

    private static Section section(ArticleEvent.Section s) {
        Section.Speaker speaker = s.speaker() == null ? null
                : new Section.Speaker(s.speaker().name(), s.speaker().role());
        return new Section(s.heading(), speaker, s.paragraphs());
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The producer's contract says ISO date; a bad one must not lose the article, so it is stored as unknown. */
    static LocalDate isoDate(String date) {
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
