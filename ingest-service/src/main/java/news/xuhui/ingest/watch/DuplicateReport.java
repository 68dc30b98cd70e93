package news.xuhui.ingest.watch;

import java.util.List;

/**
 * Content of {@code duplicates/<date>/<name>.duplicate.json}: this file's content was already published.
 *
 * @param file        the duplicate's name
 * @param sha256      the content hash both share
 * @param duplicateOf the name the content was first published under
 * @param articleIds  the articles published then (nothing new was published now)
 * @param time        when the duplicate was recognised
 */
public record DuplicateReport(String file, String sha256, String duplicateOf, List<String> articleIds, String time) {
}
