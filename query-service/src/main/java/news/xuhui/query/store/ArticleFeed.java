package news.xuhui.query.store;

import java.util.concurrent.Flow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Articles as they are committed, for any number of listeners (the followers of the article stream). Publishing never
 * waits for a listener: a listener that is not ready keeps only the latest commit it has not taken yet, which is all a
 * follower needs to know that there is something new to read from the store.
 */
@ApplicationScoped
public class ArticleFeed {

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

    /** The commits from now on; while the listener is busy, the newer ones replace those it has not taken. */
    public Multi<ArticleStored> commits() {
        return processor.onOverflow().dropPreviousItems();
    }
}
