package news.xuhui.query.store;

import java.sql.SQLException;

/**
 * Tells an outage (worth waiting for) from a failure waiting will not cure (a record the database will never accept:
 * dead-lettered; a bug: logged), by the SQLSTATE class of the underlying SQLException. The consumer waits out the
 * first kind; the REST API answers it with 503 and Retry-After.
 */
public final class TransientFailures {

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable e) {
        SQLException sql = sqlException(e);
        if (sql == null) {
            return false;
        }
        String state = sql.getSQLState();
        if (state == null || state.length() < 2) {
            return true; // e.g. the pool's acquisition timeout: no server answered at all
        }
        return switch (state.substring(0, 2)) {
            // connection exception, transaction rollback (serialization, deadlock), insufficient resources,
            // operator intervention (shutdown, crash), system error
            case "08", "40", "53", "57", "58" -> true;
            default -> false;
        };
    }

    public static String describe(Throwable e) {
        SQLException sql = sqlException(e);
        return sql == null ? e.toString() : "SQLSTATE " + sql.getSQLState() + ": " + sql.getMessage();
    }

    private static SQLException sqlException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
