package news.xuhui.ingest.publish;

import java.net.URI;
import java.time.Duration;

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
import news.xuhui.ingest.watch.IngestError;

/**
 * Publishes a page's records in one Kafka transaction: its articles on {@code news.articles} and its page record on
 * {@code news.pages} become visible to read_committed consumers together, or not at all. Returns only after the
 * commit, so that the caller can move the file out of the inbox knowing nothing is lost.
 */
@ApplicationScoped
public class PagePublisher {

    private static final Logger LOG = Logger.getLogger(PagePublisher.class);

    static final URI SOURCE = URI.create("urn:news.xuhui:ingest-service");
    static final URI ARTICLE_SCHEMA = URI.create("urn:news.xuhui:schema:article-event:v1");
    static final URI PAGE_SCHEMA = URI.create("urn:news.xuhui:schema:page-event:v1");
    static final String PAGES_TOPIC = "news.pages";
    static final String ERROR_TYPE = "news.xuhui.ingest-error.v1";

    @Inject
    @Channel("events")
    KafkaTransactions<Object> events;

    @Inject
    @Channel("ingest-errors")
    MutinyEmitter<IngestError> errors;

    /**
     * Sends all records of the page in one transaction; throws if it is not committed within {@code timeout}.
     * One transaction at a time per producer, hence synchronized; parsing stays parallel.
     */
    public synchronized void publish(PageEvents page, Duration timeout) {
        events.withTransaction(tx -> {
            for (ArticleEvent article : page.articles()) {
                tx.send(message(article, article.articleId(), null, ArticleEvent.CLOUD_EVENT_TYPE, ARTICLE_SCHEMA));
            }
            tx.send(message(page.page(), page.page().pageId(), PAGES_TOPIC, PageEvent.CLOUD_EVENT_TYPE, PAGE_SCHEMA));
            return Uni.createFrom().voidItem();
        }).await().atMost(timeout);
    }

    /** Best effort: the error report in failed/ is the record of truth; the topic is for programs that watch. */
    public void reportError(IngestError error, Duration timeout) {
        try {
            errors.sendMessage(message(error, error.sha256() != null ? error.sha256() : error.file(), null, ERROR_TYPE,
                    null)).await().atMost(timeout);
        } catch (RuntimeException e) {
            LOG.warnf("could not publish the error record of %s: %s", error.file(), e.getMessage());
        }
    }

    private static <T> Message<T> message(T payload, String key, String topic, String type, URI schema) {
        OutgoingKafkaRecordMetadata.OutgoingKafkaRecordMetadataBuilder<String> kafka = OutgoingKafkaRecordMetadata
                .<String>builder().withKey(key);
        if (topic != null) {
            kafka = kafka.withTopic(topic);
        }
        var ce = OutgoingCloudEventMetadata.builder()
                .withId(type + ":" + key)
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
