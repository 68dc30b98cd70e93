package news.xuhui.query.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.subscription.BackPressureFailure;
import io.smallrye.mutiny.subscription.MultiSubscriber;

/** A subscriber that does not keep up never slows the publisher (the Kafka consumer) nor the other subscribers. */
class ArticleFeedTest {

    static ArticleStored stored(int i) {
        ArticleEntity a = new ArticleEntity();
        a.id = "a" + i;
        return new ArticleStored(a, true);
    }

    @Test
    void slowSubscriberIsCutOffWhileFastOnesGetEverything() {
        ArticleFeed feed = new ArticleFeed();
        List<String> fast = new ArrayList<>();
        feed.subscribe().subscribe().with(s -> fast.add(s.article().id));

        AtomicReference<Throwable> slowFailure = new AtomicReference<>();
        List<String> slow = new ArrayList<>();
        feed.subscribe().subscribe().withSubscriber(new MultiSubscriber<ArticleStored>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                s.request(1); // takes one item and then never asks again
            }

            @Override
            public void onItem(ArticleStored item) {
                slow.add(item.article().id);
            }

            @Override
            public void onFailure(Throwable failure) {
                slowFailure.set(failure);
            }

            @Override
            public void onCompletion() {
            }
        });

        int n = ArticleFeed.BUFFER * 4;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            feed.publish(stored(i));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(n, fast.size(), "the fast subscriber got every article");
        assertEquals("a0", fast.get(0));
        assertEquals(List.of("a0"), slow);
        assertInstanceOf(BackPressureFailure.class, slowFailure.get(), "the slow one was cut off");
        assertTrue(millis < 2_000, "publishing never waited: " + millis + " ms");
    }

    @Test
    void lateSubscriberStartsWithTheNextArticle() {
        ArticleFeed feed = new ArticleFeed();
        feed.publish(stored(1));
        List<String> got = new ArrayList<>();
        feed.subscribe().subscribe().with(s -> got.add(s.article().id));
        feed.publish(stored(2));
        assertEquals(List.of("a2"), got);
    }
}
