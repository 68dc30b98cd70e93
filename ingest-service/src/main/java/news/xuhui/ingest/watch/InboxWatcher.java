package news.xuhui.ingest.watch;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import news.xuhui.ingest.config.IngestConfig;
import news.xuhui.ingest.page.PageLedger;
import news.xuhui.ingest.status.FileStatuses;

/**
 * Watches the inbox: file-system events for speed, a full rescan every {@code ingest.rescan-interval} (scheduled)
 * because events get lost, and a short poll while a file is still being written. Complete files wait in a queue of
 * names and go to the workers, at most {@code ingest.max-in-flight} at a time, so 10,000 files dropped at once cost a
 * list of paths, not 10,000 pages in memory. The watch loop, the event reader and the workers are tasks on Quarkus's
 * managed worker pool; a file whose publishing failed waits out the service's retry policy
 * ({@link IngestConfig#retryDelay}) beside the others, never in front of them.
 */
@ApplicationScoped
public class InboxWatcher {

    private static final Logger LOG = Logger.getLogger(InboxWatcher.class);
    private static final long SETTLE_POLL_NANOS = Duration.ofMillis(100).toNanos();
    private static final long MIN_SCAN_GAP_NANOS = Duration.ofMillis(50).toNanos();

    @Inject
    IngestConfig config;

    @Inject
    InboxFolders folders;

    @Inject
    PageIngestor ingestor;

    @Inject
    PageLedger ledger;

    @Inject
    FileStatuses statuses;

    @Inject
    MeterRegistry metrics;

    /** Quarkus's managed worker pool: threads mostly wait for a commit, PageIngestor bounds the parsing. */
    @Inject
    ExecutorService executor;

    private final Set<Path> inFlight = ConcurrentHashMap.newKeySet();
    private final Map<Path, Integer> failedAttempts = new ConcurrentHashMap<>();
    private final Map<Path, Long> firstSeen = new ConcurrentHashMap<>();
    private final ArrayDeque<Path> readyQueue = new ArrayDeque<>();
    private final Set<Path> queued = new HashSet<>();
    private final Semaphore wakeup = new Semaphore(0);
    private final AtomicBoolean scanRequested = new AtomicBoolean(true);
    private final AtomicBoolean rescanDue = new AtomicBoolean(true);
    private FileReadiness readiness;
    private WatchService watchService;
    private volatile Future<?> loop;
    private volatile int backlog;
    private final Set<Path> reportedFolders = new HashSet<>();
    private volatile int foreignFolderCount;

    void onStart(@Observes StartupEvent event) throws IOException {
        if (!config.watch()) {
            LOG.info("inbox watching is off (ingest.watch=false)");
            return;
        }
        folders.create();
        recoverClaimedFiles();
        folders.failureReports().forEach(statuses::failed);
        readiness = new FileReadiness(config.stableFor());
        watchService = FileSystems.getDefault().newWatchService();
        // claims rename files out of the inbox: deletions need no attention
        folders.inbox().register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        Gauge.builder("ingest.backlog.files", () -> backlog).description("page files waiting in the inbox")
                .register(metrics);
        Gauge.builder("ingest.backlog.oldest.seconds", this::oldestWaitingSeconds)
                .description("age of the oldest file waiting in the inbox, as seen by this instance").register(metrics);
        Gauge.builder("ingest.inbox.folders", () -> foreignFolderCount)
                .description("folders dropped into the inbox, whose files are not taken").register(metrics);
        executor.execute(this::forwardEvents); // ends when the watch service is closed
        loop = executor.submit(this::run); // ends when cancelled
        LOG.infof("watching %s (processed: %s, failed: %s, duplicates: %s, claimed: %s)", folders.inbox().toAbsolutePath(),
                config.processed().toAbsolutePath(), config.failed().toAbsolutePath(),
                config.duplicates().toAbsolutePath(), folders.work().toAbsolutePath());
    }

