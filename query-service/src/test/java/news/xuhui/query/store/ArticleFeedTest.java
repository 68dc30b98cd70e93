package news.xuhui.query.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.subscription.MultiSubscriber;

/**
 * A listener that does not keep up never fails nor slows the publisher (the Kafka consumer) or the other listeners: it
 * is left with the latest commit, which is all a follower of the stream needs to go and read what is new.
 */
class ArticleFeedTest {

    static ArticleStored stored(int i) {
        ArticleEntity a = new ArticleEntity();
        a.id = "a" + i;
        return new ArticleStored(a, true);
    }

    @Test
    void aBusyListenerKeepsOnlyTheLatestCommitWhileOthersGetEveryOne() {
        ArticleFeed feed = new ArticleFeed();
        List<String> fast = new ArrayList<>();
        feed.commits().subscribe().with(s -> fast.add(s.article().id));

        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
        List<String> busy = new ArrayList<>();
        feed.commits().subscribe().withSubscriber(new MultiSubscriber<ArticleStored>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription.set(s);
                s.request(1);
            }

            @Override
            public void onItem(ArticleStored item) {
                busy.add(item.article().id);
            }

            @Override
            public void onFailure(Throwable f) {
                failure.set(f);
            }

            @Override
            public void onCompletion() {
            }
        });

        int n = 5_000;
        for (int i = 0; i < n; i++) {
            feed.publish(stored(i));
        }
        assertEquals(n, fast.size(), "the ready listener got every commit");
        assertEquals(List.of("a0"), busy, "the busy one took what it asked for");

        subscription.get().request(1);
        assertEquals(List.of("a0", "a" + (n - 1)), busy, "then the latest commit only");
        assertNull(failure.get(), "and it was never cut off");
    }

    @Test
    void aLateListenerStartsWithTheNextCommit() {
        ArticleFeed feed = new ArticleFeed();
        feed.publish(stored(1));
        List<String> got = new ArrayList<>();
        feed.commits().subscribe().with(s -> got.add(s.article().id));
        feed.publish(stored(2));
        assertEquals(List.of("a2"), got);
    }
}
