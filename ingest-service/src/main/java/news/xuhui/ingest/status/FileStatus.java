package news.xuhui.ingest.status;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import news.xuhui.ingest.page.IngestError;
import news.xuhui.ingest.page.PageWarning;

/**
 * Where a page file stands, as {@code GET /api/files/{sha256}} reports it.
 *
 * @param sha256      the content's SHA-256: the file's identity
 * @param state       {@code pending}, {@code processed}, {@code duplicate} or {@code failed}
 * @param fileName    the name it was dropped or uploaded under
 * @param articleIds  the ids of its articles on news.articles (processed, duplicate)
 * @param duplicateOf for a duplicate: the name the same content was first published under
 * @param error       for a failed file: why
 * @param parserVersion for a processed file: the parser version its articles were last published with
 * @param warnings    for a file this instance parsed: what the parser was unsure of (empty when nothing); absent when
 *                    the page is known only from the page ledger (parsed by another instance or before a restart)
 * @param updatedAt   when the state was reached, ISO-8601
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileStatus(String sha256, String state, String fileName, List<String> articleIds, String duplicateOf,
        IngestError error, String parserVersion, List<PageWarning> warnings, String updatedAt) {

    public static final String PENDING = "pending";
    public static final String PROCESSED = "processed";
    public static final String DUPLICATE = "duplicate";
    public static final String FAILED = "failed";
}
