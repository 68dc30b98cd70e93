package news.xuhui.query.bench;

import static news.xuhui.query.bench.BenchMain.f;
import static news.xuhui.query.bench.BenchMain.f1;
import static news.xuhui.query.bench.BenchMain.f2;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.flywaydb.core.Flyway;

import news.xuhui.infra.PostgresServer;
import news.xuhui.infra.PostgresSettings;
import news.xuhui.query.search.ArticleSearch;
import news.xuhui.query.search.BenchSearch;
import news.xuhui.query.search.Facets;
import news.xuhui.query.search.SearchCriteria;
import news.xuhui.query.search.SearchQuery;
import news.xuhui.query.search.SearchResult;
import news.xuhui.query.search.SearchSort;
import news.xuhui.query.store.ArticleRows;

/**
 * The search benchmark of issue 17: what users get on the stack deploy/local/run.sh starts, beside Apache Lucene on
 * the same corpus. See src/bench/search.sh.
 * <ol>
 * <li>PostgreSQL as the local stack starts it (PostgresServer with PostgresSettings sized from this machine's
 * memory), the service's migrations;</li>
 * <li>a corpus of real article text ({@link RealCorpus}) loaded by {@link BatchLoad} (JDBC batches, not Kafka) and
 * indexed by {@link LucenePeer};</li>
 * <li>per query class, C client threads for S seconds on each side: ours through the service's own ArticleSearch
 * (statements, plans, snippets, totals and its slot limit as in a request to /api/search), Lucene in-process.</li>
 * </ol>
 * Args: dataDir articles [concurrencies=1,4] [seconds=10] [goldDirs (comma-separated)] [seedsDir]
 */
public final class SearchBench {

    static final String[] COMMON = { "发展", "建设", "创新", "服务", "社区", "企业", "文化", "教育", "城市", "经济",
            "治理", "科技", "人才", "项目", "群众", "安全", "改革", "产业", "规划", "活动" };
    static final String[] UBIQUITOUS = { "徐汇", "发展", "工作" };
    static final String[] PHRASES = { "人工智能", "城市更新", "高质量发展", "营商环境", "基层治理", "十四五", "新时代",
            "习近平新时代中国特色社会主义思想", "党员负责人会议", "一网通办", "“徐汇滨江”", "\"区委书记\"" };

    record Q(String name, Op op) {
    }

    @FunctionalInterface
    interface Op {
        long run() throws Exception;
    }

    record Result(long count, long errors, double seconds, long[] nanos) {

        double pct(double p) {
            return nanos.length == 0 ? Double.NaN
                    : nanos[Math.min(nanos.length - 1, (int) Math.ceil(p * nanos.length) - 1)] / 1e6;
        }

