package news.xuhui.ingest.watch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.ingest.config.IngestConfig;

/** With the done-file convention on, a page waits for its marker, however long it has been complete. */
@QuarkusTest
@TestProfile(DoneMarkerTest.WithDoneMarker.class)
@WithTestResource(InfraTestResource.class)
class DoneMarkerTest {

    public static class WithDoneMarker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ingest.done-marker", ".done", "ingest.inbox", "target/test-inbox-done",
                    "ingest.instance-id", "done-marker-test");
        }
    }

    @Inject
    IngestConfig config;

    private static byte[] page(String text) {
        return ("# 河道整治完成\n\n本报讯 " + text + " 区里的河道整治工程已经完工，两岸新种了树。\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void pageWaitsForItsMarkerAndTheMarkerIsRemoved() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        String waiting = "marked-" + run + ".txt";
        String control = "control-" + run + ".txt";
        InboxDrops.drop(config.inbox(), waiting, page("waiting " + run));
        // dropped together with its marker: once it is taken, the watcher has seen both files complete
        InboxDrops.drop(config.inbox(), control, page("control " + run));
        Files.writeString(config.inbox().resolve(control + ".done"), "");
        InboxDrops.awaitFileIn(config.processed(), control);

        // as long complete as the control and longer: without its marker it must stay where it is
        Awaitility.await(waiting + " stays in the inbox without its marker")
                .during(config.stableFor().multipliedBy(3))
                .atMost(config.stableFor().multipliedBy(3).plusSeconds(5))
                .until(() -> Files.exists(config.inbox().resolve(waiting)));

        Path marker = Files.writeString(config.inbox().resolve(waiting + ".done"), "");
        InboxDrops.awaitFileIn(config.processed(), waiting);
        Awaitility.await("marker removed with its file").atMost(Duration.ofSeconds(10))
                .until(() -> !Files.exists(marker));
        assertFalse(Files.exists(config.inbox().resolve(control + ".done")), "the control's marker too");
        assertNull(InboxDrops.find(config.processed(), waiting + ".done"), "the marker itself is not a page");
    }
}
