package news.xuhui.ingest.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides when a file in the inbox is complete: its size and modification time have stayed the same for the
 * configured window, counted from when this service saw them (a copy keeps the original's mtime, so the mtime alone
 * says nothing). Also remembers files that must wait before another attempt. Thread-safe: the watcher observes, the
 * workers postpone.
 */
final class FileReadiness {

    private record Seen(long size, long modified, long stableSinceNanos) {
    }

    private final Duration stableFor;
    private final Map<Path, Seen> seen = new HashMap<>();
    private final Map<Path, Long> notBeforeNanos = new HashMap<>();

    FileReadiness(Duration stableFor) {
        this.stableFor = stableFor;
    }

    /**
     * Records what the files look like now and returns those that are ready, leaving out the {@code busy} ones
     * (being processed). Files no longer present are forgotten.
     */
    synchronized List<Path> observe(List<Path> present, Set<Path> busy, long nowNanos) {
        // a set: retainAll asks it once per remembered file, and a list made that quadratic in a big drop
        Set<Path> presentSet = new HashSet<>(present);
        seen.keySet().retainAll(presentSet);
        notBeforeNanos.keySet().retainAll(presentSet);
        List<Path> ready = new ArrayList<>();
        for (Path file : present) {
            if (busy.contains(file)) {
                seen.remove(file);
                continue;
            }
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException gone) {
                seen.remove(file);
                continue;
            }
            long size = attrs.size();
            long modified = attrs.lastModifiedTime().toMillis();
            Seen before = seen.get(file);
            if (before == null || before.size() != size || before.modified() != modified) {
                seen.put(file, new Seen(size, modified, nowNanos));
                continue;
            }
            Long notBefore = notBeforeNanos.get(file);
            if (nowNanos - before.stableSinceNanos() >= stableFor.toNanos()
                    && (notBefore == null || nowNanos >= notBefore)) {
                ready.add(file);
            }
        }
        return ready;
    }

    /**
     * True while some file has been seen but not yet offered as ready (and is not postponed): the watcher then looks
     * again soon, both to follow a file still being written and to offer it as soon as its window has passed.
     */
    synchronized boolean anyUnsettled(long nowNanos) {
        for (Path file : seen.keySet()) {
            Long notBefore = notBeforeNanos.get(file);
            if (notBefore == null || nowNanos >= notBefore) {
                return true;
            }
        }
        return false;
    }

    /** When the earliest postponed file may be taken again, or {@link Long#MAX_VALUE}. */
    synchronized long nextRetryNanos() {
        return notBeforeNanos.values().stream().mapToLong(Long::longValue).min().orElse(Long.MAX_VALUE);
    }

    /** The file must not be taken again before {@code delay} has passed. */
    synchronized void postpone(Path file, Duration delay, long nowNanos) {
        notBeforeNanos.put(file, nowNanos + delay.toNanos());
    }

    synchronized void forget(Path file) {
        seen.remove(file);
        notBeforeNanos.remove(file);
    }
}
