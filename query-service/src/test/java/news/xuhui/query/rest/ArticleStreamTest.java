package news.xuhui.query.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.infra.TopicWriter;
import news.xuhui.infra.http.ServerSentEvents;
import news.xuhui.infra.http.ServerSentEvents.Event;

/**
 * Server-sent events: several clients at once each see the articles stored after they connected; a client that comes
 * back with Last-Event-ID gets what it missed; an idle stream sends heartbeats (every second in the test profile).
 */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class ArticleStreamTest {

    @TestHTTPResource("/api/articles/stream")
    URI stream;

    /** Reads the events of one SSE connection in the background. */
    static final class Client {
        final List<Event> events = new CopyOnWriteArrayList<>();
        volatile String contentType;
        final CompletableFuture<HttpResponse<InputStream>> response;

        Client(HttpClient http, URI uri, String lastEventId) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            response = http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.thenAcceptAsync(r -> {
                contentType = r.headers().firstValue("content-type").orElse("");
                try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                    ServerSentEvents.read(in, Long.MAX_VALUE, e -> !events.add(e)); // to the end
                } catch (Exception e) {
                    // connection closed at the end of the test
                }
            });
        }

        /** The article events: unnamed ones with data. */
        List<Event> articles() {
            return events.stream().filter(e -> e.name() == null && e.data() != null && !e.data().isBlank()).toList();
        }

        /** The removal event of an article, or null. */
        Event removal(String id) {
            return events.stream().filter(e -> "removed".equals(e.name()) && e.data() != null
                    && e.data().contains("\"id\":\"" + id + "\"")).findFirst().orElse(null);
        }

        Event article(String id) {
            return articles().stream().filter(e -> e.data().contains("\"id\":\"" + id + "\"")).findFirst()
                    .orElse(null);
        }

        void close() throws Exception {
            response.get(5, TimeUnit.SECONDS).body().close();
        }
    }

    static String bootstrap() {
        return InfraTestResource.infra().kafka().bootstrapServers();
    }

    static String newId() {
        return "s" + UUID.randomUUID().toString().substring(0, 8) + "-00";
    }

    static void publish(String id, String title) {
        TopicWriter.send(bootstrap(), "news.articles", id,
                ArticleResourceTest.event(id, title, "2024-02-02", "流式段落。"));
    }

    /** Publishes fresh articles until every client has one; returns its id. */
    static String untilAllSeeOne(Client... clients) {
        Set<String> sent = ConcurrentHashMap.newKeySet();
        // the subscriptions start asynchronously: keep publishing until the clients have one
        Awaitility.await("the clients see an article").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    String id = newId();
                    publish(id, "直播标题");
                    sent.add(id);
                    return sent.stream().anyMatch(s -> List.of(clients).stream().allMatch(c -> c.article(s) != null));
                });
        return sent.stream().filter(s -> List.of(clients).stream().allMatch(c -> c.article(s) != null)).findFirst()
                .orElseThrow();
    }

    @Test
    void everyConnectedClientReceivesNewArticlesAsJsonEachWithItsId() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Client one = new Client(http, stream, null);
        Client two = new Client(http, stream, null);
        String both = untilAllSeeOne(one, two);
        Event event = one.article(both);
        assertTrue(event.data().contains("\"title\":\"直播标题\""), event.data());
        assertTrue(event.data().contains("\"excerpt\":\"流式段落。\""), event.data());
        assertTrue(one.contentType.startsWith("text/event-stream"), one.contentType);
        assertEquals(event.id(), two.article(both).id(), "one id per article write, the same for every client");
        one.close();
        two.close();
        for (Event e : one.articles()) {
            assertTrue(e.data().startsWith("{"), "every article event is a JSON object: " + e.data());
            assertTrue(e.id() != null && e.id().matches("\\d+"), "and has a numeric id: " + e.id());
        }
        Event opening = one.events.get(0);
        assertTrue(opening.id() != null && opening.id().matches("\\d+") && opening.data() == null,
                "the stream opens with its starting point: " + opening);
    }

    @Test
    void aClientThatComesBackWithLastEventIdGetsWhatItMissedInOrder() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Client first = new Client(http, stream, null);
        String seen = untilAllSeeOne(first);
        String lastEventId = first.article(seen).id();
        first.close();

        // two articles stored while the client is away
        String missed1 = newId();
        String missed2 = newId();
        publish(missed1, "错过一");
        publish(missed2, "错过二");
        for (String id : List.of(missed1, missed2)) {
            Awaitility.await("stored " + id).atMost(Duration.ofSeconds(30))
                    .until(() -> given().get("/api/articles/" + id).statusCode() == 200);
        }

        Client back = new Client(http, stream, lastEventId);
        Awaitility.await("the missed articles arrive").atMost(Duration.ofSeconds(30))
                .until(() -> back.article(missed1) != null && back.article(missed2) != null);
        List<Event> articles = back.articles();
        assertEquals(lastEventId, back.events.get(0).id(), "the stream resumes where the client left off");
        assertTrue(articles.indexOf(back.article(missed1)) < articles.indexOf(back.article(missed2)),
                "in the order they were stored");
        assertTrue(Long.parseLong(back.article(missed1).id()) > Long.parseLong(lastEventId));
        assertFalse(articles.stream().anyMatch(e -> e.data().contains("\"id\":\"" + seen + "\"")),
                "nothing it had already seen");
        back.close();
    }

    @Test
    void anIdleStreamSendsHeartbeats() throws Exception {
        Client idle = new Client(HttpClient.newHttpClient(), stream, null);
        Awaitility.await("two heartbeats").atMost(Duration.ofSeconds(20))
                .until(() -> idle.events.stream().filter(e -> e.comments().contains("heartbeat")).count() >= 2);
        Event beat = idle.events.stream().filter(e -> e.comments().contains("heartbeat")).findFirst().orElseThrow();
        // no data line: an EventSource dispatches no message for it, and no id: it moves no Last-Event-ID
        assertTrue(beat.data() == null && beat.id() == null, "a heartbeat is a comment only: " + beat);
        idle.close();
    }

    @Test
    void aLastEventIdThatIsNoEventIdIsRejected() {
        for (String bad : List.of("abc", "-1", "1.5", "99999999999999999999")) {
            given().header("Last-Event-ID", bad).accept("text/event-stream").get("/api/articles/stream").then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("parameter", equalTo("Last-Event-ID"))
                    .body("detail", containsString("Last-Event-ID"));
        }
    }

    @Test
    void aDeletedArticleIsARemovedEventInTheSameSequenceAlsoForAResumingClient() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Client live = new Client(http, stream, null);
        String id = untilAllSeeOne(live);
        String writtenAt = live.article(id).id();

        TopicWriter.send(bootstrap(), "news.articles", id, null); // the tombstone a re-parse publishes
        Awaitility.await("removed event").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> live.removal(id) != null);
        Event removed = live.removal(id);
        assertTrue(Long.parseLong(removed.id()) > Long.parseLong(writtenAt), "numbered after the article's write");
        assertEquals("{\"id\":\"" + id + "\"}", removed.data());
        assertTrue(live.articles().stream().noneMatch(e -> removed.id().equals(e.id())), "not mistaken for an article");

        // a follower that saw the write and came back later is told of the removal too
        Client resuming = new Client(http, stream, writtenAt);
        Awaitility.await("removed event replayed").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> resuming.removal(id) != null);
        assertEquals(removed.id(), resuming.removal(id).id());
        live.close();
        resuming.close();
    }
}
