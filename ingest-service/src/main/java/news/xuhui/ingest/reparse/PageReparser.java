package news.xuhui.ingest.reparse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import news.xuhui.ingest.config.IngestConfig;
import news.xuhui.ingest.page.ArticleIds;
import news.xuhui.ingest.page.FailureReason;
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
 * Parses one processed page again and publishes the result in one transaction: the new articles, a tombstone for
 * each earlier article id the new parse no longer has (the earlier ids come from the page ledger), and the new page
 * record. The ledger is not asked whether the content is new: a re-parse publishes the same content on purpose.
 */
@ApplicationScoped
public class PageReparser {

    private static final Logger LOG = Logger.getLogger(PageReparser.class);

    public enum Outcome {
        /** Published by this job (now, or before a restart). */
        DONE,
        /** Nothing to do: already at the version, another copy of a page seen, or unknown to the ledger. */
        SKIPPED,
        /** The page cannot be parsed again; its earlier records stay. */
        FAILED,
        /** Publishing failed (broker away): to be tried again. */
        RETRY
    }

    public record Result(Outcome outcome, int articles, int withdrawn, ReparseStatus.Failure failure) {

        static Result of(Outcome outcome) {
            return new Result(outcome, 0, 0, null);
        }

        static Result failed(Path file, String sha, String reason, String message) {
            return new Result(Outcome.FAILED, 0, 0,
                    new ReparseStatus.Failure(file.getFileName().toString(), sha, reason, message));
        }
    }

    @Inject
    IngestConfig config;

    @Inject
    PageParser parser;

    @Inject
    PagePublisher publisher;

    @Inject
    PageLedger ledger;

    @Inject
    FileStatuses statuses;

    @Inject
    RecordedParserVersion version;

    @Inject
    WarningCounter warnings;

    /**
     * @param jobStart when the job started: a page the ledger shows at the job's version and published since then
     *                 was done by this job before a restart
     * @param claim    claims the content hash for this job run; false when another file with the same content was
     *                 taken already
     */
    public Result reparse(Path file, Instant jobStart, boolean force, Predicate<String> claim) {
        byte[] content;
        try {
            long size = Files.size(file);
            if (size > config.maxFileBytes()) {
                return Result.failed(file, null, FailureReason.TOO_LARGE.code(), "file is " + size
                        + " bytes, over the limit of " + config.maxFileBytes() + " (ingest.max-file-bytes)");
            }
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Result.of(Outcome.SKIPPED); // moved away since the listing
        } catch (IOException e) {
            return Result.failed(file, null, FailureReason.UNREADABLE.code(),
                    "cannot read the file: " + e.getMessage());
        }
        String sha = PageParser.sha256Hex(content);
        if (!claim.test(sha)) {
            return Result.of(Outcome.SKIPPED);
        }
        String current = version.current();
        Optional<PublishedPage> known = ledger.find(sha);
        if (known.isEmpty()) {
            // processed pages are all in the ledger unless withdrawn since (a tombstone on news.pages): not revived
            LOG.infof("re-parse: %s (page %s) is not in the page ledger; left alone", file, sha);
            return Result.of(Outcome.SKIPPED);
        }
        PublishedPage before = known.get();
        if (current.equals(before.parserVersion()) && publishedSince(before, jobStart)) {
            return Result.of(Outcome.DONE);
        }
        if (!force && current.equals(before.parserVersion())) {
            return Result.of(Outcome.SKIPPED);
        }

        ParsedPage page;
        try {
            // the name it was first published under: the processed copy may carry a numbered suffix
            page = parser.parse(content, Objects.requireNonNullElse(before.fileName(),
                    file.getFileName().toString()));
        } catch (PageParseException e) {
            return Result.failed(file, sha, e.reason(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "parser failed on %s", file);
            return Result.failed(file, sha, FailureReason.PARSER_ERROR.code(),
                    "the parser failed on this file; it has been logged");
        }
        warnings.count(page);
        if (page.articles().isEmpty()) {
            return Result.failed(file, sha, FailureReason.NO_ARTICLES.code(), "the parser found no article in this "
                    + "page now; its " + before.articleIds().size() + " earlier articles are kept");
        }
        PublishedPage after;
        try {
            after = publisher.republish(page, version.of(page), before, config.publishTimeout());
        } catch (RuntimeException e) {
            if (causedBy(e, "RecordTooLargeException")) {
                return Result.failed(file, sha, FailureReason.RECORD_TOO_LARGE.code(),
                        "an article of this page is larger than the broker accepts: " + e.getMessage());
            }
            LOG.warnf("re-parse: publishing %s failed, to be tried again: %s", file, e.getMessage());
            return Result.of(Outcome.RETRY);
        }
        statuses.reparsed(sha, after.articleIds(), after.parserVersion(), PageWarning.of(page));
        int withdrawn = ArticleIds.withdrawn(before.articleIds(), after.articleIds()).size();
        LOG.debugf("re-parsed %s: %d articles, %d withdrawn", file, after.articleIds().size(), withdrawn);
        return new Result(Outcome.DONE, after.articleIds().size(), withdrawn, null);
    }

    private static boolean publishedSince(PublishedPage entry, Instant since) {
        try {
            return entry.parsedAt() != null && !Instant.parse(entry.parsedAt()).isBefore(since);
        } catch (DateTimeException e) {
            return false;
        }
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
