package news.xuhui.e2e.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import news.xuhui.e2e.Pages;
import news.xuhui.e2e.ServiceProcess;
import news.xuhui.infra.LocalInfra;
import news.xuhui.infra.Ports;

/**
 * How fast the query service stores articles, against the ceiling of plain JDBC on the same database. Not a test: run
 * with {@code ./mvnw -pl deploy/local/e2e -am -Pbench -Dbench.class=news.xuhui.e2e.bench.StoreThroughputBenchmark
 * -DskipTests verify} (env PAGES, default 10000; the real pages of {@code seeds/}, each made distinct; env PHASES=drop
 * stops after the drop; to compare settings: QUERY_JAVA_OPTS, system properties of the query replicas' JVMs,
 * INGEST_NICE, the ingest instance's niceness, BENCH_DB_SQL, a statement run on the database first, such as
 * {@code alter database xuhui set ...}). In one run, on one broker and one PostgreSQL server:
 * <ol>
 * <li><b>drop</b>: PAGES distinct pages dropped into the ingest service's inbox with one query replica consuming;
 * commit→queryable (the record's Kafka timestamp to its database commit) p50/p99 from the replica's histogram, over
 * the whole drop and after its first fifth of pages (the services warmed up);</li>
 * <li><b>catch-up</b>: the articles the drop left on {@code news.articles} consumed again by 1, then 2 query replicas,
 * each time into an empty database of their own (page records not consumed, as for the ceiling): the records are
 * replayed into a fresh topic once every replica holds partitions ({@link TopicReplay}); articles/s from the first to
 * the last store;</li>
 * <li><b>ceiling</b>: the rows the 1-replica run stored (article, article_search, article_person), inserted again
 * into an empty copy of its tables with JDBC batches ({@code reWriteBatchedInserts}), 500 articles per transaction,
 * timing the inserts and commits only.</li>
 * </ol>
 */
public final class StoreThroughputBenchmark {

    static final String[] TABLES = { "article", "article_search", "article_person" };
    static final int CHUNK = 500;

