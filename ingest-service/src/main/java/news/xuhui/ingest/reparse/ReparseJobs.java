package news.xuhui.ingest.reparse;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import news.xuhui.ingest.config.IngestConfig;
import news.xuhui.ingest.config.InstanceId;
import news.xuhui.ingest.parse.RecordedParserVersion;
import news.xuhui.ingest.page.PageLedger;

/**
 * Runs this instance's re-parse job, one at a time: lists the processed pages of the range, hands them to
 * {@code ingest.workers} threads (each parses a page and waits for its transaction; the publisher commits the pages
 * that are ready together in one transaction), and keeps the job's status in a state file. A job still running when
 * the service stopped is resumed at the next start: pages the ledger shows published at the job's version since it
 * started are done, the others are parsed again.
 */
@ApplicationScoped
public class ReparseJobs {

    private static final Logger LOG = Logger.getLogger(ReparseJobs.class);
    /** The state file is rewritten at most this often while pages complete (and always at the start and the end). */
    private static final long SAVE_EVERY_NANOS = Duration.ofSeconds(1).toNanos();

    /** A job is running already on this instance. */
    public static class AlreadyRunning extends RuntimeException {
        AlreadyRunning() {
            super("a re-parse is running on this instance; follow it at GET /api/reparse");
        }
    }

    @Inject
    IngestConfig config;

    @Inject
    InstanceId instanceId;

    @Inject
    PageLedger ledger;

    @Inject
    PageReparser reparser;

    @Inject
    RecordedParserVersion version;

    @Inject
    ObjectMapper json;

    @Inject
    MeterRegistry metrics;

    /** Quarkus's managed worker pool: the job and its pages run there. */
    @Inject
    ExecutorService executor;

    private ReparseStateFile stateFile;
    private volatile ReparseJob job;
    private volatile Future<?> runner;
    /** The service is stopping: the job stops taking pages and stays "running" in its state file, to be resumed. */
    private volatile boolean stopping;
    private final AtomicLong lastSave = new AtomicLong();

    @PostConstruct
    void init() {
        stateFile = new ReparseStateFile(config.reparseState(instanceId.get()), json);
    }

