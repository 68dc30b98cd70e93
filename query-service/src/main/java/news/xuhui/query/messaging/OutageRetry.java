package news.xuhui.query.messaging;

import java.time.Duration;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import news.xuhui.query.store.TransientFailures;

/**
 * Runs a store attempt until it succeeds, waiting out database outages with backoff: the record is neither skipped
 * nor dead-lettered, and consumption resumes where it stopped. A failure the database will never get over (see
 * {@link TransientFailures}) is thrown at once, for the dead-letter topic.
 */
@ApplicationScoped
public class OutageRetry {

    private static final Logger LOG = Logger.getLogger(OutageRetry.class);
    private static final Duration FIRST_WAIT = Duration.ofMillis(500);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    @Inject
    MeterRegistry metrics;

    public <T> T untilStored(String what, Supplier<T> attempt) {
        Duration wait = FIRST_WAIT;
        for (int n = 1;; n++) {
            try {
                T result = attempt.get();
                if (n > 1) {
                    LOG.infof("stored %s after %d attempts: the database is back", what, n);
                }
                return result;
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    throw e;
                }
                LOG.warnf("database unavailable (%s); %s waits %d ms (attempt %d)", TransientFailures.describe(e), what,
                        wait.toMillis(), n);
                metrics.counter("query.store.retries").increment();
                sleep(wait);
                wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
            }
        }
    }

    /**
     * Sleeps without giving up on interruption: at shutdown the record must stay unacknowledged (to be replayed after
     * the restart), never be dead-lettered for an outage.
     */
    private static void sleep(Duration d) {
        long end = System.nanoTime() + d.toNanos();
        for (long left = d.toNanos(); left > 0; left = end - System.nanoTime()) {
            try {
                Thread.sleep(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                // keep waiting: see above
            }
        }
    }
}
