package news.xuhui.ingest.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;

import jakarta.annotation.PostConstruct;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import news.xuhui.ingest.config.IngestConfig;
import news.xuhui.ingest.page.FailureReason;
import news.xuhui.ingest.page.IngestError;
import news.xuhui.ingest.page.PageLedger;
import news.xuhui.ingest.page.PageWarning;
import news.xuhui.ingest.page.PublishedPage;
import news.xuhui.ingest.parse.RecordedParserVersion;
import news.xuhui.ingest.parse.WarningCounter;
import news.xuhui.ingest.publish.PagePublisher;
import news.xuhui.ingest.status.FileStatuses;
import news.xuhui.parser.PageParseException;
import news.xuhui.parser.PageParser;
import news.xuhui.parser.ParsedPage;

/**
 * Takes one file from the inbox to its outcome: claim it (atomic rename into this instance's work folder), read,
 * check the limits, recognise a duplicate, parse, publish in one transaction, and only after the commit move it to
 * processed/. A file that cannot be read or parsed goes to failed/ with a report; a file whose publishing failed goes
 * back to the inbox to be tried again; nothing is ever deleted.
 */
@ApplicationScoped
public class PageIngestor {

    private static final Logger LOG = Logger.getLogger(PageIngestor.class);

    public enum Outcome {
        PROCESSED, DUPLICATE, FAILED, RETRY, GONE
    }

    @Inject
    IngestConfig config;

    @Inject
    InboxFolders folders;

    @Inject
    PageParser parser;

    @Inject
    PagePublisher publisher;

    @Inject
    PageLedger ledger;

    @Inject
    FileStatuses statuses;

    @Inject
    MeterRegistry metrics;

    @Inject
    RecordedParserVersion parserVersion;

    @Inject
    WarningCounter warningCounter;

    private Semaphore parsing;
    private Semaphore memoryKiB;

    @PostConstruct
    void limits() {
        parsing = new Semaphore(config.workers());
        memoryKiB = new Semaphore(kib(config.maxInFlightBytes()), true);
    }

