package news.xuhui.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.xuhui.infra.http.ServerSentEvents;
import news.xuhui.infra.http.ServerSentEvents.Event;

/**
 * The query-service's article stream ({@code GET /api/articles/stream}) replayed from its start ({@code Last-Event-ID:
 * 0}) up to the store's latest write as of the call: what a follower that starts now is sent for the archive, every
 * stored article with its feed number, in feed order.
 */
final class ArticleReplay {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PATH = "/api/articles/stream";

    /** An article event: its feed number (the event id), the article id and the page file it came from. */
    record Entry(long feedSeq, String id, String sourceFileName) {
    }

    private ArticleReplay() {
    }

    /** Reads the stream from the start until it passes the store's latest feed number as of now. */
    static List<Entry> read(ServiceProcess query, Duration timeout) {
        long end = storeEnd(query, timeout);
        List<Entry> entries = new ArrayList<>();
        if (end == 0) {
            return entries;
        }
        // the write numbered `end` is sent, or a later one if that article was written again meanwhile
        events(query, "0", timeout, e -> {
            if (e.data() != null && e.name() == null) {
                entries.add(entry(e));
            }
            return e.id() != null && Long.parseLong(e.id()) >= end;
        });
        return entries;
    }

    /** The store's latest feed number: the id of the opening event of a stream that starts from now. */
    private static long storeEnd(ServiceProcess query, Duration timeout) {
        long[] end = { -1 };
        events(query, null, timeout, e -> {
            end[0] = Long.parseLong(e.id());
            return true;
        });
        return end[0];
    }

    private static Entry entry(Event e) {
        try {
            JsonNode summary = JSON.readTree(e.data());
            return new Entry(Long.parseLong(e.id()), summary.path("id").asText(null),
                    summary.path("sourceFileName").asText(null));
        } catch (IOException ex) {
            throw new UncheckedIOException("article event " + e.id() + " is not JSON: " + e.data(), ex);
        }
    }

    /** Reads events until {@code done} says so; fails when the stream ends or {@code timeout} passes first. */
    private static void events(ServiceProcess query, String lastEventId, Duration timeout, Predicate<Event> done) {
        var request = Http.request(query, PATH).header("Accept", "text/event-stream").timeout(timeout);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response;
        try {
            response = Http.client().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(PATH + " answered " + response.statusCode());
        }
        // the stream never ends by itself; an idle one still sends a heartbeat now and then, so the deadline is seen
        try (InputStream body = response.body();
                BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            // events with neither id nor data are comments only (heartbeats)
            if (!ServerSentEvents.read(in, System.nanoTime() + timeout.toNanos(),
                    e -> (e.id() != null || e.data() != null) && done.test(e))) {
                throw new IllegalStateException(PATH + " ended before its replay did");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
