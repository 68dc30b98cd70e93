package news.xuhui.e2e.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * CPU time used by each kind of process on the machine (from {@code /proc/<pid>/stat}): PostgreSQL's processes, each
 * service's JVMs, the Kafka broker, this benchmark, the rest. Tells where an article's cost goes when the cores are
 * the limit. Processes that ended between two snapshots are not counted.
 */
final class ProcessCpu {

    /** Clock ticks per second of {@code /proc} (USER_HZ, 100 on Linux). */
    private static final double HZ = 100;

    private final Map<Integer, Long> ticksByPid;
    private final Map<Integer, String> kindByPid;

    private ProcessCpu(Map<Integer, Long> ticksByPid, Map<Integer, String> kindByPid) {
        this.ticksByPid = ticksByPid;
        this.kindByPid = kindByPid;
    }

    static ProcessCpu now() throws IOException {
        Map<Integer, Long> ticks = new TreeMap<>();
        Map<Integer, String> kinds = new TreeMap<>();
        long self = ProcessHandle.current().pid();
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString()
                .chars().allMatch(Character::isDigit))) {
            for (Path p : procs) {
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    int pid = Integer.parseInt(p.getFileName().toString());
                    ticks.put(pid, Long.parseLong(f[11]) + Long.parseLong(f[12]));
                    kinds.put(pid, pid == self ? "benchmark" : kind(stat, Files.readAllBytes(p.resolve("cmdline"))));
                } catch (IOException | RuntimeException gone) {
                    // the process ended while it was read
                }
            }
        }
        return new ProcessCpu(ticks, kinds);
    }

    private static String kind(String stat, byte[] cmdline) {
        String cmd = new String(cmdline, StandardCharsets.UTF_8);
        if (stat.contains("(postgres)")) {
            return "postgres";
        }
        if (cmd.contains("kafka.Kafka")) {
            return "kafka";
        }
        for (String service : new String[] { "query-service", "ingest-service" }) {
            if (cmd.contains(service)) {
                return service;
            }
        }
        return "other";
    }

    /** CPU milliseconds per unit (an article) used by each kind of process since {@code start}, most first. */
    String perUnitSince(ProcessCpu start, long units) {
        Map<String, Long> byKind = new TreeMap<>();
        ticksByPid.forEach((pid, t) -> {
            long before = start.ticksByPid.getOrDefault(pid, 0L);
            byKind.merge(kindByPid.get(pid), Math.max(0, t - before), Long::sum);
        });
        return byKind.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue() * 1000 / HZ / units))
                .collect(Collectors.joining(", ", "cpu ms per article: ", ""));
    }
}
