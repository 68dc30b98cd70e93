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
import java.util.List;
import java.util.Locale;
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
 * are reported.
 */
final class BatchLoad {

    static final int BATCH = 500;
    static final ObjectMapper JSON = new ObjectMapper();

    static final String ARTICLE = """
            insert into article (id, page_id, ordinal, schema_version, paper, edition_date, page, title, authors,
                source, paragraphs, sections, people, parser_version, stored_at, updated_at, rank_vector,
                search_version, feed_seq)
            values (?, ?, ?, 1, ?, ?, ?, ?, cast(? as jsonb), ?, cast(? as jsonb), '[]', cast(? as jsonb), 'bench', ?,
                ?, cast(? as tsvector), ?, nextval('article_feed_seq'))""";
    /** The columns of ArticleWriteSql's search row. */
    static final String SEARCH = """
            insert into article_search (id, edition_date, stored_at, paper, page, source, people, authors, terms)
            values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as int4[]))""";
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
        List<String> indexes = new ArrayList<>();
        boolean rebuild = have == 0;
        if (rebuild) {
            try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                    Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("""
                        select i.indexname, i.indexdef from pg_indexes i join pg_class ic on ic.relname = i.indexname
                        join pg_index x on x.indexrelid = ic.oid
                        where i.schemaname = 'public' and i.tablename in ('article', 'article_search', 'article_person')
                          and not x.indisprimary and not x.indisunique""")) {
                    while (rs.next()) {
                        indexes.add(rs.getString(2));
                    }
                }
                for (String def : indexes) {
                    String name = def.replaceAll("^CREATE INDEX (\\S+) .*$", "$1");
                    s.execute("drop index " + name);
                }
            }
        }
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
            for (String def : indexes) {
                s.execute(def);
            }
            s.execute("vacuum analyze article");
            s.execute("vacuum analyze article_search");
            s.execute("vacuum analyze article_person");
        }
        return new Report(articles - have, load, (System.nanoTime() - indexStart) / 1e9, rebuild);
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
