package news.xuhui.ingest.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileReadinessTest {

    private static final long MS = 1_000_000L;

    @TempDir
    Path dir;

    @Test
    void fileIsReadyOnlyAfterStayingUnchangedForTheWindow() throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), "abc");
        FileReadiness r = new FileReadiness(Duration.ofMillis(300));
        assertEquals(List.of(), r.observe(List.of(f), Set.of(), 0));
        assertEquals(List.of(), r.observe(List.of(f), Set.of(), 299 * MS));
        assertEquals(List.of(f), r.observe(List.of(f), Set.of(), 300 * MS));
    }

    @Test
    void growingFileRestartsTheWindowEvenWithAnOldModificationTime() throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), "abc");
        f.toFile().setLastModified(1_000_000L); // copies keep the original's mtime
        FileReadiness r = new FileReadiness(Duration.ofMillis(300));
        r.observe(List.of(f), Set.of(), 0);
        Files.writeString(f, "abcdef");
        f.toFile().setLastModified(1_000_000L);
        assertEquals(List.of(), r.observe(List.of(f), Set.of(), 400 * MS), "size changed: not ready");
        assertEquals(List.of(), r.observe(List.of(f), Set.of(), 600 * MS));
        assertEquals(List.of(f), r.observe(List.of(f), Set.of(), 700 * MS));
    }

    @Test
    void busyAndPostponedFilesAreNotOffered() throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), "abc");
        FileReadiness r = new FileReadiness(Duration.ZERO);
        r.observe(List.of(f), Set.of(), 0);
        assertEquals(List.of(), r.observe(List.of(f), Set.of(f), 1 * MS), "busy");
        r.postpone(f, Duration.ofSeconds(1), 2 * MS);
        r.observe(List.of(f), Set.of(), 3 * MS);
        assertEquals(List.of(), r.observe(List.of(f), Set.of(), 500 * MS), "postponed");
        assertEquals(List.of(f), r.observe(List.of(f), Set.of(), 1003 * MS));
    }

    @Test
    void unsettledUntilTheFileIsOfferedAsReady() throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), "abc");
        FileReadiness r = new FileReadiness(Duration.ofMillis(100));
        assertFalse(r.anyUnsettled(0), "nothing seen yet");
        r.observe(List.of(f), Set.of(), 0);
        assertTrue(r.anyUnsettled(50 * MS), "inside its window");
        assertTrue(r.anyUnsettled(150 * MS), "window over, but not offered yet: look again now, not at the next rescan");
        assertEquals(List.of(f), r.observe(List.of(f), Set.of(), 150 * MS));
        r.observe(List.of(f), Set.of(f), 160 * MS);
        assertFalse(r.anyUnsettled(170 * MS), "queued or in flight: nothing to watch");
    }

    @Test
    void postponedFilesDoNotKeepTheWatcherPolling() throws IOException {
        Path f = Files.writeString(dir.resolve("a.txt"), "abc");
        FileReadiness r = new FileReadiness(Duration.ZERO);
        r.postpone(f, Duration.ofSeconds(10), 0);
        r.observe(List.of(f), Set.of(), 1 * MS);
        assertFalse(r.anyUnsettled(2 * MS));
        assertTrue(r.anyUnsettled(10_001 * MS), "its retry is due");
        r.observe(List.of(), Set.of(), 10_002 * MS);
        assertFalse(r.anyUnsettled(10_003 * MS), "vanished files are forgotten");
    }

    @Test
    void nextRetryIsTheEarliestPostponement() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "a");
        Path b = Files.writeString(dir.resolve("b.txt"), "b");
        FileReadiness r = new FileReadiness(Duration.ZERO);
        assertEquals(Long.MAX_VALUE, r.nextRetryNanos());
        r.postpone(a, Duration.ofSeconds(5), 0);
        r.postpone(b, Duration.ofSeconds(2), 0);
        assertEquals(2000 * MS, r.nextRetryNanos());
    }
}
