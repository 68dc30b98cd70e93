package news.xuhui.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class SearchSlotsTest {

    @Test
    void noLimitNeverWaits() {
        SearchSlots slots = new SearchSlots(0, Duration.ofMillis(1));
        List<SearchSlots.Slot> held = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            held.add(slots.take());
        }
        held.forEach(SearchSlots.Slot::close);
        assertEquals(100, held.size());
    }

    @Test
    void refusedWhenEverySlotStaysTaken() {
        SearchSlots slots = new SearchSlots(2, Duration.ofMillis(50));
        SearchSlots.Slot a = slots.take();
        SearchSlots.Slot b = slots.take();
        SearchBusyException e = assertThrows(SearchBusyException.class, slots::take);
        assertTrue(e.getMessage().contains("50 ms"), e.getMessage());
        a.close();
        slots.take().close();
        b.close();
    }

    @Test
    void aWaitingSearchGetsTheSlotWhenItIsReleased() throws Exception {
        SearchSlots slots = new SearchSlots(1, Duration.ofSeconds(30));
        SearchSlots.Slot held = slots.take();
        CompletableFuture<Boolean> waiter = CompletableFuture.supplyAsync(() -> {
            try (SearchSlots.Slot s = slots.take()) {
                return true;
            }
        });
        Thread.sleep(100);
        assertTrue(!waiter.isDone(), "waits while the only slot is held");
        held.close();
        assertTrue(waiter.get(10, TimeUnit.SECONDS));
    }

    @Test
    void aNegativeLimitIsAConfigurationError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SearchSlots(-1, Duration.ofSeconds(1)));
        assertTrue(e.getMessage().contains("xuhui.search.max-concurrent"));
    }
}
