package news.xuhui.ingest.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.awaitility.Awaitility;

/** Test helpers: drop files the way careful producers do, and find where they ended. */
public final class InboxDrops {

    private InboxDrops() {
    }

    /** Writes under a hidden name, then renames: the watcher never sees a half-written file. */
    public static void drop(Path inbox, String name, byte[] bytes) throws IOException {
        Files.createDirectories(inbox);
        Path tmp = inbox.resolve("." + name + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, inbox.resolve(name));
    }

    /** The file named {@code name} somewhere under {@code root}, waiting up to a minute for it to arrive. */
    public static Path awaitFileIn(Path root, String name) {
        Path[] found = new Path[1];
        Awaitility.await(name + " in " + root).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    found[0] = find(root, name);
                    return found[0] != null;
                });
        return found[0];
    }

    static Path find(Path root, String name) throws IOException {
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElse(null);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof NoSuchFileException) {
                return null; // a file (a report's .tmp) vanished while the walk passed: look again at the next poll
            }
            throw e;
        }
    }
}
