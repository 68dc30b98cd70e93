package news.xuhui.ingest.reparse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** One re-parse job: what it covers and how far it got. Counters are updated by several workers at once. */
final class ReparseJob {

    static final int MAX_FAILURES_LISTED = 100;

    final LocalDate from;
    final LocalDate to;
    final boolean force;
    final String parserVersion;
    final Instant startedAt;
    final Instant resumedAt;

    private volatile String state = ReparseStatus.RUNNING;
    private volatile Instant finishedAt;
    private volatile String error;
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private final AtomicInteger articles = new AtomicInteger();
    private final AtomicInteger withdrawn = new AtomicInteger();
    private final List<ReparseStatus.Failure> failures = new ArrayList<>();

    ReparseJob(LocalDate from, LocalDate to, boolean force, String parserVersion, Instant startedAt,
            Instant resumedAt) {
        this.from = from;
        this.to = to;
        this.force = force;
        this.parserVersion = parserVersion;
        this.startedAt = startedAt;
        this.resumedAt = resumedAt;
    }

    /**
     * The job a restart resumes: same range, same start (pages the ledger shows published since then count as done),
     * counters counted again from the pages.
     */
    static ReparseJob resume(ReparseStatus saved, String parserVersion, Instant now) {
        return new ReparseJob(saved.from() == null ? null : LocalDate.parse(saved.from()),
                saved.to() == null ? null : LocalDate.parse(saved.to()), saved.force(), parserVersion,
                Instant.parse(saved.startedAt()), now);
    }

    void total(int pages) {
        total.set(pages);
    }

    void record(PageReparser.Result r) {
        switch (r.outcome()) {
            case DONE -> {
                done.incrementAndGet();
                articles.addAndGet(r.articles());
                withdrawn.addAndGet(r.withdrawn());
            }
            case SKIPPED -> skipped.incrementAndGet();
            case FAILED -> {
                failed.incrementAndGet();
                synchronized (failures) {
                    if (failures.size() < MAX_FAILURES_LISTED) {
                        failures.add(r.failure());
                    }
                }
            }
            case RETRY -> throw new IllegalArgumentException("a page to retry has no outcome yet");
        }
    }

    void finish() {
        finishedAt = Instant.now();
        state = ReparseStatus.FINISHED;
    }

    void fail(String why) {
        finishedAt = Instant.now();
        error = why;
        state = ReparseStatus.FAILED;
    }

    ReparseStatus status() {
        List<ReparseStatus.Failure> listed;
        synchronized (failures) {
            listed = List.copyOf(failures);
        }
        return new ReparseStatus(state, from == null ? null : from.toString(), to == null ? null : to.toString(), force,
                parserVersion, total.get(), done.get(), failed.get(), skipped.get(), articles.get(), withdrawn.get(),
                startedAt.toString(), resumedAt == null ? null : resumedAt.toString(),
                finishedAt == null ? null : finishedAt.toString(), listed, error);
    }
}
