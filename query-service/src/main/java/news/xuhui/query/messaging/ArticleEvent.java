package news.xuhui.query.messaging;

import java.util.List;

/**
 * The consumer's view of a record on {@code news.articles} (schema version 1, owned by ingest-service:
 * {@code ingest-service/src/main/resources/schema/article-event-v1.schema.json}). Unknown fields are ignored, so the
 * producer can add fields without breaking this consumer.
 */
public record ArticleEvent(
        int schemaVersion,
        String articleId,
        String pageId,
        int ordinal,
        SourceFile sourceFile,
        Edition edition,
        String kicker,
        String title,
        String subtitle,
        List<String> authors,
        String source,
        Integer continuedFromPage,
        Integer continuedToPage,
        List<String> paragraphs,
        List<Section> sections,
        List<String> people,
        String parserVersion,
        String parsedAt) {

    public record SourceFile(String name, String sha256, long sizeBytes, String encoding) {
    }

    public record Edition(String paper, String date, String weekday, String lunarDate, Integer issueNumber,
            Integer totalIssueNumber, Integer pageCount, Integer page) {
    }

    public record Section(String heading, Speaker speaker, List<String> paragraphs) {
    }

    public record Speaker(String name, String role) {
    }
}
