package news.xuhui.query.messaging;

import java.util.List;

/**
 * The consumer's view of a record on {@code news.pages} (key: the page id, the SHA-256 of the file; schema version 1,
 * owned by ingest-service: {@code schema/page-event-v1.schema.json}): which articles a page held and the teasers it
 * printed. Unknown fields are ignored.
 */
public record PageEvent(
        int schemaVersion,
        String pageId,
        ArticleEvent.SourceFile sourceFile,
        ArticleEvent.Edition edition,
        List<Teaser> teasers,
        List<String> articleIds,
        String parserVersion,
        String parsedAt) {

    /** A pointer printed on this page to an article elsewhere, e.g. a front-page 导读 line (详见第 8-9 版). */
    public record Teaser(String title, String seePages) {
    }
}
