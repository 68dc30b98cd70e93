package news.xuhui.query.store;

import java.util.concurrent.Flow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Articles as they are committed, for any number of live subscribers. Publishing never waits for a subscriber: each
 * one gets its own bounded buffer, and a subscriber that falls {@link #BUFFER} articles behind is cut off with a
 * failure (an SSE client then reconnects) instead of slowing the Kafka consumer that publishes.
 */
@ApplicationScoped
public class ArticleFeed {

    /** How far a subscriber may fall behind before it is dropped. */
    public static final int BUFFER = 512;

    private final BroadcastProcessor<ArticleStored> processor = BroadcastProcessor.create();
    // serialized: several consumer threads may publish at once
    private final Flow.Subscriber<ArticleStored> publisher = processor.serialized();

    /** Called by CDI once the storing transaction has committed; rolled-back writes are never announced. */
    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleStored event) {
        publish(event);
    }

    public void publish(ArticleStored event) {
        publisher.onNext(event);
    }

    /** A new subscription, starting with the next article committed. */
    public Multi<ArticleStored> subscribe() {
        return processor.onOverflow().buffer(BUFFER);
    }
}
