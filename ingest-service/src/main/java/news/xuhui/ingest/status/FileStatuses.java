package news.xuhui.ingest.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import news.xuhui.ingest.page.IngestError;
import news.xuhui.ingest.page.PageLedger;
import news.xuhui.ingest.page.PageWarning;

/**
 * What this instance knows of each file, by content hash: its own outcomes, the failure reports in failed/ and,
 * for everything ever published by any instance, the page ledger.
 */
@ApplicationScoped
public class FileStatuses {

    @Inject
    PageLedger ledger;

    private final Map<String, FileStatus> statuses = new ConcurrentHashMap<>();

    public Optional<FileStatus> find(String sha256) {
        FileStatus own = statuses.get(sha256);
        if (own != null) {
            return Optional.of(own);
        }
        return ledger.find(sha256).map(e -> new FileStatus(sha256, FileStatus.PROCESSED, e.fileName(), e.articleIds(),
                null, null, e.parserVersion(), null, e.parsedAt()));
    }

    public void pending(String sha256, String fileName) {
        statuses.merge(sha256, status(sha256, FileStatus.PENDING, fileName, null, null, null, null, null),
                (old, neu) -> FileStatus.PENDING.equals(old.state()) ? neu : old);
    }

    /**
     * @param warnings what the parser was unsure of; {@code null} when this instance did not parse it (recognised as
     *                 already published)
     */
    public void processed(String sha256, String fileName, List<String> articleIds, String parserVersion,
            List<PageWarning> warnings) {
        statuses.put(sha256, status(sha256, FileStatus.PROCESSED, fileName, articleIds, null, null, parserVersion,
                warnings));
    }

    /** A re-parse published the page again: its status follows, under the name it has. */
    public void reparsed(String sha256, List<String> articleIds, String parserVersion, List<PageWarning> warnings) {
        FileStatus known = find(sha256).orElse(null);
        String name = known == null ? null : known.fileName();
        if (known == null || FileStatus.PROCESSED.equals(known.state())) {
            processed(sha256, name, articleIds, parserVersion, warnings);
        }
    }

    public void duplicate(String sha256, String fileName, List<String> articleIds, String original) {
        statuses.put(sha256, status(sha256, FileStatus.DUPLICATE, fileName, articleIds, original, null, null, null));
    }

    public void failed(IngestError error) {
        if (error.sha256() != null) {
            statuses.put(error.sha256(), new FileStatus(error.sha256(), FileStatus.FAILED, error.file(), null, null,
                    error, null, null, error.time()));
        }
    }

    /** A file put back for another attempt is pending again (a failure of the same content stays reported). */
    public void released(String sha256, String fileName) {
        statuses.put(sha256, status(sha256, FileStatus.PENDING, fileName, null, null, null, null, null));
    }

    private static FileStatus status(String sha, String state, String name, List<String> ids, String dupOf,
            IngestError error, String parserVersion, List<PageWarning> warnings) {
        return new FileStatus(sha, state, name, ids, dupOf, error, parserVersion,
                warnings == null ? null : List.copyOf(warnings), Instant.now().toString());
    }
}
