package news.xuhui.query.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.sql.SQLException;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

import news.xuhui.query.store.StoreException;

class ProblemMappersTest {

    private static final UriInfo URI = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(),
            new Class<?>[] { UriInfo.class }, (proxy, method, args) -> {
                if (method.getName().equals("getPath")) {
                    return "/api/editions";
                }
                throw new UnsupportedOperationException(method.getName());
            });

    private static Problem body(Response r) {
        assertEquals(Problem.MEDIA_TYPE, r.getMediaType().toString());
        return (Problem) r.getEntity();
    }

    @Test
    void anUnreachableDatabaseIsA503WithRetryAfter() {
        Response r = new ProblemMappers().store(
                new StoreException("cannot list editions", new SQLException("Connection refused", "08001")), URI);
        assertEquals(503, r.getStatus());
        assertEquals(Integer.toString(ProblemMappers.STORE_RETRY_AFTER_SECONDS), r.getHeaderString("Retry-After"));
        Problem p = body(r);
        assertEquals("urn:news.xuhui:problem:store-unavailable", p.type());
        assertEquals("/api/editions", p.instance());
        assertFalse(p.detail().contains("Connection refused"), "the database's own message stays in the log");
    }

    @Test
    void anyOtherDatabaseFailureIsA500ThatNamesNoInternals() {
        Response r = new ProblemMappers().store(new StoreException("cannot list editions",
                new SQLException("ERROR: syntax error at or near \"by\"", "42601")), URI);
        assertEquals(500, r.getStatus());
        assertNull(r.getHeaderString("Retry-After"));
        Problem p = body(r);
        assertEquals("urn:news.xuhui:problem:store-error", p.type());
        assertTrue(p.detail().matches(".*error [0-9a-f-]{36}$"), "quotes the error id of the log entry: " + p.detail());
        for (String internal : new String[] { "syntax", "SQL", "Exception", "editions", "news.xuhui" }) {
            assertFalse(p.detail().contains(internal), internal + " leaked into: " + p.detail());
        }
    }
}
