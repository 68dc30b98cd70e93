package news.xuhui.query.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One thread, the benchmark's queries of one class: each one's time for the ranked statement, slowest listed. */
public final class Sample {

    public static void main(String[] args) throws Exception {
        Corpus corpus = new Corpus(Path.of(args[1]), 42, 20_000);
        Map<String, List<BenchMain.Query>> classes = BenchMain.queries(corpus, 100_000);
        try (Connection c = DriverManager.getConnection(args[0], "postgres", "postgres")) {
            List<BenchMain.Query> qs = classes.get(args[2]);
            List<double[]> times = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                times.clear();
                for (int i = 0; i < Math.min(qs.size(), Integer.parseInt(args[3])); i++) {
                    long t0 = System.nanoTime();
                    try (PreparedStatement ps = news.xuhui.query.search.SearchSql.ranked(qs.get(i).criteria(), 100, 2000L,
                            System.getenv("WALK") != null, 0, 20).prepare(c)) {
                        BenchMain.drain(ps);
                    }
                    times.add(new double[] { (System.nanoTime() - t0) / 1e6, i });
                }
            }
            times.sort((a, b) -> Double.compare(a[0], b[0]));
            int n = times.size();
            System.out.printf("p50 %.1f p90 %.1f p99 %.1f max %.1f%n", times.get(n / 2)[0], times.get(n * 9 / 10)[0],
                    times.get(n * 99 / 100)[0], times.get(n - 1)[0]);
            for (int k = n - 1; k >= n - 8; k--) {
                System.out.printf("%.1f ms  %s%n", times.get(k)[0], qs.get((int) times.get(k)[1]).path());
            }
        }
    }
}
