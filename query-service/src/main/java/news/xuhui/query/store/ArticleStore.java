package news.xuhui.query.store;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import news.xuhui.query.messaging.ArticleEvent;

/** Reads and writes articles. Callers own the transaction. */
@ApplicationScoped
public class ArticleStore {

    /** Newest edition first; articles of pages without a masthead date after the dated ones, newest stored first. */
    static final Sort NEWEST_FIRST = Sort.by("editionDate", Sort.Direction.Descending, Sort.NullPrecedence.NULLS_LAST)
            .and("storedAt", Sort.Direction.Descending)
            .and("id", Sort.Direction.Ascending);

    /** Inserts or replaces the article; returns true when it was new. Idempotent for replays. */
    public boolean upsert(ArticleEvent e) {
        ArticleEntity a = ArticleEntity.findById(e.articleId());
        boolean created = a == null;
        Instant now = Instant.now();
        if (created) {
            a = new ArticleEntity();
            a.id = e.articleId();
            a.storedAt = now;
        }
        a.pageId = e.pageId();
        a.ordinal = e.ordinal();
        a.schemaVersion = e.schemaVersion();
        if (e.sourceFile() != null) {
            a.sourceFileName = e.sourceFile().name();
            a.sourceEncoding = e.sourceFile().encoding();
        }
        ArticleEvent.Edition ed = e.edition();
        a.paper = ed == null ? null : ed.paper();
        a.editionDate = ed == null ? null : isoDate(ed.date());
        a.weekday = ed == null ? null : ed.weekday();
        a.lunarDate = ed == null ? null : ed.lunarDate();
        a.issueNumber = ed == null ? null : ed.issueNumber();
        a.totalIssueNumber = ed == null ? null : ed.totalIssueNumber();
        a.pageCount = ed == null ? null : ed.pageCount();
        a.page = ed == null ? null : ed.page();
        a.kicker = e.kicker();
        a.title = e.title();
        a.subtitle = e.subtitle();
        a.authors = nonNull(e.authors());
        a.source = e.source();
        a.continuedFromPage = e.continuedFromPage();
        a.continuedToPage = e.continuedToPage();
        a.paragraphs = nonNull(e.paragraphs());
        a.sections = nonNull(e.sections());
        a.people = nonNull(e.people());
        a.parserVersion = e.parserVersion();
        a.parsedAt = instant(e.parsedAt());
        a.updatedAt = now;
        if (created) {
            a.persist();
        }
        return created;
    }

    public List<ArticleEntity> newest(int pageIndex, int size) {
        return ArticleEntity.findAll(NEWEST_FIRST).page(Page.of(pageIndex, size)).list();
    }

    public long count() {
        return ArticleEntity.count();
    }

    public ArticleEntity byId(String id) {
        return ArticleEntity.findById(id);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static LocalDate isoDate(String date) {
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeException e) {
            return null; // the producer's contract says ISO date; a bad one must not lose the article
        }
    }

    private static Instant instant(String value) {
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
