package news.xuhui.query.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class SearchSlotsTest {

    /** A search on its own thread that holds its slot until {@code release} opens. */
    private record Searcher(Thread thread, CompletableFuture<Void> gotSlot, CountDownLatch release) {

        static Searcher start(SearchSlots slots) {
            CompletableFuture<Void> got = new CompletableFuture<>();
            CountDownLatch release = new CountDownLatch(1);
            Thread t = new Thread(() -> {
                try (SearchSlots.Slot s = slots.take()) {
                    got.complete(null);
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    got.completeExceptionally(e);
                }
            });
            t.setDaemon(true);
            t.start();
            return new Searcher(t, got, release);
        }

        /** Parked in the slot queue (not merely not yet started). */
        void awaitWaiting() {
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !gotSlot.isDone()
                    && (thread.getState() == Thread.State.TIMED_WAITING || thread.getState() == Thread.State.WAITING));
        }

        void awaitSlot() {
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(gotSlot::isDone);
            assertFalse(gotSlot.isCompletedExceptionally(), "got a slot, was not refused");
        }
    }

    @Test
    void noLimitNeverWaits() {
        // a limit of any size would make one of these takes wait for the whole hour, and the timeout fail the test
        SearchSlots slots = new SearchSlots(0, Duration.ofHours(1));
        List<SearchSlots.Slot> held = new ArrayList<>();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int i = 0; i < 1000; i++) {
                held.add(slots.take()); // all held at once: none is given back before the next take
            }
        });
        held.forEach(SearchSlots.Slot::close);
    }

    @Test
    void refusedWhenEverySlotStaysTaken() {
        SearchSlots slots = new SearchSlots(2, Duration.ofMillis(50));
        SearchSlots.Slot a = slots.take();
        SearchSlots.Slot b = slots.take();
        SearchBusyException e = assertThrows(SearchBusyException.class, slots::take);
        assertTrue(e.getMessage().contains("50 ms"), e.getMessage());
        a.close();
        slots.take().close(); // the slot given back is free again
        b.close();
    }

    @Test
    void aWaitingSearchGetsTheSlotWhenItIsReleased() {
        SearchSlots slots = new SearchSlots(1, Duration.ofHours(1));
        SearchSlots.Slot held = slots.take();
        Searcher waiter = Searcher.start(slots);
        waiter.awaitWaiting();
        assertFalse(waiter.gotSlot().isDone(), "waits while the only slot is held");
        held.close();
        waiter.awaitSlot();
        waiter.release().countDown();
    }

    @Test
    void waitingSearchesAreServedFirstComeFirstServed() throws InterruptedException {
        SearchSlots slots = new SearchSlots(1, Duration.ofHours(1));
        SearchSlots.Slot held = slots.take();
        Searcher first = Searcher.start(slots);
        first.awaitWaiting();
        Searcher second = Searcher.start(slots);
        second.awaitWaiting();

        held.close();
        first.awaitSlot();
        // the second cannot have it while the first holds the only slot
        assertFalse(second.gotSlot().isDone(), "the later search is still waiting");
        first.release().countDown();
        second.awaitSlot();
        second.release().countDown();
        first.thread().join(TimeUnit.SECONDS.toMillis(10));
        second.thread().join(TimeUnit.SECONDS.toMillis(10));
    }

    @Test
    void aNegativeLimitIsAConfigurationError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SearchSlots(-1, Duration.ofSeconds(1)));
        assertTrue(e.getMessage().contains("xuhui.search.max-concurrent"));
    }
}