        double rate() {
            return count / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int articles = Integer.parseInt(args[1]);
        int[] concurrencies = Arrays.stream((args.length > 2 ? args[2] : "1,4").split(",")).mapToInt(Integer::parseInt)
                .toArray();
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        List<Path> gold = Arrays.stream((args.length > 4 ? args[4] : "").split(",")).filter(s -> !s.isBlank())
                .map(Path::of).toList();
        Path seeds = args.length > 5 ? Path.of(args[5]) : null;
        int cores = Runtime.getRuntime().availableProcessors();

        RealCorpus corpus = new RealCorpus(gold, seeds, 42);
        System.out.printf(Locale.ROOT, "corpus: %d real paragraphs, %d sentences, %d titles; %d generated names "
                + "(Zipf-Mandelbrot); articles of %d-%d characters%n", corpus.paragraphs.size(),
                corpus.sentences.size(), corpus.titles.size(), corpus.names.size(), RealCorpus.MIN_CHARS,
                RealCorpus.MAX_CHARS);
        corpusStats(corpus);
        System.out.println("PostgreSQL settings (deploy/local PostgresSettings, sized from this machine's memory): "
                + PostgresSettings.forThisMachine());

        Files.createDirectories(data);
        int port;
        try (var s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (PostgresServer pg = PostgresServer.start(data.resolve("postgres"), port)) {
            String url = pg.jdbcUrl();
            Flyway.configure().dataSource(url, PostgresServer.USER, PostgresServer.PASSWORD)
                    .locations("filesystem:" + Path.of(System.getProperty("migrations")).toAbsolutePath())
                    // data kept from an earlier run may predate a migration numbered below its newest
                    .outOfOrder(true).load()
                    .migrate();
            // Lucene indexes the corpus meanwhile, in its own thread
            LucenePeer lucene = new LucenePeer(data.resolve("lucene"));
            double[] luceneSeconds = new double[1];
            Exception[] luceneFailed = new Exception[1];
            Thread indexer = new Thread(() -> {
                try {
                    luceneSeconds[0] = lucene.index(corpus, articles);
                } catch (Exception e) {
                    luceneFailed[0] = e;
                }
            }, "lucene-index");
            indexer.start();
            BatchLoad.Report load = BatchLoad.load(corpus, url, articles, cores);
            if (load.loadSeconds() > 0) {
                System.out.printf(Locale.ROOT, "load (PostgreSQL): %d articles through BatchLoad (JDBC batches rewritten "
                        + "to multi-row inserts, %d writers, not Kafka) in %.0f s: %.0f articles/s; secondary indexes "
                        + "%s: %.0f s; overall %.0f articles/s%n", load.articles(), cores, load.loadSeconds(),
                        load.articles() / load.loadSeconds(), load.indexesRebuilt() ? "built after the load" : "kept",
                        load.indexSeconds(), load.articles() / (load.loadSeconds() + load.indexSeconds()));
            } else {
                System.out.printf("load (PostgreSQL): store already holds %d articles, kept%n", load.articles());
            }
            indexer.join();
            if (luceneFailed[0] != null) {
                throw luceneFailed[0];
            }
            try (lucene) {
                double li = luceneSeconds[0];
                if (li > 0) {
                    System.out.printf(Locale.ROOT, "load (Lucene): %d articles in %.0f s: %.0f articles/s (one writer, "
                            + "force-merged; at the same time as the PostgreSQL load)%n", lucene.numDocs(), li, lucene.numDocs() / li);
                }
                sizes(url, lucene);
                String pooled = url + "?options=-c%20jit=off%20-c%20plan_cache_mode=force_custom_plan";
                try (Pool pool = new Pool(pooled)) {
                    ArticleSearch search = BenchSearch.create(pool, cores);
                    run(corpus, articles, search, pool, lucene, concurrencies, seconds, cores);
                }
            }
        }
    }

    static void corpusStats(RealCorpus corpus) {
        int n = 2000;
        long chars = 0;
        int district = 0;
        for (int i = 0; i < n; i++) {
            RealCorpus.Doc d = corpus.doc(i);
            chars += d.chars();
            district += (d.title() + d.body()).contains(RealCorpus.DISTRICT) ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "corpus sample (%d articles): %.0f characters on average, %s in %.0f%%%n", n,
                (double) chars / n, RealCorpus.DISTRICT, 100.0 * district / n);
    }

    static void sizes(String url, LucenePeer lucene) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        select count(*), pg_total_relation_size('article'), pg_total_relation_size('article_search'),
                            pg_relation_size('article_search'),
                            pg_total_relation_size('article_search') - pg_relation_size('article_search')
                                - pg_indexes_size('article_search'),
                            pg_indexes_size('article_search'), pg_total_relation_size('article_person')
                        from article""")) {
            rs.next();
            long n = rs.getLong(1);
            long article = rs.getLong(2);
            long search = rs.getLong(3);
            long[] l = lucene.size();
            System.out.printf(Locale.ROOT, "store: %d articles; article table (with TOAST and indexes) %s; search storage "
                    + "(article_search with TOAST and indexes) %s = %.2f x the article table (heap %s, TOAST %s, "
                    + "indexes %s), %.1f KB per article; article_person %s%n", n, mb(article), mb(search),
                    (double) search / article, mb(rs.getLong(4)), mb(rs.getLong(5)), mb(rs.getLong(6)),
                    search / 1024.0 / Math.max(1, n), mb(rs.getLong(7)));
            System.out.printf(Locale.ROOT, "Lucene index: %s (%.2f x our article table), without its stored text %s%n",
                    mb(l[0]), (double) l[0] / article, mb(l[1]));
        }
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MB", bytes / 1048576.0);
    }

    static void run(RealCorpus corpus, int articles, ArticleSearch search, Pool pool, LucenePeer lucene,
            int[] concurrencies, int seconds, int cores) throws Exception {
        Random r = new Random(7);
        Map<String, List<Q>> ours = new LinkedHashMap<>();
        Map<String, List<Q>> peer = new LinkedHashMap<>();
        for (String w : UBIQUITOUS) {
            add(ours, peer, "ubiquitous", relevance(search, w, null, null, SearchSort.RELEVANCE), lucene, w, false);
        }
        for (int i = 0; i < 20; i++) {
            String w = COMMON[r.nextInt(COMMON.length)] + " " + COMMON[r.nextInt(COMMON.length)];
            add(ours, peer, "two words", relevance(search, w, null, null, SearchSort.RELEVANCE), lucene, w, false);
        }
        for (int i = 0; i < 30; i++) {
            // ranks spread from the commonest names to the tail
            String w = corpus.names.get((int) Math.min(corpus.names.size() - 1, Math.pow(1.35, i)) - 1 + i % 2);
            add(ours, peer, "name", relevance(search, w, null, null, SearchSort.RELEVANCE), lucene, w, false);
        }
        for (String w : PHRASES) {
            add(ours, peer, "phrase", relevance(search, w, null, null, SearchSort.RELEVANCE), lucene, w, false);
        }
        for (int i = 0; i < 20; i++) {
            String w = COMMON[r.nextInt(COMMON.length)];
            LocalDate from = LocalDate.of(2015 + r.nextInt(10), 1 + r.nextInt(12), 1);
            LocalDate to = from.plusMonths(3);
            String label = "filtered";
            ours.computeIfAbsent(label, k -> new ArrayList<>()).add(new Q(w + " " + from + ".." + to,
                    () -> search.search(criteria(w, from, to, SearchSort.RELEVANCE)).total()));
            var q = lucene.filtered(w, from, to);
            peer.computeIfAbsent(label, k -> new ArrayList<>()).add(new Q(w, () -> lucene.top(q, false)));
        }
        for (int i = 0; i < 20; i++) {
            String w = i < 3 ? UBIQUITOUS[i] : COMMON[r.nextInt(COMMON.length)];
            ours.computeIfAbsent("newest", k -> new ArrayList<>()).add(new Q(w,
                    () -> search.search(criteria(w, null, null, SearchSort.NEWEST)).total()));
            var q = lucene.query(w);
            peer.computeIfAbsent("newest", k -> new ArrayList<>()).add(new Q(w, () -> lucene.top(q, true)));
        }
        for (int i = 0; i < 10; i++) {
            String w = i < 2 ? UBIQUITOUS[i] : COMMON[r.nextInt(COMMON.length)];
            ours.computeIfAbsent("facets", k -> new ArrayList<>()).add(new Q(w,
                    () -> search.facets(criteria(w, null, null, SearchSort.RELEVANCE)).total()));
            var q = lucene.query(w);
            peer.computeIfAbsent("facets", k -> new ArrayList<>()).add(new Q(w, () -> lucene.facets(q).size()));
        }
        for (int i = 0; i < 200; i++) {
            String id = RealCorpus.id(r.nextInt(articles));
            ours.computeIfAbsent("by id", k -> new ArrayList<>()).add(new Q(id, () -> byId(pool, id)));
            peer.computeIfAbsent("by id", k -> new ArrayList<>()).add(new Q(id, () -> lucene.byId(id) ? 1 : 0));
        }

        System.out.println("\nmatches (ours: total, * = estimate | Lucene: total hits, + = at least) of each class's "
                + "first queries:");
        for (String cls : ours.keySet()) {
            StringBuilder sb = new StringBuilder(String.format("  %-10s", cls));
            for (int i = 0; i < Math.min(4, ours.get(cls).size()); i++) {
                Q q = ours.get(cls).get(i);
                sb.append(String.format(Locale.ROOT, " %s: %d | %d;", q.name(), q.op().run(),
                        peer.get(cls).get(i).op().run()));
            }
            System.out.println(sb);
        }

        StringBuilder sampled = new StringBuilder();
        for (Q q : ours.get("facets")) {
            String w = q.name();
            Facets f = search.facets(criteria(w, null, null, SearchSort.RELEVANCE));
            sampled.append(String.format(Locale.ROOT, " %s: %s;", w, f.sampled() ? "one in " + f.sampledOneIn() : "all"));
        }
        System.out.println("  facets counted (ours; Lucene counts every match):" + sampled);

        for (int c : concurrencies) {
            System.out.printf(Locale.ROOT, "%n%d client%s, %d s per class and side, after a warm-up pass; latencies in ms, "
                    + "throughput in requests/s; ours through ArticleSearch with at most %d searches at once (as run.sh "
                    + "sets)%n", c, c == 1 ? "" : "s", seconds, cores);
            String fmt = "%-10s | %8s %8s %8s | %8s %8s %8s | %9s | %s%n";
            System.out.printf(fmt, "class", "ours p50", "p99", "req/s", "Lucene p50", "p99", "req/s", "p99 ratio",
                    "errors");
            for (String cls : ours.keySet()) {
                drive(ours.get(cls), c, Math.max(2, seconds / 3));
                drive(peer.get(cls), c, Math.max(2, seconds / 3));
                Result o = drive(ours.get(cls), c, seconds);
                Result l = drive(peer.get(cls), c, seconds);
                System.out.printf(fmt, cls, f(o.pct(0.5)), f(o.pct(0.99)), f1(o.rate()), f(l.pct(0.5)), f(l.pct(0.99)),
                        f1(l.rate()), f2(o.pct(0.99) / l.pct(0.99)), o.errors() + "/" + l.errors());
            }
        }
    }

    static SearchCriteria criteria(String text, LocalDate from, LocalDate to, SearchSort sort) {
        return new SearchCriteria(SearchQuery.parse(text), from, to, null, null, null, null, null, sort, 0, 20);
    }

    static Op relevance(ArticleSearch search, String text, LocalDate from, LocalDate to, SearchSort sort) {
        SearchCriteria c = criteria(text, from, to, sort);
        return () -> {
            SearchResult res = search.search(c);
            return res.exact() ? res.total() : -res.total();
        };
    }

    static void add(Map<String, List<Q>> ours, Map<String, List<Q>> peer, String cls, Op op, LucenePeer lucene,
            String text, boolean newest) {
        ours.computeIfAbsent(cls, k -> new ArrayList<>()).add(new Q(text, op));
        var q = lucene.query(text);
        peer.computeIfAbsent(cls, k -> new ArrayList<>()).add(new Q(text, () -> lucene.top(q, newest)));
    }

    static long byId(Pool pool, String id) throws Exception {
        try (Connection c = pool.getConnection();
                PreparedStatement ps = c.prepareStatement("select " + ArticleRows.COLUMNS + " from article a where a.id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? ArticleRows.read(rs).paragraphs.size() : 0;
            }
        }
    }

    static Result drive(List<Q> queries, int threads, double seconds) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<long[]> lat = new ArrayList<>();
        long[] errors = new long[1];
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long[] buf = new long[2_000_000];
            lat.add(buf);
            int slot = t;
            Thread th = new Thread(() -> {
                int n = 0;
                while (System.nanoTime() < end && n < buf.length - 1) {
                    Q q = queries.get(Math.floorMod(next.getAndIncrement(), queries.size()));
                    long s = System.nanoTime();
                    try {
                        q.op().run();
                    } catch (Exception e) {
                        synchronized (errors) {
                            if (errors[0]++ == 0) {
                                System.err.println(q.name() + ": " + e);
                            }
                        }
                    }
                    buf[++n] = System.nanoTime() - s;
                }
                buf[0] = n;
            }, "bench-client-" + slot);
            ts.add(th);
            th.start();
        }
        long start = System.nanoTime();
        for (Thread th : ts) {
            th.join();
        }
        double took = Math.max(seconds, (System.nanoTime() - start) / 1e9);
        int total = lat.stream().mapToInt(b -> (int) b[0]).sum();
        long[] all = new long[total];
        int k = 0;
        for (long[] b : lat) {
            System.arraycopy(b, 1, all, k, (int) b[0]);
            k += (int) b[0];
        }
        Arrays.sort(all);
        return new Result(total, errors[0], took, all);
    }
}
