package news.xuhui.ingest.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import news.xuhui.ingest.config.IngestConfig;
import news.xuhui.ingest.parse.PageParseException;
import news.xuhui.ingest.parse.PageParser;
import news.xuhui.ingest.parse.ParsedPage;
import news.xuhui.ingest.publish.PageEvents;
import news.xuhui.ingest.publish.PagePublisher;

/**
 * Takes one file from the inbox to its outcome: read, parse, publish, and only after the broker acknowledged every
 * record, move it to processed/. A file that cannot be read or parsed goes to failed/ with a report; a file whose
 * publishing failed stays where it is to be tried again.
 */
@ApplicationScoped
public class PageIngestor {

    private static final Logger LOG = Logger.getLogger(PageIngestor.class);

    public enum Outcome {
        PROCESSED, FAILED, RETRY, GONE
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
    MeterRegistry metrics;

    public Outcome ingest(Path file) {
        String name = file.getFileName().toString();
        byte[] content;
        try {
            long size = Files.size(file);
            if (size > config.maxFileBytes()) {
                return fail(file, "read", "too-large",
                        "file is " + size + " bytes, over the limit of " + config.maxFileBytes() + " (ingest.max-file-bytes)");
            }
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Outcome.GONE; // taken away (or claimed by someone else) since the scan
        } catch (IOException e) {
            return fail(file, "read", "unreadable", "cannot read the file: " + e.getMessage());
        }

        ParsedPage page;
        try {
            page = parser.parse(content, name);
        } catch (PageParseException e) {
            return fail(file, "parse", e.reason(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "parser failed on %s", name);
            return fail(file, "parse", "parser-error", "the parser failed on this file; it has been logged");
        }

        PageEvents events = PageEvents.of(page, Instant.now());
        try {
            publisher.publish(events, config.publishTimeout());
        } catch (RuntimeException e) {
            LOG.warnf("publishing %s failed, it stays in the inbox to be retried: %s", name, e.getMessage());
            metrics.counter("ingest.files", "outcome", "retry").increment();
            return Outcome.RETRY;
        }

        try {
            Path target = folders.moveToProcessed(file);
            LOG.infof("ingested %s: %d articles, page %s -> %s", name, events.articles().size(),
                    events.page().pageId(), target);
        } catch (IOException e) {
            // Published but not moved: the next attempt publishes the same keys again, which consumers upsert.
            LOG.errorf(e, "published %s but cannot move it to processed/", name);
            return Outcome.RETRY;
        }
        metrics.counter("ingest.files", "outcome", "processed").increment();
        metrics.counter("ingest.articles.published").increment(events.articles().size());
        metrics.counter("ingest.bytes").increment(content.length);
        return Outcome.PROCESSED;
    }

    private Outcome fail(Path file, String stage, String reason, String message) {
        String name = file.getFileName().toString();
        IngestError error = new IngestError(name, stage, reason, message, PageParser.VERSION, Instant.now().toString());
        try {
            Path target = folders.moveToFailed(file, error);
            LOG.warnf("%s failed at %s (%s): %s -> %s", name, stage, reason, message, target);
        } catch (NoSuchFileException e) {
            return Outcome.GONE;
        } catch (IOException e) {
            LOG.errorf(e, "cannot move %s to failed/", name);
            return Outcome.RETRY;
        }
        metrics.counter("ingest.files", "outcome", "failed").increment();
        return Outcome.FAILED;
    }
}
