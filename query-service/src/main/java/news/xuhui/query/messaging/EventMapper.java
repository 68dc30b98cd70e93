package news.xuhui.query.messaging;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import news.xuhui.query.store.ArticleEntity;
import news.xuhui.query.store.PageEntity;
import news.xuhui.query.store.PrintedRecord;
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
        edition(a, e.edition());
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

    /** The edition a record was printed in; none when the parser found no masthead. */
    private static void edition(PrintedRecord r, ArticleEvent.Edition ed) {
        if (ed != null) {
            r.paper = ed.paper();
            r.editionDate = isoDate(ed.date());
            r.weekday = ed.weekday();
            r.lunarDate = ed.lunarDate();
            r.issueNumber = ed.issueNumber();
            r.totalIssueNumber = ed.totalIssueNumber();
            r.pageCount = ed.pageCount();
            r.page = ed.page();
        }
    }

    static PageEntity page(PageEvent e) {
        PageEntity p = new PageEntity();
        p.id = e.pageId();
        p.schemaVersion = e.schemaVersion();
        p.sourceFileName = e.sourceFile() == null ? null : e.sourceFile().name();
        edition(p, e.edition());
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
        return parsedOrNull(date, LocalDate::parse);
    }

    /** An ISO instant; a bad one is stored as unknown, like a bad date. */
    static Instant instant(String value) {
        return parsedOrNull(value, Instant::parse);
    }

    private static <T> T parsedOrNull(String value, Function<String, T> parse) {
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
