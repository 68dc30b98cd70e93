package news.xuhui.query.messaging;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.DeserializationFailureHandler;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import news.xuhui.query.store.OutagePolicy;

/**
 * Stores each article event. The method returns only after the database transaction committed, and only then is the
 * record acknowledged and its offset committed: a crash in between replays the record, which the upsert absorbs.
 * <ul>
 * <li>A record that can never be stored (not an article, unknown schema version, data the database refuses) goes to
 * {@code news.articles.dlq} with the reason, and the consumer carries on.</li>
 * <li>A tombstone (a null value under an article's key) deletes that article, in its own transaction like an
 * upsert.</li>
 * <li>A database that is down or overloaded is waited for, with backoff: the record is neither skipped nor
 * dead-lettered, and consumption resumes where it stopped.</li>
 * </ul>
 */
@ApplicationScoped
public class ArticleConsumer {

    @Inject
    EventWriter writer;

    @Inject
    OutagePolicy outages;

    @Inject
    MeterRegistry metrics;

    /**
     * A record with a null value reaches this method with a null event, whether it is a tombstone or a value that could
     * not be read (the connector then adds deserialization-failure headers): only the headers tell them apart.
     */
    @Incoming("articles")
    @Blocking
    public void consume(ArticleEvent event, IncomingKafkaRecordMetadata<String, ArticleEvent> record) {
        if (event == null && isTombstone(record)) {
            remove(record.getKey());
            return;
        }
        validate(event);
        // each attempt is its own transaction, committed when write returns; only then is the record acknowledged
        boolean created = outages.untilDone("article " + event.articleId(), () -> writer.write(event));
        metrics.counter("query.articles.stored", "result", created ? "created" : "updated").increment();
        if (record != null && record.getTimestamp() != null) {
            Timer.builder("query.commit.to.queryable")
                    .description("from the record's Kafka timestamp to its database commit")
                    .publishPercentileHistogram().register(metrics)
                    .record(Duration.between(record.getTimestamp(), Instant.now()));
        }
    }

    /** The article no longer exists (a re-parse found fewer articles on its page): delete it and what hangs on it. */
    private void remove(String articleId) {
        if (articleId == null || articleId.isBlank() || articleId.length() > 64) {
            throw new InvalidArticleEvent("tombstone without a usable article id as key");
        }
        boolean existed = outages.untilDone("removal of article " + articleId, () -> writer.remove(articleId));
        metrics.counter("query.articles.removed", "result", existed ? "deleted" : "absent").increment();
    }

    /** A record whose value is null on the wire, not one whose value could not be deserialized. */
    static boolean isTombstone(IncomingKafkaRecordMetadata<String, ArticleEvent> record) {
        return record != null && record.getRecord() != null && record.getRecord().value() == null
                && record.getHeaders().lastHeader(DeserializationFailureHandler.DESERIALIZATION_FAILURE_REASON) == null;
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

    /** A record that can never be stored: it goes to the dead-letter topic instead of being retried. */
    public static class InvalidArticleEvent extends RuntimeException {
        public InvalidArticleEvent(String message) {
            super(message);
        }
    }
}
