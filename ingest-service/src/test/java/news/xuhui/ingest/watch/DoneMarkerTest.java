package news.xuhui.ingest.watch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.inject.Inject;

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

    @Test
    void pageWaitsForItsMarkerAndTheMarkerIsRemoved() throws Exception {
        String name = "marked-" + System.nanoTime() + ".txt";
        InboxDrops.drop(config.inbox(), name, "# 河道整治完成\n\n本报讯 区里的河道整治工程已经完工，两岸新种了树。\n"
                .getBytes(StandardCharsets.UTF_8));
        Thread.sleep(config.stableFor().toMillis() * 5);
        assertTrue(Files.exists(config.inbox().resolve(name)), "no marker yet: still waiting");

        Path marker = Files.writeString(config.inbox().resolve(name + ".done"), "");
        InboxDrops.awaitFileIn(config.processed(), name);
        assertFalse(Files.exists(marker), "marker removed with its file");
        assertTrue(InboxDrops.find(config.processed(), name + ".done") == null, "the marker itself is not a page");
    }
}