    /** What this instance had claimed when it last stopped goes back into the inbox, to be processed again. */
    private void recoverClaimedFiles() throws IOException {
        for (Path claimed : folders.claimed()) {
            Path back = folders.release(claimed);
            LOG.infof("recovered %s, claimed before the last stop", back.getFileName());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        Future<?> watching = loop;
        if (watching == null) {
            return;
        }
        loop = null;
        watching.cancel(true);
        try {
            watchService.close();
        } catch (IOException ignored) {
            // closing only ends the event reader
        }
        try {
            // let in-flight files finish; any still claimed after that go back to the inbox
            awaitNoneInFlight(config.publishTimeout().plusSeconds(5));
            recoverClaimedFiles();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.warnf("files left in %s are recovered on the next start: %s", folders.work(), e.getMessage());
        }
    }

    private void awaitNoneInFlight(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (inFlight) {
            while (!inFlight.isEmpty() && deadline - System.nanoTime() > 0) {
                inFlight.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        }
    }

    /** The fallback full rescan, because file-system events get lost (network volumes, overflow). */
    @Scheduled(every = "${ingest.rescan-interval:5s}", identity = "inbox-rescan")
    void rescan() {
        if (loop != null) {
            rescanDue.set(true);
            wakeup.release();
        }
    }

    private void forwardEvents() {
        while (true) {
            try {
                WatchKey key = watchService.take();
                key.pollEvents(); // which file changed does not matter: the scan looks at all of them
                key.reset();
                scanRequested.set(true);
                wakeup.release();
            } catch (ClosedWatchServiceException | InterruptedException e) {
                return;
            }
        }
    }

    private void run() {
        long lastScan = 0;
        boolean waitingForLedger = false;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                long now = System.nanoTime();
                if (!ledger.isCaughtUp()) {
                    // duplicates can only be recognised once every page published so far is known
                    if (!waitingForLedger) {
                        LOG.info("waiting for the page ledger before taking files");
                        waitingForLedger = true;
                    }
                    wakeup.tryAcquire(200, TimeUnit.MILLISECONDS);
                    continue;
                }
                boolean due = rescanDue.get() || readiness.anyUnsettled(now);
                if ((scanRequested.get() || due) && now - lastScan >= MIN_SCAN_GAP_NANOS) {
                    scanRequested.set(false);
                    boolean full = rescanDue.getAndSet(false);
                    scan(now);
                    lastScan = now;
                    if (full) {
                        reportForeignFolders();
                    }
                }
                dispatch();
                // an event that came too soon after the last scan is served after the gap, not at the next rescan;
                // the scheduled rescan and finished workers wake the loop
                long wait = scanRequested.get() || rescanDue.get() ? MIN_SCAN_GAP_NANOS
                        : readiness.anyUnsettled(now) ? SETTLE_POLL_NANOS
                        : Math.min(config.rescanInterval().toNanos(), readiness.nextRetryNanos() - now);
                wakeup.tryAcquire(Math.max(wait, MIN_SCAN_GAP_NANOS), TimeUnit.NANOSECONDS);
                wakeup.drainPermits();
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                LOG.errorf(e, "scanning %s failed; trying again at the next rescan", folders.inbox());
                rescanDue.set(false);
                try {
                    wakeup.tryAcquire(config.rescanInterval().toNanos(), TimeUnit.NANOSECONDS);
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }
    }

    /** Warns once about each folder dropped into the inbox (its files are not taken), again if it comes back. */
    private void reportForeignFolders() throws IOException {
        List<Path> present = folders.foreignFolders();
        reportedFolders.retainAll(present);
        for (Path folder : present) {
            if (reportedFolders.add(folder)) {
                LOG.warnf("%s is a folder: folders in the inbox are not entered and its files stay there untouched; "
                        + "move the page files themselves into %s", folder, folders.inbox());
            }
        }
        foreignFolderCount = present.size();
    }

    private void scan(long now) throws IOException {
        List<Path> present = folders.candidates();
        backlog = present.size();
        firstSeen.keySet().retainAll(new HashSet<>(present));
        present.forEach(p -> firstSeen.putIfAbsent(p, now));
        Set<Path> busy = new HashSet<>(inFlight);
        busy.addAll(queued);
        for (Path file : readiness.observe(present, busy, now)) {
            if (queued.add(file)) {
                readyQueue.add(file);
            }
        }
    }

    /** Hands queued files to the workers, at most {@code ingest.max-in-flight} at a time. */
    private void dispatch() {
        int capacity = config.maxInFlight();
        while (inFlight.size() < capacity && !readyQueue.isEmpty()) {
            Path file = readyQueue.poll();
            queued.remove(file);
            if (inFlight.add(file)) {
                long seen = firstSeen.getOrDefault(file, System.nanoTime());
                executor.execute(() -> process(file, seen));
            }
        }
    }

    private void process(Path file, long seen) {
        try {
            PageIngestor.Outcome outcome = ingestor.ingest(file, seen, failedAttempts.containsKey(file));
            if (outcome == PageIngestor.Outcome.RETRY) {
                int attempt = failedAttempts.merge(file, 1, Integer::sum);
                readiness.postpone(file, config.retryDelay(attempt), System.nanoTime());
            } else {
                failedAttempts.remove(file);
                readiness.forget(file);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "unexpected failure on %s; will try again", file);
            readiness.postpone(file, config.retryBackoffMax(), System.nanoTime());
        } finally {
            synchronized (inFlight) {
                inFlight.remove(file);
                inFlight.notifyAll();
            }
            wakeup.release(); // a worker is free: dispatch the next queued file
        }
    }

    /** Waiting and in-flight files from the watcher's own state; failures from the reports in failed/. */
    public InboxGauges gauges() {
        return new InboxGauges(backlog, inFlight.size(), folders.failedSince(InboxFolders.startOfToday()));
    }

    private double oldestWaitingSeconds() {
        long now = System.nanoTime();
        return firstSeen.values().stream().mapToLong(t -> now - t).max().orElse(0) / 1e9;
    }
}
