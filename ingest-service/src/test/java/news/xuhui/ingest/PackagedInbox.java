package news.xuhui.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An inbox of its own for the packaged service under test: it runs with the production profile, whose default inbox
 * is {@code ./inbox}, and the test must know where to drop files.
 */
public class PackagedInbox implements QuarkusTestResourceLifecycleManager {

    private static Path inbox;

    static synchronized Path inbox() {
        if (inbox == null) {
            try {
                inbox = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "it-inbox-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return inbox;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("ingest.inbox", inbox().toString());
    }

    @Override
    public void stop() {
        // left under target/ for a look after a failure
    }
}
