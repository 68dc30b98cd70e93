package news.xuhui.query.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.DeserializationFailureHandler;
import news.xuhui.query.store.ArticleEntity;
import news.xuhui.query.store.ArticleWriteSql;
import news.xuhui.query.store.OutagePolicy;
import news.xuhui.query.store.TransientFailures;

/**
 * Stores the article events of each poll as one batch, in one database transaction. The method returns only after
 * that transaction committed, and only then are the batch's offsets committed: a crash in between replays the batch,
 * which the upsert absorbs.
 * <ul>
 * <li>A record that can never be stored goes to {@code news.articles.dlq} alone, with the reason, and the rest of its
 * batch is stored: one that is not an article event this service reads (not JSON, no id, unknown schema version) is
 * set aside before the write; when the database refuses the batch, its records are written one by one and only the
 * ones it refuses are dead-lettered.</li>
 * <li>A tombstone (a null value under an article's key) deletes that article, in the batch's transaction.</li>
 * <li>Several events for one article in a batch: the last one (the latest offset) counts, as if each had been
 * applied in turn.</li>
 * <li>A database that is down or overloaded is waited for, with backoff: the batch is neither skipped nor
 * dead-lettered, and consumption resumes where it stopped.</li>
 * </ul>
 * Anything else escaping this method is a fault of the service: the channel's failure strategy ({@code fail}) then
 * stops consumption, so that the batch is replayed after a restart instead of being dead-lettered whole.
 */
@ApplicationScoped
public class ArticleConsumer {

    private static final Logger LOG = Logger.getLogger(ArticleConsumer.class);

    @Inject
    EventWriter writer;

    @Inject
    OutagePolicy outages;

    @Inject
    ArticleDeadLetters deadLetters;

    @Inject
    MeterRegistry metrics;

    /**
     * A record with a null value reaches this method with a null event, whether it is a tombstone or a value that could
     * not be read (the connector then adds deserialization-failure headers): only the headers tell them apart.
     */
    @Incoming("articles")
    @Blocking
    public void consume(ConsumerRecords<String, ArticleEvent> records) {
        // the last record of each article, in the order of first appearance
        Map<String, ConsumerRecord<String, ArticleEvent>> latest = new LinkedHashMap<>();
        for (ConsumerRecord<String, ArticleEvent> record : records) {
            try {
                latest.put(articleId(record), record);
            } catch (InvalidArticleEvent e) {
                deadLetters.send(record, ArticleDeadLetters.Cause.INVALID, e.getMessage());
            }
        }
        if (!latest.isEmpty()) {
            Timer.Sample sample = Timer.start(metrics);
            store(new ArrayList<>(latest.values()));
            sample.stop(Timer.builder("query.articles.batch").description("storing one batch of article events, "
                    + "outage waits included").register(metrics));
            metrics.summary("query.articles.batch.size").record(latest.size());
        }
    }

    /**
     * Stores the records in one transaction, waiting out outages; a batch the database refuses is split, down to the
     * records it refuses, which are dead-lettered alone.
     */
    private void store(List<ConsumerRecord<String, ArticleEvent>> batch) {
        List<ArticleEntity> articles = new ArrayList<>();
        List<String> removals = new ArrayList<>();
        for (ConsumerRecord<String, ArticleEvent> record : batch) {
            if (record.value() == null) {
                removals.add(record.key());
            } else {
                articles.add(EventMapper.article(record.value()));
            }
        }
        ArticleWriteSql.Outcome outcome;
        try {
            outcome = outages.untilDone("a batch of " + batch.size() + " article events", ArticleWriteSql.Outcome.class,
                    () -> writer.write(articles, removals));
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                deadLetters.send(batch.get(0), ArticleDeadLetters.Cause.REFUSED,
                        "the database refused the article: " + TransientFailures.describe(e));
                return;
            }
            LOG.warnf("the database refused a batch of %d article events (%s); storing them in halves to set the"
                    + " refused ones aside", batch.size(), TransientFailures.describe(e));
            int half = batch.size() / 2;
            store(batch.subList(0, half));
            store(batch.subList(half, batch.size()));
            return;
        }
        count(outcome);
        Timer latency = Timer.builder("query.commit.to.queryable")
                .description("from the record's Kafka timestamp to its database commit")
                .publishPercentiles(0.5, 0.99).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(10))
                .register(metrics);
        Instant now = Instant.now();
        for (ConsumerRecord<String, ArticleEvent> record : batch) {
            if (record.value() != null && record.timestamp() > 0) {
                latency.record(Duration.between(Instant.ofEpochMilli(record.timestamp()), now));
            }
        }
    }

    private void count(ArticleWriteSql.Outcome outcome) {
        metrics.counter("query.articles.stored", "result", "created").increment(outcome.created());
        metrics.counter("query.articles.stored", "result", "updated").increment(outcome.updated());
        metrics.counter("query.articles.removed", "result", "deleted").increment(outcome.removed());
        metrics.counter("query.articles.removed", "result", "absent").increment(outcome.absent());
    }

    /** The id of the article the record writes or removes; throws for a record that can never be stored. */
    static String articleId(ConsumerRecord<String, ArticleEvent> record) {
        if (record.value() == null && isTombstone(record)) {
            String id = record.key();
            if (id == null || id.isBlank() || id.length() > 64) {
                throw new InvalidArticleEvent("tombstone without a usable article id as key");
            }
            return id;
        }
        validate(record.value());
        return record.value().articleId();
    }

    /** A record whose value is null on the wire, not one whose value could not be deserialized. */
    static boolean isTombstone(ConsumerRecord<String, ArticleEvent> record) {
        return record.value() == null
                && record.headers().lastHeader(DeserializationFailureHandler.DESERIALIZATION_FAILURE_REASON) == null;
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
