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
 * A listener that does not keep up never fails nor slows the publisher (the thread that hears the database's notifications) or the other listeners: it
 * is left with the latest commit, which is all a follower of the stream needs to go and read what is new.
 */
class ArticleFeedTest {

    @Test
    void aBusyListenerKeepsOnlyTheLatestCommitWhileOthersGetEveryOne() {
        ArticleFeed feed = new ArticleFeed();
        List<Long> fast = new ArrayList<>();
        feed.commits().subscribe().with(fast::add);

        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
        List<Long> busy = new ArrayList<>();
        feed.commits().subscribe().withSubscriber(new MultiSubscriber<Long>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription.set(s);
                s.request(1);
            }

            @Override
            public void onItem(Long item) {
                busy.add(item);
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
            feed.publish(i);
        }
        assertEquals(n, fast.size(), "the ready listener got every commit");
        assertEquals(List.of(0L), busy, "the busy one took what it asked for");

        subscription.get().request(1);
        assertEquals(List.of(0L, (long) n - 1), busy, "then the latest commit only");
        assertNull(failure.get(), "and it was never cut off");
    }

    @Test
    void aLateListenerStartsWithTheNextCommit() {
        ArticleFeed feed = new ArticleFeed();
        feed.publish(1);
        List<Long> got = new ArrayList<>();
        feed.commits().subscribe().with(got::add);
        feed.publish(2);
        assertEquals(List.of(2L), got);
    }
}
