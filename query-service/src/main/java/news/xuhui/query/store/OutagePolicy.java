package news.xuhui.query.store;

import java.time.temporal.ChronoUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.Guard;

/**
 * The service's one policy for database outages: an attempt that failed for a reason waiting can cure (see
 * {@link TransientFailures}) is tried again, with exponential backoff from {@value #FIRST_DELAY_MS} ms up to
 * {@value #MAX_DELAY_MS} ms, for as long as the outage lasts; any other failure is thrown at once. A SmallRye Fault
 * Tolerance guard rather than {@code @Retry} on the writer, because each attempt must be its own transaction: the
 * retry has to sit outside {@code @Transactional}, which interceptor priorities would not give on one method.
 */
@ApplicationScoped
public class OutagePolicy {

    private static final Logger LOG = Logger.getLogger(OutagePolicy.class);
    static final long FIRST_DELAY_MS = 500;
    static final long MAX_DELAY_MS = 30_000;

    private final Counter retries;
    private final Guard guard;

    public OutagePolicy(MeterRegistry metrics) {
        this.retries = metrics.counter("query.store.retries");
        this.guard = Guard.create()
                .withDescription("database outage")
                .withRetry()
                // no limit in count or time: an outage is waited out, however long it lasts
                .maxRetries(-1)
                .maxDuration(0, ChronoUnit.MILLIS)
                .delay(FIRST_DELAY_MS, ChronoUnit.MILLIS)
                .whenException(TransientFailures::isTransient)
                .beforeRetry(this::beforeRetry)
                .withExponentialBackoff().factor(2).maxDelay(MAX_DELAY_MS, ChronoUnit.MILLIS).done()
                .done()
                .build();
    }

    /**
     * Runs the attempt until it succeeds, waiting out outages. An interruption while waiting (the service stopping)
     * does not end the wait: a consumer's record must then stay unacknowledged, to be replayed after the restart,
     * never be dead-lettered for an outage.
     */
    public boolean untilDone(String what, BooleanSupplier attempt) {
        return untilDone(what, Boolean.class, attempt::getAsBoolean);
    }

    /** As {@link #untilDone(String, BooleanSupplier)}, for an attempt with a result of the given type. */
    public <T> T untilDone(String what, Class<T> type, Supplier<T> attempt) {
        while (true) {
            try {
                return guard.get(attempt, type);
            } catch (RuntimeException e) {
                if (!interrupted(e)) {
                    throw e;
                }
                Thread.interrupted(); // cleared, or the next wait would end at once
                LOG.infof("%s: interrupted while waiting for the database; still waiting", what);
            }
        }
    }

    /**
     * The wait before the given retry (0: the first) under this policy: {@value #FIRST_DELAY_MS} ms doubling up to
     * {@value #MAX_DELAY_MS} ms. For clients that schedule their own reconnects, such as {@link FeedListener}.
     */
    public static long backoffMillis(int retry) {
        return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS << Math.min(retry, 16));
    }

    private void beforeRetry(Throwable failure) {
        retries.increment();
        LOG.warnf("database unavailable (%s); trying again with backoff", TransientFailures.describe(failure));
    }

    /** With no limit on retries, an outage failure only escapes the guard when its wait was interrupted. */
    private static boolean interrupted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InterruptedException) {
                return true;
            }
        }
        return TransientFailures.isTransient(e);
    }
}
