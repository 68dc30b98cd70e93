package news.xuhui.ingest.page;

import java.time.Duration;
import java.util.Optional;

/**
 * Every page ever published, by content hash, by any instance: a page dropped twice (under any name, on any
 * instance, before or after a restart) is recognised as a duplicate. The inbox and the re-parse decide with it; the
 * publish package keeps it (it reads the broker).
 */
public interface PageLedger {

    /** True once everything published before this instance started has been read. */
    boolean isCaughtUp();

    Optional<PublishedPage> find(String pageId);

    /**
     * Waits until the ledger has read everything committed up to now. A file whose publishing failed may still have
     * been committed (the broker went away before its answer arrived): before publishing it again the ledger must
     * have seen such a commit. Throws if the broker cannot tell within {@code timeout}.
     */
    void sync(Duration timeout);

    /** Records a page this instance just published, without waiting to read it back. */
    void remember(PublishedPage page);
}
