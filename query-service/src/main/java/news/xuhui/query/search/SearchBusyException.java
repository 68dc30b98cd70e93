package news.xuhui.query.search;

import java.time.Duration;

/** Every search slot stayed taken for as long as a search may wait for one: the service is overloaded. */
public class SearchBusyException extends RuntimeException {

    private final Duration waited;

    public SearchBusyException(Duration waited) {
        super("too many searches at once; none finished within " + waited.toMillis() + " ms, try again shortly");
        this.waited = waited;
    }

    public Duration waited() {
        return waited;
    }
}