    public static void main(String[] args) throws Exception {
        int pages = Integer.parseInt(System.getenv().getOrDefault("PAGES", "10000"));
        Path work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "bench-store-");
        Path inbox = work.resolve("inbox");
        try (LocalInfra infra = LocalInfra.start(work.resolve("data"), Ports.free(), Ports.free())) {
            String adminUrl = infra.postgres().jdbcUrl();
            Map<String, String> base = new HashMap<>(infra.environment());
            if (System.getenv("QUERY_JAVA_OPTS") != null) {
                // system properties for the query replicas' JVMs, to compare settings (-Dmp.messaging.incoming...)
                base.put("JAVA_TOOL_OPTIONS", System.getenv("QUERY_JAVA_OPTS"));
            }
            List<Pages.Page> batch = Pages.fromSeeds("bench", pages);

            if (System.getenv("BENCH_DB_SQL") != null) {
                admin(adminUrl, System.getenv("BENCH_DB_SQL")); // e.g. database settings to compare
            }
            // 1. the drop: ingest at full rate, one replica storing
            Map<String, String> ingestEnv = new HashMap<>(base);
            ingestEnv.remove("JAVA_TOOL_OPTIONS");
            if (System.getenv("INGEST_JAVA_OPTS") != null) {
                ingestEnv.put("JAVA_TOOL_OPTIONS", System.getenv("INGEST_JAVA_OPTS")); // e.g. a profiler for ingest alone
            }
            ingestEnv.put("INGEST_INBOX", inbox.toString());
            if (System.getenv("INGEST_NICE") != null) {
                ingestEnv.put("NICE", System.getenv("INGEST_NICE"));
            }
            long articles;
            double dropSeconds;
            double ingestSeconds;
            double[] latency;
            double[] warmLatency;
            String dropCpu;
            try (ServiceProcess query = ServiceProcess.start("query-service", base, work);
                    ServiceProcess ingest = ServiceProcess.start("ingest-service", ingestEnv, work)) {
                long start = System.nanoTime();
                long[] cpuStart = cpu();
                ProcessCpu dropStart = ProcessCpu.now();
                for (Pages.Page p : batch) {
                    Pages.drop(inbox, p);
                }
                TreeMap<Double, Double> warm = null;
                long done;
                while ((done = count(inbox.resolve("processed")) + count(inbox.resolve("duplicates"))) < pages) {
                    if (warm == null && done >= pages / 5) {
                        // past the services' warm-up (JIT, first connections): the rest is the drop at full rate
                        warm = histogram(query.baseUri());
                    }
                    Thread.sleep(200);
                }
                ingestSeconds = (System.nanoTime() - start) / 1e9;
                articles = (long) metric(ingest.baseUri(), "ingest_articles_published_total");
                while (storedCount(adminUrl) < articles) {
                    Thread.sleep(200);
                }
                dropSeconds = (System.nanoTime() - start) / 1e9;
                dropCpu = busy(cpuStart) + "; " + ProcessCpu.now().perUnitSince(dropStart, articles);
                TreeMap<Double, Double> all = histogram(query.baseUri());
                latency = quantiles(all, 0.5, 0.99);
                warmLatency = quantiles(minus(all, warm), 0.5, 0.99);
            }
            System.out.printf("%narticles  : %.1f per page, %.0f characters of text each on average%n",
                    articles / (double) pages, averageChars(adminUrl));
            System.out.printf("ingest    : %d pages published in %.1f s = %.1f pages/s (1 ingest instance)%n", pages,
                    ingestSeconds, pages / ingestSeconds);
            System.out.printf("drop      : %d pages -> %d articles stored in %.1f s (%.0f articles/s end to end, "
                    + "1 replica); commit->queryable p50 <= %.0f ms, p99 <= %.0f ms (after the first fifth of the pages: "
                    + "p50 <= %.0f ms, p99 <= %.0f ms); %s%n", pages, articles, dropSeconds, articles / dropSeconds,
                    latency[0] * 1000, latency[1] * 1000, warmLatency[0] * 1000, warmLatency[1] * 1000, dropCpu);

            admin(adminUrl, "vacuum analyze"); // the drop's, likewise (see the catch-up runs)
            if ("drop".equals(System.getenv("PHASES"))) {
                return; // the drop alone, for comparing settings of the live path
            }

            // 2. catch-up from the topic, 1 and 2 replicas, each into an empty database
            Map<Integer, Double> rates = new TreeMap<>();
            Map<Integer, Double> warmRates = new TreeMap<>();
            TopicReplay replay = new TopicReplay(base.get("KAFKA_BOOTSTRAP_SERVERS"));
            for (int replicas : new int[] { 1, 2 }) {
                String db = "bench_r" + replicas;
                admin(adminUrl, "create database " + db);
                Map<String, String> env = new HashMap<>(base);
                env.put("QUARKUS_DATASOURCE_JDBC_URL", adminUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + db + "$1"));
                // a copy of the topic, filled once every replica holds partitions (TopicReplay)
                String topic = "bench.articles.r" + replicas;
                String group = "bench-" + replicas + "-" + System.nanoTime();
                replay.createLike("news.articles", topic);
                env.put("MP_MESSAGING_INCOMING_ARTICLES_TOPIC", topic);
                env.put("MP_MESSAGING_INCOMING_ARTICLES_GROUP_ID", group);
                // the article path alone, as the ceiling: page records are not consumed here
                env.put("MP_MESSAGING_INCOMING_PAGES_GROUP_ID", "bench-pages-" + replicas + "-" + System.nanoTime());
                env.put("MP_MESSAGING_INCOMING_PAGES_AUTO_OFFSET_RESET", "latest");
                List<ServiceProcess> started = new ArrayList<>();
                try {
                    for (int r = 0; r < replicas; r++) {
                        started.add(ServiceProcess.start("query-service", env, work));
                    }
                    replay.awaitSettled(group, replicas, Duration.ofSeconds(120));
                    // from the replay on: the replicas' start-up is not an article's cost (the replay's is the
                    // benchmark's and the broker's)
                    long[] cpuStart = cpu();
                    ProcessCpu catchUpStart = ProcessCpu.now();
                    long copied = replay.copy("news.articles", topic);
                    String url = env.get("QUARKUS_DATASOURCE_JDBC_URL");
                    // past the first fifth, the replicas are warm (JIT, pools, caches): the rest is the steady rate a
                    // long catch-up runs at, each replica's one-off warm-up no longer billed to the articles
                    long warmFrom = articles / 5;
                    long[] cpuWarm = null;
                    ProcessCpu warmStart = null;
                    long stored;
                    while ((stored = storedCount(url)) < articles) {
                        if (cpuWarm == null && stored >= warmFrom) {
                            cpuWarm = cpu();
                            warmStart = ProcessCpu.now();
                            warmFrom = stored;
                        }
                        Thread.sleep(200);
                    }
                    String wholeCpu = busy(cpuStart) + "; " + ProcessCpu.now().perUnitSince(catchUpStart, articles);
                    double seconds = storeSpan(url);
                    rates.put(replicas, articles / seconds);
                    System.out.printf("catch-up  : %d replica(s): %d articles (%d records replayed once the replicas"
                            + " held their partitions) in %.1f s = %.0f articles/s; %s%n",
                            replicas, articles, copied, seconds, articles / seconds, wholeCpu);
                    if (warmStart != null) {
                        long rest = articles - warmFrom;
                        double warmSeconds = storeSpanFrom(url, warmFrom);
                        warmRates.put(replicas, rest / warmSeconds);
                        System.out.printf("  warm    : after the first %d: %d articles in %.1f s = %.0f articles/s; "
                                + "%s; %s%n", warmFrom, rest, warmSeconds, rest / warmSeconds, busy(cpuWarm),
                                ProcessCpu.now().perUnitSince(warmStart, rest));
                    }
                } finally {
                    started.forEach(ServiceProcess::close);
                }
                // the vacuum this run's writes left (dead row versions, the text index's pending entries) is done
                // now, so that autovacuum does not bill it to the next run
                admin(env.get("QUARKUS_DATASOURCE_JDBC_URL"), "vacuum analyze");
            }

