package news.xuhui.ingest.publish;

import java.util.List;

import news.xuhui.parser.Edition;
import news.xuhui.parser.SourceFile;
import news.xuhui.parser.Teaser;

/**
 * Value of a record on {@code news.pages} (key: the page id, the SHA-256 of the file): which articles a page held.
 * Public contract, described by {@code schema/page-event-v1.schema.json}.
 */
public record PageEvent(
        int schemaVersion,
        String pageId,
        SourceFile sourceFile,
        Edition edition,
        List<Teaser> teasers,
        List<String> articleIds,
        String parserVersion,
        String parsedAt) {

    public static final int SCHEMA_VERSION = 1;
    public static final String CLOUD_EVENT_TYPE = "news.xuhui.page.v1";
}
