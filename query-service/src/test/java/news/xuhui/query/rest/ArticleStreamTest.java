package news.xuhui.query.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Server-sent events: several clients at once each see the articles stored after they connected. */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class ArticleStreamTest {

    @TestHTTPResource("/api/articles/stream")
    URI stream;

    /** Reads "data:" lines of one SSE connection in the background. */
    static final class Client {
        final List<String> data = new CopyOnWriteArrayList<>();
        volatile String contentType;
        final CompletableFuture<HttpResponse<InputStream>> response;

        Client(HttpClient http, URI uri) {
            response = http.sendAsync(HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            response.thenAcceptAsync(r -> {
                contentType = r.headers().firstValue("content-type").orElse("");
                try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null;) {
                        if (line.startsWith("data:")) {
                            data.add(line.substring(5));
                        }
                    }
                } catch (Exception e) {
                    // connection closed at the end of the test
                }
            });
        }

        boolean saw(String id) {
            return data.stream().anyMatch(d -> d.contains("\"id\":\"" + id + "\""));
        }
    }

    @Test
    void everyConnectedClientReceivesNewArticlesAsJson() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Client one = new Client(http, stream);
        Client two = new Client(http, stream);
        String bootstrap = InfraTestResource.infra().kafka().bootstrapServers();
        Set<String> sent = ConcurrentHashMap.newKeySet();
        // the subscriptions start asynchronously: keep publishing fresh articles until both clients have one
        Awaitility.await("both clients see an article").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    String id = "s" + UUID.randomUUID().toString().substring(0, 8) + "-00";
                    TopicWriter.send(bootstrap, "news.articles", id,
                            ArticleResourceTest.event(id, "直播标题", "2024-02-02", "流式段落。"));
                    sent.add(id);
                    return sent.stream().anyMatch(s -> one.saw(s) && two.saw(s));
                });
        String both = sent.stream().filter(s -> one.saw(s) && two.saw(s)).findFirst().orElseThrow();
        String line = one.data.stream().filter(d -> d.contains(both)).findFirst().orElseThrow();
        assertTrue(line.contains("\"title\":\"直播标题\""), line);
        assertTrue(line.contains("\"excerpt\":\"流式段落。\""), line);
        assertTrue(one.contentType.startsWith("text/event-stream"), one.contentType);
        one.response.get(5, TimeUnit.SECONDS).body().close();
        two.response.get(5, TimeUnit.SECONDS).body().close();
        assertEquals(0, one.data.stream().filter(d -> !d.startsWith("{")).count(), "every event is a JSON object");
    }
}
