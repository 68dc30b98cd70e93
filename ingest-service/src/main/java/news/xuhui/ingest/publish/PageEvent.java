package news.xuhui.ingest.publish;

import java.util.List;

/**
 * Value of a record on {@code news.pages} (key: the page id, the SHA-256 of the file): which articles a page held.
 * Public contract, described by {@code schema/page-event-v1.schema.json}.
 */
public record PageEvent(
        int schemaVersion,
        String pageId,
        EventSourceFile sourceFile,
        EventEdition edition,
        List<EventTeaser> teasers,
        List<String> articleIds,
        String parserVersion,
        String parsedAt) {

    public static final int SCHEMA_VERSION = 1;
    public static final String CLOUD_EVENT_TYPE = "news.xuhui.page.v1";
}
