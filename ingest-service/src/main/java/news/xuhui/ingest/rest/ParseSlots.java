package news.xuhui.ingest.rest;

import java.util.concurrent.Semaphore;

import jakarta.enterprise.context.ApplicationScoped;

import news.xuhui.ingest.security.SecurityConfig;

/** The parses {@code POST /api/parse} may run at once: anyone may try the parser, nobody may take all the CPU. */
@ApplicationScoped
public class ParseSlots {

    private final Semaphore slots;

    ParseSlots(SecurityConfig config) {
        this.slots = new Semaphore(Math.max(0, config.maxConcurrentParses()));
    }

    /** @return false when every slot is taken; the caller then answers 429 */
    public boolean tryAcquire() {
        return slots.tryAcquire();
    }

    public void release() {
        slots.release();
    }
}
