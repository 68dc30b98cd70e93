package news.xuhui.query.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import news.xuhui.query.store.ArticleStore;

/**
 * Stores each article event. The method returns only after the transaction committed, and only then is the record
 * acknowledged and its offset committed: a crash in between replays the record, which the upsert absorbs. A record
 * that is not a valid article goes to {@code news.articles.dlq} with the reason, and the consumer carries on.
 */
@ApplicationScoped
public class ArticleConsumer {

    private static final Logger LOG = Logger.getLogger(ArticleConsumer.class);

    @Inject
    ArticleStore store;

    @Inject
    MeterRegistry metrics;

    @Incoming("articles")
    @Blocking
    @Transactional
    public void consume(ArticleEvent event) {
        if (event == null) {
            throw new InvalidArticleEvent("record value is not an article event (see the deserialization-failure headers)");
        }
        if (event.articleId() == null || event.articleId().isBlank() || event.pageId() == null) {
            throw new InvalidArticleEvent("article event without articleId or pageId");
        }
        if (event.schemaVersion() != 1) {
            throw new InvalidArticleEvent("unsupported schemaVersion " + event.schemaVersion());
        }
        boolean created = store.upsert(event);
        metrics.counter("query.articles.stored", "result", created ? "created" : "updated").increment();
        LOG.debugf("%s article %s", created ? "stored" : "updated", event.articleId());
    }

    /** A record that can never be stored: it goes to the dead-letter topic instead of being retried. */
    public static class InvalidArticleEvent extends RuntimeException {
        public InvalidArticleEvent(String message) {
            super(message);
        }
    }
}
