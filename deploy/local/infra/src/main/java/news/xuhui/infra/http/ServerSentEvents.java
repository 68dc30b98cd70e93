package news.xuhui.infra.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A reader of a {@code text/event-stream} body for the tests that follow the article stream. */
public final class ServerSentEvents {

    /**
     * One event as received: its id (null when it has none), name (null: an unnamed event), data (null when it has
     * none; lines joined with a newline) and the comment lines before it (heartbeats, the opening remark).
     */
    public record Event(String id, String name, String data, List<String> comments) {
    }

    private ServerSentEvents() {
    }

    /**
     * Hands each event of {@code in} to {@code done} until it answers true; returns false when the stream ended
     * first. Throws when {@code deadlineNanos} ({@link System#nanoTime()}) passes: a stream never ends by itself, but
     * an idle one sends heartbeats, so the deadline is seen.
     */
    public static boolean read(BufferedReader in, long deadlineNanos, Predicate<Event> done) throws IOException {
        String id = null;
        String name = null;
        StringBuilder data = null;
        List<String> comments = new ArrayList<>();
        for (String line; (line = in.readLine()) != null;) {
            if (System.nanoTime() > deadlineNanos) {
                throw new IllegalStateException("the event stream was not read to the end wanted in time");
            }
            if (line.isEmpty()) {
                Event e = new Event(id, name, data == null ? null : data.toString(), List.copyOf(comments));
                if (done.test(e)) {
                    return true;
                }
                id = null;
                name = null;
                data = null;
                comments.clear();
            } else if (line.startsWith(":")) {
                comments.add(line.substring(1).strip());
            } else if (line.startsWith("id:")) {
                id = line.substring(3).strip();
            } else if (line.startsWith("event:")) {
                name = line.substring(6).strip();
            } else if (line.startsWith("data:")) {
                data = (data == null ? new StringBuilder() : data.append('\n')).append(line.substring(5));
            }
        }
        return false;
    }
}
