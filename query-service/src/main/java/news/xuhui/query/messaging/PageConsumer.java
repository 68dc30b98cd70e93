package news.xuhui.query.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import news.xuhui.query.store.OutagePolicy;

/**
 * Stores each page record (teasers, the page's article ids), with the same guarantees as {@link ArticleConsumer}:
 * acknowledged after the commit, replays absorbed by the upsert, invalid records to {@code news.pages.dlq}.
 */
@ApplicationScoped
public class PageConsumer {

    private static final Logger LOG = Logger.getLogger(PageConsumer.class);

    @Inject
    EventWriter writer;

    @Inject
    OutagePolicy outages;

    @Inject
    MeterRegistry metrics;

    @Incoming("pages")
    @Blocking
    public void consume(PageEvent event) {
        if (event == null) {
            throw new InvalidPageEvent("record value is not a page event (see the deserialization-failure headers)");
        }
        if (event.pageId() == null || event.pageId().isBlank()) {
            throw new InvalidPageEvent("page event without pageId");
        }
        if (event.schemaVersion() != 1) {
            throw new InvalidPageEvent("unsupported schemaVersion " + event.schemaVersion());
        }
        // its own transaction per attempt; a database outage is waited out, as for articles
        boolean created = outages.untilDone("page " + event.pageId(), () -> writer.write(event));
        metrics.counter("query.pages.stored", "result", created ? "created" : "updated").increment();
        LOG.debugf("%s page %s", created ? "stored" : "updated", event.pageId());
    }

    /** A record that can never be stored: it goes to the dead-letter topic instead of being retried. */
    public static class InvalidPageEvent extends RuntimeException {
        public InvalidPageEvent(String message) {
            super(message);
        }
    }
}
