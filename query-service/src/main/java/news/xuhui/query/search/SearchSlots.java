package news.xuhui.query.search;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * Admission for searches and facet counts: at most {@code xuhui.search.max-concurrent} run in the database at once,
 * the others wait their turn, first come first served, for up to {@code xuhui.search.max-wait}.
 * <p>
 * Why: a search is CPU work in PostgreSQL. Past the database's cores, more searches at once only share those cores,
 * so every one of them, the long ones most, takes longer; a search that waits for a slot instead runs at full speed
 * once it has one, which keeps the slow end of the latencies down. Reads by id do not take a slot: they are cheap and
 * must not queue behind searches.
 */
@Startup // so that its metrics exist before the first search
@Singleton
public class SearchSlots {

    /** A slot, held until closed. */
    public interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    private static final Slot UNLIMITED = () -> { };

    private final Semaphore slots;
    private final Duration maxWait;
    private final Counter refused;

    @Inject
    public SearchSlots(SearchConfig config, MeterRegistry metrics) {
        this(config.maxConcurrent(), config.maxWait(), metrics);
    }

    SearchSlots(int maxConcurrent, Duration maxWait, MeterRegistry metrics) {
        if (maxConcurrent < 0) {
            throw new IllegalArgumentException("xuhui.search.max-concurrent must be 0 (no limit) or more, not "
                    + maxConcurrent);
        }
        this.slots = maxConcurrent > 0 ? new Semaphore(maxConcurrent, true) : null;
        this.maxWait = maxWait;
        this.refused = metrics.counter("query.search.refused");
        if (slots != null) {
            metrics.gauge("query.search.waiting", slots, Semaphore::getQueueLength);
        }
    }

    /** For tests: no metrics registry. */
    public SearchSlots(int maxConcurrent, Duration maxWait) {
        this(maxConcurrent, maxWait, new SimpleMeterRegistry());
    }

    /**
     * Takes a slot, waiting up to max-wait for one.
     *
     * @throws SearchBusyException when none came free in time
     */
    public Slot take() {
        if (slots == null) {
            return UNLIMITED;
        }
        boolean taken;
        try {
            taken = slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            taken = false;
        }
        if (!taken) {
            refused.increment();
            throw new SearchBusyException(maxWait);
        }
        return slots::release;
    }
}
