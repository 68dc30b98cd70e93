package news.xuhui.query.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;

import news.xuhui.query.store.ArticleEntity;
import news.xuhui.query.store.ArticleVectors;
import news.xuhui.query.text.SearchVector;

/**
 * Loads the corpus straight into the store, bypassing Kafka: the rows and columns ArticleWriteSql writes (article,
 * article_search, article_person; the vectors built by the store's own ArticleVectors), as JDBC batches that the
 * driver rewrites into multi-row inserts (reWriteBatchedInserts), two writer threads, synchronous_commit off. Into an
 * empty store the secondary indexes are dropped first and built after the load (as a restore would), and both times
 * are reported; a load cut short resumes (rows there are skipped) and builds what indexes are missing.
 */
final class BatchLoad {

    static final int BATCH = 500;
    static final ObjectMapper JSON = new ObjectMapper();

    static final String ARTICLE = """
            insert into article (id, page_id, ordinal, schema_version, paper, edition_date, page, title, authors,
                source, paragraphs, sections, people, parser_version, stored_at, updated_at, rank_vector,
                search_version, folds_to_han, feed_seq)
            values (?, ?, ?, 1, ?, ?, ?, ?, cast(? as jsonb), ?, cast(? as jsonb), '[]', cast(? as jsonb), 'bench', ?,
                ?, cast(? as tsvector), ?, ?, nextval('article_feed_seq'))
            on conflict (id) do nothing""";
    /** The columns of ArticleWriteSql's search row. */
    static final String SEARCH = """
            insert into article_search (id, edition_date, stored_at, paper, page, source, people, authors, terms)
            values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as int4[]))
            on conflict (id) do nothing""";
    static final String PERSON = "insert into article_person (name, article_id) values (?, ?) on conflict do nothing";

    record Report(long articles, double loadSeconds, double indexSeconds, boolean indexesRebuilt) {
    }

    static ArticleEntity entity(RealCorpus.Doc d) {
        ArticleEntity a = new ArticleEntity();
        a.id = d.id();
        a.paper = "徐汇报";
        a.editionDate = d.date();
        a.page = d.page();
        a.title = d.title();
        a.authors = d.authors();
        a.source = d.source();
        a.paragraphs = d.paragraphs();
        a.sections = List.of();
        a.people = d.people();
        return a;
    }

