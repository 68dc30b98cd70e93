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

    /** Full rescan of the inbox, because file-system watch events get lost (network volumes, overflow). */
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

    /** First wait before a file whose publishing failed is tried again; doubles up to {@link #retryBackoffMax()}. */
    @WithDefault("1s")
    Duration retryBackoff();

    @WithDefault("60s")
    Duration retryBackoffMax();

    /** Files parsed and published at the same time. */
    @WithDefault("2")
    int workers();

    default Path processed() {
        return processedDir().orElse(inbox().resolve("processed"));
    }

    default Path failed() {
        return failedDir().orElse(inbox().resolve("failed"));
    }
}