            // 3. the ceiling: the same rows, plain JDBC batches, same server
            String source = base.get("QUARKUS_DATASOURCE_JDBC_URL").replaceFirst("/[^/?]+(\\?|$)", "/bench_r1$1");
            admin(adminUrl, "create database bench_jdbc template bench_r1");
            String target = source.replace("/bench_r1", "/bench_jdbc");
            try (Connection t = DriverManager.getConnection(target, "postgres", "postgres");
                    Statement st = t.createStatement()) {
                st.execute("truncate article, article_search, article_person, article_removal, page cascade");
            }
            long[] cpuStart = cpu();
            ProcessCpu jdbcStart = ProcessCpu.now();
            double jdbcSeconds = jdbcCopy(source, target + (target.contains("?") ? "&" : "?")
                    + "reWriteBatchedInserts=true");
            double ceiling = articles / jdbcSeconds;
            System.out.printf("ceiling   : plain JDBC batch insert of the same rows: %d articles in %.1f s = %.0f "
                    + "articles/s; %s; %s%n", articles, jdbcSeconds, ceiling, busy(cpuStart),
                    ProcessCpu.now().perUnitSince(jdbcStart, articles));
            System.out.printf("%nratios    : 1 replica / JDBC = %.2f ; 2 replicas / JDBC = %.2f ; 2 replicas / 1 replica"
                    + " = %.2f%n", rates.get(1) / ceiling, rates.get(2) / ceiling, rates.get(2) / rates.get(1));
            if (warmRates.size() == 2) {
                System.out.printf("warm      : 1 replica / JDBC = %.2f ; 2 replicas / JDBC = %.2f ; 2 replicas / 1 "
                        + "replica = %.2f%n", warmRates.get(1) / ceiling, warmRates.get(2) / ceiling,
                        warmRates.get(2) / warmRates.get(1));
            }
        }
    }

    /** The machine's CPU time so far (/proc/stat, in ticks): busy, and all. */
    private static long[] cpu() throws IOException {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long all = 0;
        for (int i = 1; i < f.length && i <= 8; i++) {
            all += Long.parseLong(f[i]);
        }
        long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
        return new long[] { all - idle, all };
    }

    /**
     * How busy the machine's cores were since {@code start}: on a machine whose cores one replica already keeps busy, a
     * second one can only share them.
     */
    private static String busy(long[] start) throws IOException {
        long[] now = cpu();
        return String.format("cpu %.0f%% busy (%d cores)", 100.0 * (now[0] - start[0]) / Math.max(1, now[1] - start[1]),
                Runtime.getRuntime().availableProcessors());
    }

    /** The sum of a counter's series in the service's Prometheus metrics. */
    private static double metric(String baseUri, String name) throws IOException, InterruptedException {
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUri + "/q/metrics"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        double sum = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    private static double averageChars(String url) throws SQLException {
        return scalar(url, "select avg(char_length(paragraphs::text) + char_length(sections::text)) from article");
    }

    private static long storedCount(String url) throws SQLException {
        return (long) scalar(url, "select count(*) from article");
    }

    /** From the first article stored to the last commit, by the rows' own timestamps. */
    private static double storeSpan(String url) throws SQLException {
        return scalar(url, "select extract(epoch from max(updated_at) - min(stored_at)) from article");
    }

    /** From the commit of the {@code skip}-th article (in commit order) to the last commit. */
    private static double storeSpanFrom(String url, long skip) throws SQLException {
        return scalar(url, "select extract(epoch from max(updated_at) - (select updated_at from article order by "
                + "updated_at offset " + Math.max(0, skip - 1) + " limit 1)) from article");
    }

    /** One number from the database; 0 while the service has not created its tables yet. */
    private static double scalar(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getDouble(1);
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                return 0;
            }
            throw e;
        }
    }

    private static void admin(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** Copies the tables' rows in chunks of {@value #CHUNK} articles; returns the seconds spent inserting. */
    private static double jdbcCopy(String sourceUrl, String targetUrl) throws SQLException {
        long nanos = 0;
        try (Connection s = DriverManager.getConnection(sourceUrl, "postgres", "postgres");
                Connection t = DriverManager.getConnection(targetUrl, "postgres", "postgres")) {
            t.setAutoCommit(false);
            Map<String, List<String[]>> columns = new HashMap<>();
            for (String table : TABLES) {
                columns.put(table, columns(s, table));
            }
            String after = "";
            while (true) {
                List<String> ids = new ArrayList<>();
                try (PreparedStatement ps = s.prepareStatement(
                        "select id from article where id > ? order by id limit " + CHUNK)) {
                    ps.setString(1, after);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(rs.getString(1));
                        }
                    }
                }
                if (ids.isEmpty()) {
                    return nanos / 1e9;
                }
                after = ids.get(ids.size() - 1);
                Map<String, List<String[]>> rows = new HashMap<>();
                for (String table : TABLES) {
                    rows.put(table, read(s, table, columns.get(table), ids));
                }
                long start = System.nanoTime();
                for (String table : TABLES) {
                    insert(t, table, columns.get(table), rows.get(table));
                }
                t.commit();
                nanos += System.nanoTime() - start;
            }
        }
    }

    /** The table's columns: name and type. */
    private static List<String[]> columns(Connection c, String table) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select column_name, format_type(atttypid, atttypmod)"
                + " from information_schema.columns join pg_attribute on attrelid = ?::regclass and attname = column_name"
                + " where table_name = ? order by ordinal_position")) {
            ps.setString(1, table);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(new String[] { rs.getString(1), rs.getString(2) });
                }
            }
        }
        return columns;
    }

    private static List<String[]> read(Connection c, String table, List<String[]> columns, List<String> ids)
            throws SQLException {
        String key = table.equals("article_person") ? "article_id" : "id";
        String select = String.join(", ", columns.stream().map(col -> col[0] + "::text").toList());
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "select " + select + " from " + table + " where " + key + " = any (?)")) {
            ps.setArray(1, c.createArrayOf("text", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String[] row = new String[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static void insert(Connection c, String table, List<String[]> columns, List<String[]> rows)
            throws SQLException {
        String names = String.join(", ", columns.stream().map(col -> col[0]).toList());
        String values = String.join(", ", columns.stream().map(col -> "cast(? as " + col[1] + ")").toList());
        try (PreparedStatement ps = c.prepareStatement("insert into " + table + " (" + names + ") values (" + values
                + ")")) {
            for (String[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    ps.setString(i + 1, row[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The replica's commit->queryable histogram since its start: bucket upper bound (seconds) to cumulative count. */
    private static TreeMap<Double, Double> histogram(String baseUri) throws IOException, InterruptedException {
        String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUri + "/q/metrics"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        TreeMap<Double, Double> buckets = new TreeMap<>();
        for (String line : metrics.split("\n")) {
            if (line.startsWith("query_commit_to_queryable_seconds_bucket{")) {
                String le = line.replaceAll(".*le=\"([^\"]+)\".*", "$1");
                double bound = le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
                buckets.merge(bound, Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)), Double::sum);
            }
        }
        return buckets;
    }

    /** The counts of {@code later} recorded since {@code earlier} (null: since the start). */
    private static TreeMap<Double, Double> minus(TreeMap<Double, Double> later, TreeMap<Double, Double> earlier) {
        TreeMap<Double, Double> out = new TreeMap<>(later);
        if (earlier != null) {
            earlier.forEach((bound, count) -> out.merge(bound, -count, Double::sum));
        }
        return out;
    }

    /** Quantiles of a cumulative histogram, as bucket upper bounds (seconds). */
    private static double[] quantiles(TreeMap<Double, Double> buckets, double... qs) {
        double total = buckets.isEmpty() ? 0 : buckets.lastEntry().getValue();
        double[] out = new double[qs.length];
        for (int i = 0; i < qs.length; i++) {
            out[i] = Double.NaN;
            for (Map.Entry<Double, Double> b : buckets.entrySet()) {
                if (b.getValue() >= qs[i] * total) {
                    out[i] = b.getKey();
                    break;
                }
            }
        }
        return out;
    }

    private static long count(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }
}