    void onStart(@Observes StartupEvent event) {
        Optional<ReparseStatus> saved = readSaved();
        if (saved.isPresent() && saved.get().running()) {
            ReparseJob resumed = ReparseJob.resume(saved.get(), version.current(), Instant.now());
            LOG.infof("resuming the re-parse started at %s (stopped before it finished)", resumed.startedAt);
            launch(resumed);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        Future<?> running = runner;
        if (running != null) {
            try {
                // pages being published finish; the job stays "running" in its state file, to be resumed
                running.get(config.publishTimeout().toMillis() + 5000, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException | CancellationException e) {
                LOG.warnf("the re-parse did not stop cleanly: %s", e.toString());
            }
        }
    }

    /** Starts a job over the processed pages of {@code [from, to]} (null: open); throws if one is running. */
    public synchronized ReparseStatus start(LocalDate from, LocalDate to, boolean force) {
        if (job != null && job.status().running()) {
            throw new AlreadyRunning();
        }
        ReparseJob started = new ReparseJob(from, to, force, version.current(), Instant.now(), null);
        launch(started);
        return started.status();
    }

    /** The running job, else the last one (also from before a restart). */
    public Optional<ReparseStatus> status() {
        ReparseJob current = job;
        return current != null ? Optional.of(current.status()) : readSaved();
    }

    private synchronized void launch(ReparseJob next) {
        job = next;
        save(next, true);
        runner = executor.submit(() -> run(next));
    }

    private void run(ReparseJob current) {
        try {
            awaitLedger();
            if (stopping) {
                return;
            }
            List<Path> pages = ProcessedPages.list(config.processed(), current.from, current.to);
            current.total(pages.size());
            save(current, true);
            LOG.infof("re-parse to parser %s: %d page files in %s (%s to %s%s)", current.parserVersion, pages.size(),
                    config.processed(), current.from == null ? "the first day" : current.from,
                    current.to == null ? "the last" : current.to, current.force ? ", forced" : "");
            if (!reparseAll(current, pages)) {
                return; // stopped: resumed at the next start
            }
            current.finish();
            ReparseStatus s = current.status();
            LOG.infof("re-parse finished: %d pages done, %d skipped, %d failed; %d articles published, %d withdrawn",
                    s.pagesDone(), s.pagesSkipped(), s.pagesFailed(), s.articlesPublished(), s.articlesWithdrawn());
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "re-parse failed");
            current.fail(e.getMessage() == null ? e.toString() : e.getMessage());
        } finally {
            save(current, true); // a job stopped half-way stays "running" in the file: the next start resumes it
        }
    }

    /** @return false when the service stopped before every page was handled */
    private boolean reparseAll(ReparseJob current, List<Path> pages) {
        int workers = Math.max(1, config.workers());
        // ingest.workers pages at a time: the listing is paths, the pages are read only when their turn comes
        Semaphore slots = new Semaphore(workers);
        Map<String, Path> claimed = new ConcurrentHashMap<>();
        try {
            for (Path page : pages) {
                if (stopping) {
                    return false;
                }
                slots.acquireUninterruptibly();
                executor.execute(() -> {
                    try {
                        reparseUntilOutcome(current, page, claimed);
                    } finally {
                        slots.release();
                    }
                });
            }
        } finally {
            // every page handed out reaches its outcome (or gives up because the service stops)
            slots.acquireUninterruptibly(workers);
            slots.release(workers);
        }
        return !stopping;
    }

    /** One page to its outcome; a failed publication is tried again with backoff, as long as the service runs. */
    private void reparseUntilOutcome(ReparseJob current, Path page, Map<String, Path> claimed) {
        int failedAttempts = 0;
        while (!stopping) {
            PageReparser.Result r;
            try {
                r = reparser.reparse(page, current.startedAt, current.force,
                        sha -> page.equals(claimed.computeIfAbsent(sha, s -> page)));
            } catch (RuntimeException e) {
                LOG.errorf(e, "re-parse of %s failed unexpectedly", page);
                r = PageReparser.Result.failed(page, null, "reparse-error", "unexpected failure; it has been logged");
            }
            if (r.outcome() != PageReparser.Outcome.RETRY) {
                current.record(r);
                metrics.counter("ingest.reparse.pages", "outcome", r.outcome().name().toLowerCase()).increment();
                save(current, false);
                return;
            }
            sleep(config.retryDelay(++failedAttempts));
        }
    }

    private void awaitLedger() {
        // every decision (done, skip, which ids to withdraw) reads the ledger: it must know every page first
        while (!ledger.isCaughtUp() && !stopping) {
            sleep(Duration.ofMillis(200));
        }
        if (stopping) {
            return;
        }
        try {
            // and pages committed a moment ago (by the inbox, or by another instance) with their current version
            ledger.sync(config.publishTimeout());
        } catch (RuntimeException e) {
            LOG.warnf("re-parse starts without syncing the page ledger: %s", e.getMessage());
        }
    }

    private void save(ReparseJob current, boolean now) {
        long t = System.nanoTime();
        long last = lastSave.get();
        if (!now && t - last < SAVE_EVERY_NANOS) {
            return;
        }
        if (!now && !lastSave.compareAndSet(last, t)) {
            return; // another worker is saving
        }
        lastSave.set(t);
        try {
            stateFile.write(current.status());
        } catch (IOException e) {
            // the job goes on; a restart would then redo pages, which is harmless
            LOG.warnf("cannot write the re-parse state to %s: %s", stateFile.path(), e.getMessage());
        }
    }

    private Optional<ReparseStatus> readSaved() {
        try {
            return stateFile.read();
        } catch (IOException e) {
            LOG.warnf("cannot read the re-parse state %s: %s", stateFile.path(), e.getMessage());
            return Optional.empty();
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
