package news.xuhui.ingest.publish;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.transactions.KafkaTransactions;
import news.xuhui.ingest.config.IngestConfig;
import news.xuhui.ingest.page.IngestError;
import news.xuhui.ingest.page.PageLedger;
import news.xuhui.ingest.page.PublishedPage;
import news.xuhui.parser.ParsedPage;

/**
 * Publishes pages in Kafka transactions: all records of a page (its articles on {@code news.articles}, its page
 * record on {@code ingest.pages-topic}) are always in the same transaction, so read_committed consumers see a page
 * whole or not at all. {@link #publish} returns only after that transaction committed, so that the caller can move the file
 * out of the inbox knowing nothing is lost.
 * <p>
 * A producer runs one transaction at a time and a commit costs a round trip to the broker, so pages that are ready
 * together are committed together (group commit) by one drain of the queue at a time: throughput follows the parser, not the
 * commit latency. If a shared transaction fails, each of its pages is tried again alone, so one bad page (a record
 * the broker refuses) cannot hold the others back.
 */
@ApplicationScoped
public class PagePublisher {

    private static final Logger LOG = Logger.getLogger(PagePublisher.class);

    static final URI SOURCE = URI.create("urn:news.xuhui:ingest-service");
    static final URI ARTICLE_SCHEMA = URI.create("urn:news.xuhui:schema:article-event:v1");
    static final URI PAGE_SCHEMA = URI.create("urn:news.xuhui:schema:page-event:v1");
    static final String ERROR_TYPE = "news.xuhui.ingest-error.v1";

    private record Request(PageEvents page, CompletableFuture<Void> committed) {
    }

    @Inject
    @Channel("events")
    KafkaTransactions<Object> events;

    @Inject
    @Channel("ingest-errors")
    MutinyEmitter<IngestError> errors;

    @Inject
    IngestConfig config;

    @Inject
    PageLedger ledger;

    /** Quarkus's managed worker pool: a drain of the queue runs there while there is something to commit. */
    @Inject
    ExecutorService executor;

    private final ConcurrentLinkedQueue<Request> queue = new ConcurrentLinkedQueue<>();
    /** True while a drain runs: one transaction at a time, as the producer requires. */
    private final AtomicBoolean draining = new AtomicBoolean();

    /**
     * Publishes a page parsed from the inbox: its articles and its page record, in one transaction. Returns once they
     * are committed (and the page ledger knows the page); throws if they are not committed within {@code timeout}.
     *
     * @param parserVersion the version recorded in the events (see {@code RecordedParserVersion})
     */
    public PublishedPage publish(ParsedPage parsed, String parserVersion, Duration timeout) {
        return publish(PageEvents.of(parsed, Instant.now(), parserVersion), timeout);
    }

    /**
     * Publishes a page parsed again, replacing its earlier publication {@code before}: with its new articles and page
     * record go tombstones for the earlier article ids the new parse no longer yields, all in one transaction.
     */
    public PublishedPage republish(ParsedPage parsed, String parserVersion, PublishedPage before, Duration timeout) {
        return publish(PageEvents.of(parsed, Instant.now(), parserVersion).replacing(before.articleIds()), timeout);
    }

