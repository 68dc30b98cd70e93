package news.xuhui.query.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import news.xuhui.query.search.SearchCriteria;
import news.xuhui.query.store.ArticleRows;
import news.xuhui.query.search.RankedWindow;
import news.xuhui.query.search.SearchQuery;
import news.xuhui.query.search.SearchSort;
import news.xuhui.query.search.SearchSql;
import news.xuhui.query.text.SearchVector;

/**
 * The query-service benchmark, run from its own process against a running service (see run.sh):
 * <ol>
 * <li>load: N synthesised articles published to news.articles; the service's consumer stores them; measured until the
 * store holds them all (articles/s);</li>
 * <li>search and read over HTTP on loopback, per query class, with C client threads for D seconds each;</li>
 * <li>the same statements straight to PostgreSQL over JDBC ({@link SearchSql}, the service's own SQL), same
 * threads, same queries: the baseline the HTTP figures are divided by.</li>
 * </ol>
 * Args: kafkaBootstrap jdbcUrl httpBase goldDir [articles=100000] [concurrencies=1,2,4] [seconds=20]
 */
public final class BenchMain {

    /** The service's defaults: xuhui.search.rank-window, walk-from-matches, filters-first-from-share. */
    static final RankedWindow.Settings SETTINGS = new RankedWindow.Settings(100, 15_000, 0.2, 400);

    static final String[] WORDS = { "徐汇", "发展", "城市", "更新", "创新", "人工智能", "科技", "民生", "治理", "服务",
            "建设", "党员", "会议", "经济", "文化", "教育", "社区", "企业", "人大", "政协", "代表", "委员", "改革", "开放",
            "安全", "生态", "养老", "就业", "滨江", "产业", "人才", "高质量", "基层", "群众", "规划", "项目" };

    record Query(String path, SearchCriteria criteria, String id) {
    }

    record Result(String name, long count, long errors, double seconds, long[] nanos) {

        double pct(double p) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            return nanos[Math.min(nanos.length - 1, (int) Math.ceil(p * nanos.length) - 1)] / 1e6;
        }

        double rate() {
            return count / seconds;
        }

