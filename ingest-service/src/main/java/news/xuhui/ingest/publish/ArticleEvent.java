package news.xuhui.ingest.publish;

import java.util.List;

import news.xuhui.parser.Article;

/**
 * Value of a record on {@code news.articles}: one article, self-contained. Public contract, described by
 * {@code schema/article-event-v1.schema.json}; fields are only ever added within a schema version.
 */
public record ArticleEvent(
        int schemaVersion,
        String articleId,
        String pageId,
        int ordinal,
        EventSourceFile sourceFile,
        EventEdition edition,
        String kicker,
        String title,
        String subtitle,
        List<String> authors,
        String source,
        Integer continuedFromPage,
        Integer continuedToPage,
        List<String> paragraphs,
        List<EventSection> sections,
        List<String> people,
        String parserVersion,
        String parsedAt) {

    public static final int SCHEMA_VERSION = 1;
    public static final String CLOUD_EVENT_TYPE = "news.xuhui.article.v1";

    static ArticleEvent of(String articleId, String pageId, int ordinal, EventSourceFile sourceFile,
            EventEdition edition, Article a, String parserVersion, String parsedAt) {
        return new ArticleEvent(SCHEMA_VERSION, articleId, pageId, ordinal, sourceFile, edition, a.kicker(), a.title(),
                a.subtitle(), a.authors(), a.source(), a.continuedFromPage(), a.continuedToPage(), a.paragraphs(),
                EventSection.of(a.sections()), a.people(), parserVersion, parsedAt);
    }
}
