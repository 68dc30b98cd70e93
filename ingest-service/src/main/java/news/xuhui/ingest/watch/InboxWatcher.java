package news.xuhui.ingest.watch;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import news.xuhui.ingest.config.IngestConfig;

/**
 * Watches the inbox: file-system events for speed, a full rescan every {@code ingest.rescan-interval} because events
 * get lost, and a short poll while a file is still being written. Complete files go to a bounded pool of workers.
 */
@ApplicationScoped
public class InboxWatcher {

    private static final Logger LOG = Logger.getLogger(InboxWatcher.class);
    private static final Duration SETTLE_POLL = Duration.ofMillis(100);

    @Inject
    IngestConfig config;

    @Inject
    InboxFolders folders;

    @Inject
    PageIngestor ingestor;

    private final Set<Path> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<Path, Integer> failedAttempts = new ConcurrentHashMap<>();
    private FileReadiness readiness;
    private ExecutorService workers;
    private WatchService watchService;
    private Thread loop;
    private volatile boolean running;

    void onStart(@Observes StartupEvent event) throws IOException {
        if (!config.watch()) {
            LOG.info("inbox watching is off (ingest.watch=false)");
            return;
        }
        folders.create();
        readiness = new FileReadiness(config.stableFor());
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newFixedThreadPool(config.workers(), r -> new Thread(r, "ingest-worker-" + n.incrementAndGet()));
        watchService = FileSystems.getDefault().newWatchService();
        folders.inbox().register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        running = true;
        loop = new Thread(this::run, "inbox-watcher");
        loop.setDaemon(true);
        loop.start();
        LOG.infof("watching %s (processed: %s, failed: %s)", folders.inbox().toAbsolutePath(),
                config.processed().toAbsolutePath(), config.failed().toAbsolutePath());
    }

    void onStop(@Observes ShutdownEvent event) {
        if (!running) {
            return;
        }
        running = false;
        try {
            watchService.close();
        } catch (IOException ignored) {
            // closing only wakes the loop
        }
        workers.shutdown();
        try {
            // let in-flight files finish: a file is only moved once published, so stopping mid-way loses nothing
            if (!workers.awaitTermination(config.publishTimeout().toSeconds() + 5, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (running) {
            try {
                Duration wait = readiness.anyUnsettled() ? SETTLE_POLL : config.rescanInterval();
                WatchKey key = watchService.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents(); // which file changed does not matter: the scan looks at all of them
                    key.reset();
                }
                scan();
            } catch (ClosedWatchServiceException | InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                LOG.errorf(e, "scanning %s failed; trying again", folders.inbox());
                sleepQuietly(config.rescanInterval());
            }
        }
    }

    private void scan() throws IOException {
        List<Path> present = folders.candidates();
        int capacity = config.workers() * 2; // bounded work in flight: the rest waits in the folder, not in memory
        for (Path file : readiness.observe(present, inFlight, System.nanoTime())) {
            if (inFlight.size() >= capacity) {
                break;
            }
            inFlight.add(file);
            workers.execute(() -> process(file));
        }
    }

    private void process(Path file) {
        try {
            PageIngestor.Outcome outcome = ingestor.ingest(file);
            if (outcome == PageIngestor.Outcome.RETRY) {
                int attempt = failedAttempts.merge(file, 1, Integer::sum);
                readiness.postpone(file, backoff(attempt), System.nanoTime());
            } else {
                failedAttempts.remove(file);
                readiness.forget(file);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "unexpected failure on %s; will try again", file);
            readiness.postpone(file, config.retryBackoffMax(), System.nanoTime());
        } finally {
            inFlight.remove(file);
        }
    }

    private Duration backoff(int attempt) {
        long millis = config.retryBackoff().toMillis() << Math.min(attempt - 1, 20);
        return Duration.ofMillis(Math.min(millis, config.retryBackoffMax().toMillis()));
    }

    private static void sleepQuietly(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