        static Result merge(Result a, Result b) {
            if (a == null) {
                return b;
            }
            long[] all = Arrays.copyOf(a.nanos, a.nanos.length + b.nanos.length);
            System.arraycopy(b.nanos, 0, all, a.nanos.length, b.nanos.length);
            Arrays.sort(all);
            return new Result(a.name, a.count + b.count, a.errors + b.errors, a.seconds + b.seconds, all);
        }
    }

    /** Turns per class and side: see the measured loop in main. */
    static final int SLICES = 5;

    public static void main(String[] args) throws Exception {
        String kafka = args[0];
        String jdbc = args[1];
        String http = args[2];
        Path gold = Path.of(args[3]);
        int articles = args.length > 4 ? Integer.parseInt(args[4]) : 100_000;
        int[] concurrencies = java.util.Arrays.stream((args.length > 5 ? args[5] : "1,2,4").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int concurrency = java.util.Arrays.stream(concurrencies).max().orElse(1);
        int seconds = args.length > 6 ? Integer.parseInt(args[6]) : 20;

        Corpus corpus = new Corpus(gold, 42, 20_000);
        System.out.printf(Locale.ROOT, "corpus: %d seed sentences, %d titles, %d generated names%n",
                corpus.sentences.size(), corpus.titles.size(), corpus.names.size());
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            load(corpus, kafka, db, articles);
            awaitSearchRows(db);
            try (Statement s = db.createStatement()) {
                s.execute("vacuum analyze article");
                s.execute("vacuum analyze article_search");
                s.execute("vacuum analyze article_person");
                try (ResultSet rs = s.executeQuery("select pg_size_pretty(pg_total_relation_size('article')),"
                        + " pg_size_pretty(pg_total_relation_size('article_search')) || ', search index '"
                        + " || pg_size_pretty(pg_relation_size('article_search_vector_idx')), count(*) from article")) {
                    rs.next();
                    System.out.printf("store: %s articles, table+indexes %s, search table+indexes %s%n", rs.getString(3),
                            rs.getString(1), rs.getString(2));
                }
            }
        }

        Map<String, List<Query>> classes = queries(corpus, articles);
        // the service's JIT keeps compiling for a while: warm both sides up as long as one measured run, so that the
        // figures are of the steady state
        System.out.println("warm-up ...");
        for (var e : classes.entrySet()) {
            try (Clients hc = httpClients(http, concurrency); Clients sc = sqlClients(jdbc, concurrency)) {
                drive(e.getKey(), e.getValue(), hc, new AtomicInteger(), seconds);
                drive(e.getKey(), e.getValue(), sc, new AtomicInteger(), seconds);
            }
        }
        for (int threads : concurrencies) {
            List<String[]> rows = new ArrayList<>();
            for (var e : classes.entrySet()) {
                String name = e.getKey();
                List<Query> qs = e.getValue();
                Result h = null;
                Result s = null;
                try (Clients hc = httpClients(http, threads); Clients sc = sqlClients(jdbc, threads)) {
                    // an unmeasured pass over the class's queries first: the search table is larger than
                    // shared_buffers, so whichever side ran first would otherwise warm the pages for the other
                    drive(name, qs, sc, new AtomicInteger(), seconds);
                    // the two sides take turns in short slices, each going on through the same queries in the same
                    // order, so that a noisy moment on this shared machine falls on both rather than on one
                    AtomicInteger hNext = new AtomicInteger();
                    AtomicInteger sNext = new AtomicInteger();
                    for (int k = 0; k < SLICES; k++) {
                        h = Result.merge(h, drive(name, qs, hc, hNext, (double) seconds / SLICES));
                        s = Result.merge(s, drive(name, qs, sc, sNext, (double) seconds / SLICES));
                    }
                }
                rows.add(new String[] { name, f(h.pct(0.5)), f(h.pct(0.99)), f1(h.rate()), f(s.pct(0.5)),
                        f(s.pct(0.99)), f1(s.rate()), f2(h.pct(0.5) / s.pct(0.5)), f2(h.pct(0.99) / s.pct(0.99)),
                        f2(s.rate() / h.rate()), h.errors() + "/" + s.errors() });
            }
            System.out.printf("%nconcurrency %d, %d s per class and side; latencies in ms, throughput in requests/s%n",
                    threads, seconds);
            String fmt = "%-10s | %8s %8s %8s | %8s %8s %8s | %6s %6s %6s | %s%n";
            System.out.printf(fmt, "class", "http p50", "p99", "req/s", "sql p50", "p99", "q/s", "x p50", "x p99",
                    "x tput", "errors http/sql");
            rows.forEach(r -> System.out.printf(fmt, (Object[]) r));
        }
    }

    static void load(Corpus corpus, String kafka, Connection db, int articles) throws Exception {
        long before = count(db);
        if (before >= articles) {
            System.out.printf("load: store already holds %d articles; skipping the load%n", before);
            return;
        }
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024, ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");
        long start = System.nanoTime();
        AtomicLong sent = new AtomicLong();
        Thread producer = new Thread(() -> {
            try (KafkaProducer<String, String> p = new KafkaProducer<>(config, new StringSerializer(),
                    new StringSerializer())) {
                for (int i = 0; i < articles; i++) {
                    var e = corpus.article(i);
                    p.send(new ProducerRecord<>("news.articles", e.get("articleId").asText(), e.toString()));
                    sent.incrementAndGet();
                }
                p.flush();
            }
        }, "bench-producer");
        producer.start();
        long target = before + articles;
        long last = before;
        long firstStored = 0;
        while (true) {
            Thread.sleep(1000);
            long n = count(db);
            long t = System.nanoTime();
            if (firstStored == 0 && n > before) {
                firstStored = t;
            }
            if (n != last) {
                System.out.printf(Locale.ROOT, "load: %6.0f s  produced %6d  stored %6d%n", (t - start) / 1e9,
                        sent.get(), n - before);
                last = n;
            }
            if (n >= target) {
                break;
            }
        }
        producer.join();
        double total = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "load: %d articles stored in %.1f s from the first send: %.0f articles/s into"
                + " the store%n", articles, total, articles / total);
    }

    /** A store indexed by an older search version is re-indexed by the service at start-up: wait for it. */
    static void awaitSearchRows(Connection db) throws Exception {
        while (true) {
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                    "select count(*) from article where search_version < " + SearchVector.VERSION)) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    return;
                }
                System.out.printf("waiting for the service to re-index %d articles%n", rs.getLong(1));
            }
            Thread.sleep(10_000);
        }
    }

    static long count(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select count(*) from article")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** 1,000 queries per class, fixed by the random seed, so both sides run exactly the same list. */
    static Map<String, List<Query>> queries(Corpus corpus, int articles) {
        Random r = new Random(7);
        Map<String, List<Query>> out = new LinkedHashMap<>();
        List<Query> two = new ArrayList<>();
        List<Query> names = new ArrayList<>();
        List<Query> filtered = new ArrayList<>();
        List<Query> reads = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String a = WORDS[r.nextInt(WORDS.length)];
            String b = WORDS[r.nextInt(WORDS.length)];
            two.add(search(a + " " + b, null, null, null, null));
            names.add(search(corpus.zipfName(r), null, null, null, null));
            LocalDate from = LocalDate.of(2015 + r.nextInt(10), 1 + r.nextInt(12), 1);
            String q = r.nextBoolean() ? corpus.zipfName(r) : WORDS[r.nextInt(WORDS.length)];
            if (r.nextBoolean()) {
                filtered.add(search(q, from, from.plusYears(1), 1 + r.nextInt(16), null));
            } else {
                filtered.add(search(q, from, from.plusYears(1), null, Corpus.SOURCES[r.nextInt(4)]));
            }
            var e = corpus.article(r.nextInt(articles));
            String id = e.get("articleId").asText();
            reads.add(new Query("/api/articles/" + id, null, id));
        }
        out.put("two-word", two);
        out.put("name", names);
        out.put("filtered", filtered);
        out.put("read", reads);
        return out;
    }

    static Query search(String q, LocalDate from, LocalDate to, Integer page, String source) {
        StringBuilder path = new StringBuilder("/api/articles?size=20&q=").append(enc(q));
        if (from != null) {
            path.append("&from=").append(from).append("&to=").append(to);
        }
        if (page != null) {
            path.append("&editionPage=").append(page);
        }
        if (source != null) {
            path.append("&source=").append(enc(source));
        }
        SearchCriteria c = new SearchCriteria(SearchQuery.parse(q), from, to, null, page, null, null, source,
                SearchSort.RELEVANCE, 0, 20);
        return new Query(path.toString(), c, null);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    interface Call {
        void run(Query q) throws Exception;
    }

    /** One client per thread: a kept-alive HTTP connection (see {@link HttpConnection}). */
    static Clients httpClients(String base, int threads) {
        Clients clients = new Clients();
        for (int t = 0; t < threads; t++) {
            HttpConnection connection = new HttpConnection(base);
            clients.add(connection, q -> {
                int status = connection.get(q.path());
                if (status != 200) {
                    throw new IllegalStateException("HTTP " + status + " for " + q.path());
                }
            });
        }
        return clients;
    }

    /** The raw-SQL baseline of a read by id: every column the service's read returns, in one statement. */
    static final String BY_ID = "select " + ArticleRows.COLUMNS + """
            , a.people, a.schema_version, a.source_encoding, a.parser_version, a.parsed_at, a.updated_at
            from article a where a.id = ?""";

    /** One client per thread: a JDBC connection running what the service runs for the query. */
    static Clients sqlClients(String jdbc, int threads) throws SQLException {
        Clients clients = new Clients();
        for (int t = 0; t < threads; t++) {
            Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres");
            clients.add(c, q -> {
                if (q.criteria() == null) {
                    try (PreparedStatement ps = c.prepareStatement(BY_ID)) {
                        ps.setString(1, q.id());
                        drain(ps);
                    }
                    return;
                }
                // what the service runs for page 0 by relevance: the estimates, which pick the plan of the ranked
                // window; the window; the unbounded window when a phrase's candidates were cut short
                RankedWindow.read(c, q.criteria(), SETTINGS, 0, 20, rs -> drainRow(rs));
            });
        }
        return clients;
    }

    /** Reads every column of the current row, as the service does. */
    static void drainRow(ResultSet rs) throws SQLException {
        int cols = rs.getMetaData().getColumnCount();
        for (int i = 1; i <= cols; i++) {
            rs.getString(i);
        }
    }

    /** Reads every column of every row, as the service does; returns the last row's "total" column, or -1. */
    static long drain(PreparedStatement ps) throws SQLException {
        long total = -1;
        try (ResultSet rs = ps.executeQuery()) {
            var md = rs.getMetaData();
            int cols = md.getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= cols; i++) {
                    String v = rs.getString(i);
                    if ("total".equals(md.getColumnLabel(i))) {
                        total = Long.parseLong(v);
                    }
                }
            }
        }
        return total;
    }

    /** The clients of one side, one per thread, kept across its slices so that their connections stay warm. */
    static final class Clients implements AutoCloseable {
        final List<Call> calls = new ArrayList<>();
        private final List<AutoCloseable> connections = new ArrayList<>();

        void add(AutoCloseable connection, Call call) {
            connections.add(connection);
            calls.add(call);
        }

        @Override
        public void close() throws Exception {
            for (AutoCloseable c : connections) {
                c.close();
            }
        }
    }

    /** Each client on its own thread for the given time, taking queries in turn from {@code next} on. */
    static Result drive(String name, List<Query> queries, Clients clients, AtomicInteger next, double seconds)
            throws Exception {
        int threads = clients.calls.size();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        AtomicLong errors = new AtomicLong();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        List<Future<long[]>> futures = new ArrayList<>();
        long started = System.nanoTime();
        for (Call call : clients.calls) {
            futures.add(pool.submit(() -> {
                long[] lat = new long[1 << 14];
                int n = 0;
                while (System.nanoTime() < end) {
                    Query q = queries.get(Math.floorMod(next.getAndIncrement(), queries.size()));
                    long t0 = System.nanoTime();
                    try {
                        call.run(q);
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= 3) {
                            System.err.println(name + ": " + e);
                        }
                        continue;
                    }
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = System.nanoTime() - t0;
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        List<long[]> perThread = new ArrayList<>();
        for (Future<long[]> f : futures) {
            perThread.add(f.get());
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long[] all = perThread.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(name, all.length, errors.get(), elapsed, all);
    }

    static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String f1(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
