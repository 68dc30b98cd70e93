package news.xuhui.query.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

import news.xuhui.query.messaging.ArticleConsumer;

class TransientFailuresTest {

    private static RuntimeException wrapped(String sqlState) {
        return new PersistenceException("could not execute statement", new SQLException("boom", sqlState));
    }

    @Test
    void outagesAreWorthWaitingFor() {
        assertTrue(TransientFailures.isTransient(wrapped("08006")), "connection failure");
        assertTrue(TransientFailures.isTransient(wrapped("57P01")), "admin shutdown");
        assertTrue(TransientFailures.isTransient(wrapped("40001")), "serialization failure");
        assertTrue(TransientFailures.isTransient(wrapped("53300")), "too many connections");
        assertTrue(TransientFailures.isTransient(wrapped(null)), "no answer at all (pool timeout)");
    }

    @Test
    void dataTheDatabaseRefusesIsNot() {
        assertFalse(TransientFailures.isTransient(wrapped("22001")), "value too long");
        assertFalse(TransientFailures.isTransient(wrapped("23502")), "not-null violation");
        assertFalse(TransientFailures.isTransient(wrapped("42P01")), "undefined table: a bug, not an outage");
        assertFalse(TransientFailures.isTransient(new IllegalStateException("no SQL involved")));
        assertFalse(TransientFailures.isTransient(new ArticleConsumer.InvalidArticleEvent("bad")));
    }
}
