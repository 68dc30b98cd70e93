package news.xuhui.query.bench;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import news.xuhui.query.search.RankedWindow;

/**
 * One thread, the benchmark's queries of one class, as the service runs them ({@link RankedWindow}): each one's time,
 * the slowest listed with the plan shape chosen. Args: jdbcUrl goldDir class count
 */
public final class Sample {

    record Timed(double ms, int index, RankedWindow.Outcome outcome) {
    }

    public static void main(String[] args) throws Exception {
        Corpus corpus = new Corpus(Path.of(args[1]), 42, 20_000);
        Map<String, List<BenchMain.Query>> classes = BenchMain.queries(corpus, 100_000);
        try (Connection c = DriverManager.getConnection(args[0], "postgres", "postgres")) {
            List<BenchMain.Query> qs = classes.get(args[2]);
            int n = Math.min(qs.size(), Integer.parseInt(args[3]));
            List<Timed> times = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                times.clear();
                for (int i = 0; i < n; i++) {
                    long t0 = System.nanoTime();
                    RankedWindow.Outcome o = RankedWindow.read(c, qs.get(i).criteria(), BenchMain.SETTINGS, 0, 20,
                            rs -> BenchMain.drainRow(rs));
                    times.add(new Timed((System.nanoTime() - t0) / 1e6, i, o));
                }
            }
            double mean = times.stream().mapToDouble(Timed::ms).average().orElse(0);
            times.sort((a, b) -> Double.compare(a.ms(), b.ms()));
            System.out.printf("%s: n %d mean %.1f p50 %.1f p90 %.1f p99 %.1f max %.1f ms%n", args[2], n, mean,
                    times.get(n / 2).ms(), times.get(n * 9 / 10).ms(), times.get(n * 99 / 100).ms(), times.get(n - 1).ms());
            for (int k = n - 1; k >= Math.max(0, n - 6); k--) {
                Timed t = times.get(k);
                System.out.printf("  %.1f ms  %s est=%d window=%d  %s%n", t.ms(), t.outcome().shape(),
                        t.outcome().estimate(), t.outcome().windowSize(),
                        URLDecoder.decode(qs.get(t.index()).path(), StandardCharsets.UTF_8));
            }
        }
    }
}