    static Report load(RealCorpus corpus, String url, int articles, int threads) throws Exception {
        long have;
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from article")) {
            rs.next();
            have = rs.getLong(1);
        }
        if (have >= articles) {
            return new Report(have, 0, 0, false);
        }
        // the secondary indexes the migrations create (on the tables loaded here): dropped before loading an empty
        // store, and whichever is missing (a load cut short and resumed) built after the load
        Map<String, String> expected = migrationIndexes();
        boolean rebuild = have == 0;
        if (rebuild) {
            try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                    Statement s = c.createStatement()) {
                for (String name : existing(c)) {
                    if (expected.containsKey(name)) {
                        s.execute("drop index " + name);
                    }
                }
            }
        }
        // a resumed load starts a little before the count (the writers' progress differs by a few batches); rows
        // already there are skipped
        have = Math.max(0, have - 20_000L);
        long start = System.nanoTime();
        AtomicLong done = new AtomicLong();
        int from = (int) have;
        List<Thread> workers = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = from + t;
            Thread w = new Thread(() -> {
                try {
                    write(corpus, url, first, articles, threads, done);
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }, "bench-load-" + t);
            workers.add(w);
            w.start();
        }
        long last = System.nanoTime();
        while (workers.stream().anyMatch(Thread::isAlive)) {
            Thread.sleep(500);
            if (System.nanoTime() - last > 10e9) {
                last = System.nanoTime();
                System.out.printf(Locale.ROOT, "load: %6.0f s  %d of %d%n", (last - start) / 1e9, done.get() + have,
                        articles);
            }
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        double load = (System.nanoTime() - start) / 1e9;
        long indexStart = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("set maintenance_work_mem = '2GB'");
            List<String> there = existing(c);
            for (var e : expected.entrySet()) {
                if (!there.contains(e.getKey())) {
                    s.execute(e.getValue());
                }
            }
            s.execute("vacuum analyze article");
            s.execute("vacuum analyze article_search");
            s.execute("vacuum analyze article_person");
        }
        return new Report(articles - have, load, (System.nanoTime() - indexStart) / 1e9, true);
    }

    static List<String> existing(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select indexname from pg_indexes where schemaname = 'public'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** name → create statement of each non-unique index the migrations leave on article, article_search, article_person. */
    static Map<String, String> migrationIndexes() throws java.io.IOException {
        Map<String, String> out = new LinkedHashMap<>();
        Pattern create = Pattern.compile(
                "(?i)^create index (?:if not exists )?(\\w+) on (article|article_search|article_person) .*;$");
        Pattern drop = Pattern.compile("(?i)^drop index (?:if exists )?(\\w+);$");
        try (var files = Files.list(Path.of(System.getProperty("migrations")))) {
            for (Path f : files.sorted(java.util.Comparator.comparingInt(
                    p -> Integer.parseInt(p.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1")))).toList()) {
                for (String line : Files.readAllLines(f)) {
                    Matcher m = create.matcher(line.strip());
                    if (m.matches()) {
                        out.put(m.group(1), line.strip());
                    }
                    m = drop.matcher(line.strip());
                    if (m.matches()) {
                        out.remove(m.group(1));
                    }
                }
            }
        }
        return out;
    }

    private static void write(RealCorpus corpus, String url, int first, int end, int step, AtomicLong done)
            throws SQLException {
        try (Connection c = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?")
                + "reWriteBatchedInserts=true", "postgres", "postgres")) {
            try (Statement s = c.createStatement()) {
                s.execute("set synchronous_commit = off");
            }
            c.setAutoCommit(false);
            try (PreparedStatement art = c.prepareStatement(ARTICLE); PreparedStatement search = c.prepareStatement(SEARCH);
                    PreparedStatement person = c.prepareStatement(PERSON)) {
                int n = 0;
                Timestamp now = Timestamp.from(Instant.now());
                for (int i = first; i < end; i += step) {
                    ArticleEntity a = entity(corpus.doc(i));
                    String authors = json(a.authors);
                    String people = json(a.people);
                    int k = 0;
                    art.setString(++k, a.id);
                    art.setString(++k, "bench-" + a.editionDate + "-" + a.page);
                    art.setInt(++k, i % 6);
                    art.setString(++k, a.paper);
                    art.setObject(++k, a.editionDate);
                    art.setInt(++k, a.page);
                    art.setString(++k, a.title);
                    art.setString(++k, authors);
                    art.setString(++k, a.source);
                    art.setString(++k, json(a.paragraphs));
                    art.setString(++k, people);
                    art.setTimestamp(++k, now);
                    art.setTimestamp(++k, now);
                    art.setString(++k, ArticleVectors.rank(a).toLiteral());
                    art.setInt(++k, SearchVector.VERSION);
                    art.setBoolean(++k, ArticleVectors.foldsToHan(a));
                    art.addBatch();
                    k = 0;
                    search.setString(++k, a.id);
                    search.setObject(++k, a.editionDate);
                    search.setTimestamp(++k, now);
                    search.setString(++k, a.paper);
                    search.setInt(++k, a.page);
                    search.setString(++k, a.source);
                    search.setString(++k, people);
                    search.setString(++k, authors);
                    search.setString(++k, ArticleVectors.search(a).toLiteral());
                    search.addBatch();
                    for (String p : a.people) {
                        person.setString(1, p);
                        person.setString(2, a.id);
                        person.addBatch();
                    }
                    if (++n % BATCH == 0) {
                        flush(c, art, search, person);
                        done.addAndGet(BATCH);
                    }
                }
                flush(c, art, search, person);
                done.addAndGet(n % BATCH);
            }
        }
    }

    private static void flush(Connection c, PreparedStatement art, PreparedStatement search, PreparedStatement person)
            throws SQLException {
        art.executeBatch();
        search.executeBatch();
        person.executeBatch();
        c.commit();
    }

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
