package news.xuhui.ingest.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the ingest pipeline ({@code ingest.*}, or {@code INGEST_*} environment variables). */
@ConfigMapping(prefix = "ingest")
public interface IngestConfig {

    /** Whether the inbox is watched at all; off, the service only answers {@code POST /api/parse}. */
    @WithDefault("true")
    boolean watch();

    /** The folder people and programs drop page files into. */
    @WithDefault("inbox")
    Path inbox();

    /** Where a file goes once every record of it is acknowledged, in dated subfolders. Default: inbox/processed. */
    Optional<Path> processedDir();

    /** Where a file that cannot be ingested goes, beside its {@code <name>.error.json}. Default: inbox/failed. */
    Optional<Path> failedDir();

    /**
     * Full rescan of the inbox, because file-system watch events get lost (network volumes, overflow). Scheduled by
     * the Quarkus scheduler, which looks at its jobs once a second: shorter intervals act as one second.
     */
    @WithDefault("5s")
    Duration rescanInterval();

    /** A file is taken once its size and modification time have not changed for this long. */
    @WithDefault("300ms")
    Duration stableFor();

    /** Files larger than this are refused (moved to failed/ with reason too-large). */
    @WithDefault("52428800")
    long maxFileBytes();

    /** How long to wait for the broker to acknowledge every record of a page before trying again later. */
    @WithDefault("30s")
    Duration publishTimeout();

    /**
     * The compacted topic of the page records: the publisher writes each page's record there and the page ledger
     * reads it whole to recognise duplicates, so both always use this one setting. The articles' topic is the
     * {@code events} channel's ({@code mp.messaging.outgoing.events.topic}, {@code news.articles}).
     */
    @WithDefault("news.pages")
    String pagesTopic();

    /** Most pages committed in one Kafka transaction (pages ready together are committed together). */
    @WithDefault("64")
    int publishBatchPages();

    /** First wait before a file whose publishing failed is tried again; doubles up to {@link #retryBackoffMax()}. */
    @WithDefault("1s")
    Duration retryBackoff();

    /** Longest wait between two attempts at publishing a file (or a re-parsed page). */
    @WithDefault("60s")
    Duration retryBackoffMax();

    /**
     * The service's one retry policy, for the inbox and the re-parse alike: the wait before the next attempt after
     * {@code failedAttempts} failures, doubling from {@link #retryBackoff()} up to {@link #retryBackoffMax()}.
     */
    default Duration retryDelay(int failedAttempts) {
        long millis = retryBackoff().toMillis() << Math.min(Math.max(failedAttempts, 1) - 1, 20);
        return Duration.ofMillis(Math.min(millis, retryBackoffMax().toMillis()));
    }

    /**
     * Names this instance: its claimed files live in {@code <inbox>/.work/<instance-id>} and its Kafka transactional
     * id derives from it, so it must be unique among the instances sharing a folder and stable across restarts.
     * Default: {@code <hostname>-<http port>} (given by {@link InstanceIdDefault}, so that application.properties can
     * derive the transactional id from it).
     */
    String instanceId();

    /**
     * Optional done-file convention: with {@code .done}, {@code page.txt} is taken only once {@code page.txt.done}
     * exists (the marker is removed afterwards). Unset: files are taken once stable.
     */
    Optional<String> doneMarker();

    /** Lines longer than this many bytes mean the file is not a page (reason line-too-long). */
    @WithDefault("1048576")
    int maxLineBytes();

    /** Files parsed at the same time (parsing is CPU-bound: about one per core). */
    @WithDefault("2")
    int workers();

    /**
     * Files between claim and outcome at the same time. Parsed pages wait for their transaction's commit; pages
     * that are ready together are committed together, so this bounds the group commit, and memory with
     * {@link #maxInFlightBytes()}.
     */
    @WithDefault("32")
    int maxInFlight();

    /** Bytes of file content held in memory at once; a larger file waits until it can be alone. */
    @WithDefault("67108864")
    long maxInFlightBytes();

    /**
     * The parser version written into the events instead of the parser's own ({@code PageParser.VERSION}). Only for
     * tests that need pages recorded as if an older parser had ingested them (a re-parse then replaces them). Unset,
     * the default, in production.
     */
    Optional<String> parserVersionOverride();

    /** The feeding web app at {@code /}. */
    Web web();

    /**
     * Where this instance keeps the progress of its re-parse job, so that a restart resumes it: a small JSON file in
     * the inbox's work area (hidden from scans, beside the instances' claim folders).
     */
    default Path reparseState(String instanceId) {
        return inbox().resolve(".work").resolve("reparse-" + instanceId + ".json");
    }

    default Path processed() {
        return processedDir().orElse(inbox().resolve("processed"));
    }

    default Path failed() {
        return failedDir().orElse(inbox().resolve("failed"));
    }

    /** Same content as a page already published: the file goes here, beside a report naming the original. */
    default Path duplicates() {
        return inbox().resolve("duplicates");
    }

    /** Folder this instance claims files into by atomic rename: hidden, so no scan takes them from there. */
    default Path work(String instanceId) {
        return inbox().resolve(".work").resolve(instanceId);
    }

    /** Settings of the feeding web app ({@code ingest.web.*}). */
    interface Web {

        /**
         * Base URL of the reading app (query-service) as the browser reaches it: a processed file's articles link to
         * {@code <reading-app-url>/articles/<id>}.
         */
        @WithDefault("http://localhost:8080")
        String readingAppUrl();
    }
}
