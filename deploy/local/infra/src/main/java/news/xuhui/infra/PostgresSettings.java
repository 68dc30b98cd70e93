package news.xuhui.infra;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The server settings the local stack's PostgreSQL runs with, for everyone (run.sh, the benchmarks, the tests), sized
 * from this machine's memory. The embedded defaults (128 MB of shared buffers, 4 MB sorts, random reads priced as a
 * spinning disk, JIT on) are for a test database; an archive of a million articles needs its search table and
 * indexes in memory and plans that expect it there. deploy/k8s (the CloudNativePG cluster's parameters) and
 * deploy/compose (the postgres command line) carry the same settings for their memory.
 */
public final class PostgresSettings {

    static final long MB = 1024L * 1024;

    private PostgresSettings() {
    }

    /** The settings for a machine with {@code memory} bytes. */
    public static Map<String, String> forMemory(long memory) {
        long mb = Math.max(512, memory / MB);
        Map<String, String> s = new LinkedHashMap<>();
        // a quarter of the memory as PostgreSQL's own cache (at most 8 GB), the rest left to the OS page cache
        s.put("shared_buffers", clamp(mb / 4, 128, 8192) + "MB");
        s.put("effective_cache_size", clamp(mb * 3 / 4, 256, 65536) + "MB");
        // sorts and bitmaps of tens of thousands of candidates in memory: a lossy bitmap would re-test every row
        s.put("work_mem", clamp(mb / 512, 4, 64) + "MB");
        s.put("maintenance_work_mem", clamp(mb / 16, 64, 2048) + "MB");
        // the data is in memory or on SSD: random reads cost about what sequential ones do
        s.put("random_page_cost", "1.1");
        s.put("effective_io_concurrency", "200");
        // searches are short: compiling a plan to machine code costs more than it saves
        s.put("jit", "off");
        // a load does not checkpoint every few seconds
        s.put("max_wal_size", clamp(mb / 8, 1024, 8192) + "MB");
        s.put("checkpoint_timeout", "15min");
        return s;
    }

    /** The settings for this machine: its physical memory (a container's limit when it has one). */
    public static Map<String, String> forThisMachine() {
        return forMemory(memory());
    }

    static long memory() {
        long total = 0;
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            total = sun.getTotalMemorySize(); // the container's limit when there is one (JDK 14+)
        }
        if (total <= 0) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                    if (line.startsWith("MemTotal:")) {
                        total = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                    }
                }
            } catch (IOException | NumberFormatException e) {
                total = 2048 * MB;
            }
        }
        return total > 0 ? total : 2048 * MB;
    }

    private static long clamp(long v, long lo, long hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