    private static int kib(long bytes) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, bytes / 1024));
    }

    /**
     * @param inboxFile   the file in the inbox
     * @param firstSeenAt when the watcher first saw it (System.nanoTime), for the drop-to-commit latency
     * @param retry       whether an earlier attempt at publishing this file failed
     */
    public Outcome ingest(Path inboxFile, long firstSeenAt, boolean retry) {
        String name = inboxFile.getFileName().toString();
        Optional<Path> claimed;
        try {
            claimed = folders.claim(inboxFile);
        } catch (IOException e) {
            LOG.warnf("cannot claim %s: %s", name, e.getMessage());
            return Outcome.RETRY;
        }
        if (claimed.isEmpty()) {
            return Outcome.GONE; // another instance took it
        }
        Outcome outcome = read(claimed.get(), name, firstSeenAt, retry);
        metrics.counter("ingest.files", "outcome", outcome.name().toLowerCase()).increment();
        if (outcome != Outcome.RETRY) {
            folders.removeMarker(name);
        }
        return outcome;
    }

    /** Checks the file's kind and size, then reads it within the in-flight memory budget. */
    private Outcome read(Path file, String name, long firstSeenAt, boolean retry) {
        if (Files.isSymbolicLink(file)) {
            return fail(file, name, null, "read", FailureReason.SYMBOLIC_LINK.code(),
                    "symbolic links are not followed: copy the page into the inbox instead");
        }
        long size;
        try {
            size = Files.size(file);
            if (size > config.maxFileBytes()) {
                return fail(file, name, null, "read", FailureReason.TOO_LARGE.code(), "file is " + size
                        + " bytes, over the limit of " + config.maxFileBytes() + " (ingest.max-file-bytes)");
            }
            if (size == 0) {
                return fail(file, name, null, "read", FailureReason.EMPTY.code(), "the file is empty");
            }
        } catch (NoSuchFileException e) {
            return Outcome.GONE;
        } catch (IOException e) {
            return fail(file, name, null, "read", FailureReason.UNREADABLE.code(),
                    "cannot read the file: " + e.getMessage());
        }
        int permits = Math.min(kib(size), kib(config.maxInFlightBytes()));
        try {
            memoryKiB.acquire(permits);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return release(file, name, null);
        }
        try {
            return process(file, name, Files.readAllBytes(file), firstSeenAt, retry);
        } catch (NoSuchFileException e) {
            return Outcome.GONE;
        } catch (IOException e) {
            return fail(file, name, null, "read", FailureReason.UNREADABLE.code(),
                    "cannot read the file: " + e.getMessage());
        } finally {
            memoryKiB.release(permits);
        }
    }

    private Outcome process(Path file, String name, byte[] content, long firstSeenAt, boolean retry) {
        String sha = PageParser.sha256Hex(content);
        statuses.pending(sha, name);
        int longest = longestLine(content);
        if (longest > config.maxLineBytes()) {
            return fail(file, name, sha, "read", FailureReason.LINE_TOO_LONG.code(), "a line of " + longest
                    + " bytes, over the limit of " + config.maxLineBytes()
                    + " (ingest.max-line-bytes): this is not a page of text");
        }

        if (retry) {
            // the failed attempt may have committed after all: learn of it before publishing again
            try {
                ledger.sync(config.publishTimeout());
            } catch (RuntimeException e) {
                LOG.warnf("%s waits: %s", name, e.getMessage());
                return release(file, name, sha);
            }
        }
        Optional<PublishedPage> known = ledger.find(sha);
        if (known.isPresent()) {
            return alreadyPublished(file, name, sha, known.get());
        }

        ParsedPage page;
        try {
            parsing.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return release(file, name, sha);
        }
        try {
            page = parser.parse(content, name);
        } catch (PageParseException e) {
            return fail(file, name, sha, "parse", e.reason(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "parser failed on %s", name);
            return fail(file, name, sha, "parse", FailureReason.PARSER_ERROR.code(),
                    "the parser failed on this file; it has been logged");
        } finally {
            parsing.release();
        }

        warningCounter.count(page);
        if (page.articles().isEmpty()) {
            return fail(file, name, sha, "parse", FailureReason.NO_ARTICLES.code(),
                    "no article text was found in this file (" + page.sourceFile().encoding() + ")");
        }
        PublishedPage published;
        try {
            published = publisher.publish(page, parserVersion.of(page), config.publishTimeout());
        } catch (RuntimeException e) {
            if (causedBy(e, "RecordTooLargeException")) {
                return fail(file, name, sha, "publish", FailureReason.RECORD_TOO_LARGE.code(),
                        "an article of this page is larger than the broker accepts: " + e.getMessage());
            }
            LOG.warnf("publishing %s failed, it goes back to the inbox to be retried: %s", name, e.getMessage());
            return release(file, name, sha);
        }
        statuses.processed(sha, name, published.articleIds(), published.parserVersion(), PageWarning.of(page));
        Timer.builder("ingest.drop.to.commit").description("from first seeing a file to the commit of its records")
                .publishPercentileHistogram().register(metrics)
                .record(Duration.ofNanos(System.nanoTime() - firstSeenAt));
        metrics.counter("ingest.articles.published").increment(published.articleIds().size());
        metrics.counter("ingest.bytes").increment(content.length);
        try {
            Path target = folders.moveToProcessed(file);
            LOG.infof("ingested %s: %d articles, page %s -> %s", name, published.articleIds().size(), sha, target);
        } catch (IOException e) {
            // Committed but not moved: it stays claimed; on restart the ledger recognises it as processed.
            LOG.errorf(e, "published %s but cannot move it to processed/", name);
        }
        return Outcome.PROCESSED;
    }

    /** Same content as a published page: the same name means a crash came between commit and move. */
    private Outcome alreadyPublished(Path file, String name, String sha, PublishedPage original) {
        try {
            if (Objects.equals(original.fileName(), name)) {
                folders.moveToProcessed(file);
                statuses.processed(sha, name, original.articleIds(), original.parserVersion(), null);
                LOG.infof("%s was already published (page %s); moved to processed/", name, sha);
                return Outcome.PROCESSED;
            }
            Path target = folders.moveToDuplicates(file, new DuplicateReport(name, sha, original.fileName(),
                    original.articleIds(), Instant.now().toString()));
            statuses.duplicate(sha, name, original.articleIds(), original.fileName());
            LOG.infof("%s has the content of %s (page %s): nothing published -> %s", name, original.fileName(), sha,
                    target);
            return Outcome.DUPLICATE;
        } catch (IOException e) {
            LOG.errorf(e, "cannot move duplicate %s", name);
            return release(file, name, sha);
        }
    }

    private Outcome release(Path file, String name, String sha) {
        try {
            folders.release(file);
            if (sha != null) {
                statuses.released(sha, name);
            }
        } catch (IOException e) {
            // stays claimed; recovered on the next start
            LOG.errorf(e, "cannot put %s back into the inbox", name);
        }
        return Outcome.RETRY;
    }

    private Outcome fail(Path file, String name, String sha, String stage, String reason, String message) {
        IngestError error = new IngestError(name, sha, stage, reason, message, PageParser.VERSION,
                Instant.now().toString());
        try {
            Path target = folders.moveToFailed(file, error);
            LOG.warnf("%s failed at %s (%s): %s -> %s", name, stage, reason, message, target);
        } catch (IOException e) {
            LOG.errorf(e, "cannot move %s to failed/", name);
            return release(file, name, sha);
        }
        statuses.failed(error);
        publisher.reportError(error, Duration.ofSeconds(5));
        return Outcome.FAILED;
    }

    /** Bytes of the longest line: a cheap test that the file is text laid out in lines at all. */
    static int longestLine(byte[] content) {
        int longest = 0;
        int current = 0;
        for (byte b : content) {
            if (b == '\n' || b == '\r') {
                longest = Math.max(longest, current);
                current = 0;
            } else {
                current++;
            }
        }
        return Math.max(longest, current);
    }

    private static boolean causedBy(Throwable e, String simpleName) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals(simpleName)) {
                return true;
            }
        }
        return false;
    }
}
