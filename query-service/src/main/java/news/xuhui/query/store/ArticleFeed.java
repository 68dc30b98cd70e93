package news.xuhui.query.store;

import java.util.concurrent.Flow;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * The feed numbers of articles as their writes commit, from this instance or any other writing to the same database
 * ({@link FeedListener} hears PostgreSQL's notifications), for any number of listeners: the followers of the article
 * stream. Publishing never waits for a listener: a listener that is not ready keeps only the latest number it has not
 * taken yet, which is all a follower needs to know that there is something new to read from the store.
 */
@ApplicationScoped
public class ArticleFeed {

    /** The PostgreSQL notification channel; each committed article write sends its feed number on it. */
    public static final String CHANNEL = "xuhui_article_feed";

    /** Published when the number is unknown, e.g. notifications may have been missed: read whatever is new. */
    public static final long UNKNOWN = Long.MAX_VALUE;

    private final BroadcastProcessor<Long> processor = BroadcastProcessor.create();
    // serialized: the listener thread and tests may publish at once
    private final Flow.Subscriber<Long> publisher = processor.serialized();

    public void publish(long feedSeq) {
        publisher.onNext(feedSeq);
    }

    /** The numbers from now on; while the listener is busy, the newer ones replace those it has not taken. */
    public Multi<Long> commits() {
        return processor.onOverflow().dropPreviousItems();
    }
}
