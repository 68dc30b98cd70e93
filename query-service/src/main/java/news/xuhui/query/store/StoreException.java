package news.xuhui.query.store;

/**
 * The store could not do what was asked: the database failed or is unreachable, or a stored value is unreadable.
 * The message says what was being done; the cause says why. The REST API turns it into a problem response that
 * names neither (see {@link TransientFailures} for 503 versus 500).
 */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
