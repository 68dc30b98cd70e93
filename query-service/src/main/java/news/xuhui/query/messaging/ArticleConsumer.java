package news.xuhui.query.messaging;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * Stores each article event. The method returns only after the database transaction committed, and only then is the
 * record acknowledged and its offset committed: a crash in between replays the record, which the upsert absorbs.
 * <ul>
 * <li>A record that can never be stored (not an article, unknown schema version, data the database refuses) goes to
 * {@code news.articles.dlq} with the reason, and the consumer carries on.</li>
 * <li>A database that is down or overloaded is waited for, with backoff: the record is neither skipped nor
 * dead-lettered, and consumption resumes where it stopped.</li>
 * </ul>
 */
@ApplicationScoped
public class ArticleConsumer {

    private static final Logger LOG = Logger.getLogger(ArticleConsumer.class);
    private static final Duration FIRST_WAIT = Duration.ofMillis(500);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    @Inject
    ArticleWriter writer;

    @Inject
    MeterRegistry metrics;

    @Incoming("articles")
    @Blocking
    public void consume(ArticleEvent event, IncomingKafkaRecordMetadata<String, ArticleEvent> record) {
        validate(event);
        Duration wait = FIRST_WAIT;
        for (int attempt = 1;; attempt++) {
            try {
                boolean created = writer.write(event); // its own transaction: committed when this returns
                metrics.counter("query.articles.stored", "result", created ? "created" : "updated").increment();
                if (record != null && record.getTimestamp() != null) {
                    Timer.builder("query.commit.to.queryable")
                            .description("from the record's Kafka timestamp to its database commit")
                            .publishPercentileHistogram().register(metrics)
                            .record(Duration.between(record.getTimestamp(), Instant.now()));
                }
                if (attempt > 1) {
                    LOG.infof("stored %s after %d attempts: the database is back", event.articleId(), attempt);
                }
                return;
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    throw e; // permanent: dead-letter it with the reason
                }
                LOG.warnf("database unavailable (%s); article %s waits %d ms (attempt %d)",
                        TransientFailures.describe(e), event.articleId(), wait.toMillis(), attempt);
                metrics.counter("query.store.retries").increment();
                sleep(wait);
                wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
            }
        }
    }

    static void validate(ArticleEvent event) {
        if (event == null) {
            throw new InvalidArticleEvent("record value is not an article event (see the deserialization-failure headers)");
        }
        if (event.articleId() == null || event.articleId().isBlank() || event.pageId() == null) {
            throw new InvalidArticleEvent("article event without articleId or pageId");
        }
        if (event.articleId().length() > 64) {
            throw new InvalidArticleEvent("articleId longer than 64 characters");
        }
        if (event.schemaVersion() != 1) {
            throw new InvalidArticleEvent("unsupported schemaVersion " + event.schemaVersion());
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

    /** A record that can never be stored: it goes to the dead-letter topic instead of being retried. */
    public static class InvalidArticleEvent extends RuntimeException {
        public InvalidArticleEvent(String message) {
            super(message);
        }
    }
}