    /** Sends all records of the page; throws if they are not committed within {@code timeout}. */
    PublishedPage publish(PageEvents page, Duration timeout) {
        Request request = new Request(page, new CompletableFuture<>());
        queue.add(request);
        drainUnlessDraining();
        try {
            request.committed().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing " + page.page().pageId(), e);
        } catch (TimeoutException e) {
            // withdrawn unless already being committed; if it commits after all, the ledger learns of it before the
            // file is published again
            request.committed().cancel(false);
            throw new IllegalStateException("not committed within " + timeout.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        PublishedPage published = page.published();
        ledger.remember(published);
        return published;
    }

    private void drainUnlessDraining() {
        if (!queue.isEmpty() && draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    /**
     * Commits what is queued, a batch per transaction, until the queue is empty. Pages queued while a transaction
     * commits wait for the next one together: that is the group commit.
     */
    private void drain() {
        try {
            List<Request> batch = new ArrayList<>();
            for (Request r; batch.size() < config.publishBatchPages() && (r = queue.poll()) != null;) {
                batch.add(r);
            }
            while (!batch.isEmpty()) {
                commitBatch(batch);
                batch.clear();
                for (Request r; batch.size() < config.publishBatchPages() && (r = queue.poll()) != null;) {
                    batch.add(r);
                }
            }
        } finally {
            draining.set(false);
            drainUnlessDraining(); // a page queued after the last poll, before the flag was cleared
        }
    }

    /** One transaction for the batch; if it fails, each page alone, so one bad page cannot hold the others back. */
    private void commitBatch(List<Request> batch) {
        batch.removeIf(r -> r.committed().isCancelled()); // their callers gave up waiting
        try {
            if (!batch.isEmpty() && !commit(batch) && batch.size() > 1) {
                for (Request single : batch) {
                    commit(List.of(single));
                }
            }
        } catch (RuntimeException e) {
            batch.forEach(r -> r.committed().completeExceptionally(e));
            LOG.errorf(e, "publishing failed");
        }
    }

    /** One transaction for the requests' pages; completes their futures unless it failed for a shared batch. */
    private boolean commit(List<Request> requests) {
        try {
            events.withTransaction(tx -> {
                for (Request r : requests) {
                    PageEvents page = r.page();
                    String version = page.page().parserVersion();
                    for (ArticleEvent article : page.articles()) {
                        tx.send(message(article, article.articleId(), version, null, ArticleEvent.CLOUD_EVENT_TYPE,
                                ARTICLE_SCHEMA));
                    }
                    for (String gone : page.withdrawn()) {
                        tx.send(tombstone(gone));
                    }
                    tx.send(message(page.page(), page.page().pageId(), version, config.pagesTopic(),
                            PageEvent.CLOUD_EVENT_TYPE, PAGE_SCHEMA));
                }
                return Uni.createFrom().voidItem();
            }).await().atMost(config.publishTimeout());
            requests.forEach(r -> r.committed().complete(null));
            return true;
        } catch (RuntimeException e) {
            if (requests.size() == 1) {
                requests.get(0).committed().completeExceptionally(e);
            } else {
                LOG.warnf("a transaction of %d pages failed (%s); trying each page alone", requests.size(),
                        e.getMessage());
            }
            return false;
        }
    }

    /** Best effort: the error report in failed/ is the record of truth; the topic is for programs that watch. */
    public void reportError(IngestError error, Duration timeout) {
        try {
            errors.sendMessage(message(error, error.sha256() != null ? error.sha256() : error.file(), null, null,
                    ERROR_TYPE, null)).await().atMost(timeout);
        } catch (RuntimeException e) {
            LOG.warnf("could not publish the error record of %s: %s", error.file(), e.getMessage());
        }
    }

    /**
     * A null value under the article's key on {@code news.articles}: the article no longer exists. No CloudEvents
     * headers: it carries no event data, only the key.
     */
    static Message<Object> tombstone(String articleId) {
        return Message.<Object>of(null).addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(articleId)
                .build());
    }

    /**
     * @param version the parser version of the record, part of its CloudEvents id: a page published again by the
     *                same parser (after a crash) repeats its ids, so consumers may drop it as a duplicate, while a
     *                re-parse by another version is a new event
     */
    private static <T> Message<T> message(T payload, String key, String version, String topic, String type,
            URI schema) {
        OutgoingKafkaRecordMetadata.OutgoingKafkaRecordMetadataBuilder<String> kafka = OutgoingKafkaRecordMetadata
                .<String>builder().withKey(key);
        if (topic != null) {
            kafka = kafka.withTopic(topic);
        }
        var ce = OutgoingCloudEventMetadata.builder()
                .withId(type + ":" + key + (version == null ? "" : ":" + version))
                .withType(type)
                .withSource(SOURCE)
                .withSubject(key)
                .withDataContentType("application/json");
        if (schema != null) {
            ce = ce.withDataSchema(schema);
        }
        return Message.of(payload).addMetadata(kafka.build()).addMetadata(ce.build());
    }
}
