package news.xuhui.ingest.publish;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import news.xuhui.ingest.page.ArticleIds;
import news.xuhui.ingest.page.PublishedPage;
import news.xuhui.parser.ParsedPage;

/**
 * The records one parsed page becomes: one {@link ArticleEvent} per article plus one {@link PageEvent}, and, when a
 * page is parsed again, the ids of its earlier articles that the new parse no longer has ({@code withdrawn}: each
 * becomes a tombstone, a null value under that key on {@code news.articles}).
 */
public record PageEvents(PageEvent page, List<ArticleEvent> articles, List<String> withdrawn) {

    public PageEvents {
        articles = List.copyOf(articles);
        withdrawn = withdrawn == null ? List.of() : List.copyOf(withdrawn);
    }

    /** The page as its own parse says, recording the parser version the parse carries. */
    public static PageEvents of(ParsedPage parsed, Instant parsedAt) {
        return of(parsed, parsedAt, parsed.parserVersion());
    }

    /** @param parserVersion the version recorded in the events (see {@code RecordedParserVersion}) */
    public static PageEvents of(ParsedPage parsed, Instant parsedAt, String parserVersion) {
        String pageId = parsed.sourceFile().sha256();
        String at = parsedAt.toString();
        EventSourceFile sourceFile = EventSourceFile.of(parsed.sourceFile());
        EventEdition edition = EventEdition.of(parsed.edition());
        List<ArticleEvent> articles = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < parsed.articles().size(); i++) {
            String id = ArticleIds.of(pageId, i);
            ids.add(id);
            articles.add(ArticleEvent.of(id, pageId, i, sourceFile, edition, parsed.articles().get(i), parserVersion,
                    at));
        }
        PageEvent page = new PageEvent(PageEvent.SCHEMA_VERSION, pageId, sourceFile, edition,
                EventTeaser.of(parsed.teasers()), List.copyOf(ids), parserVersion, at);
        return new PageEvents(page, articles, List.of());
    }

    /**
     * The same records, replacing an earlier publication of the page whose articles were {@code previousIds}: those
     * the new parse no longer yields are withdrawn.
     */
    public PageEvents replacing(List<String> previousIds) {
        return new PageEvents(page, articles, ArticleIds.withdrawn(previousIds, page.articleIds()));
    }

    /** What the page ledger keeps of a page record. */
    public PublishedPage published() {
        return published(page);
    }

    static PublishedPage published(PageEvent page) {
        return new PublishedPage(page.pageId(), page.sourceFile() == null ? null : page.sourceFile().name(),
                page.articleIds(), page.parserVersion(), page.parsedAt());
    }
}
