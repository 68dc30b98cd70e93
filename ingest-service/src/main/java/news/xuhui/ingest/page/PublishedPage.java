package news.xuhui.ingest.page;

import java.util.List;

/**
 * A page as it was last published, as the page ledger keeps it: enough to answer the status API, to name the
 * original of a duplicate, and for a re-parse to know which articles the page had and which parser produced them.
 *
 * @param pageId        SHA-256 of the page file
 * @param fileName      the name it was published under
 * @param articleIds    the ids of its articles, in page order
 * @param parserVersion the parser version recorded in its events
 * @param parsedAt      when it was parsed, ISO-8601
 */
public record PublishedPage(String pageId, String fileName, List<String> articleIds, String parserVersion,
        String parsedAt) {

    public PublishedPage {
        articleIds = articleIds == null ? List.of() : List.copyOf(articleIds);
    }
}
