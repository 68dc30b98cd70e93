package news.xuhui.query.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import news.xuhui.infra.InfraTestResource;

/**
 * Batches written at once by several writers (consumer threads or replicas) write their rows side by side and take
 * their feed numbers in commit order: a follower that only ever asks for "after the highest number I have seen", as the
 * article stream does, misses none of them.
 */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class BatchFeedOrderTest {

    static final int WRITERS = 3;
    static final int BATCHES = 15;
    static final int ARTICLES = 20;

    @Inject
    DataSource dataSource;

    static ArticleEntity article(String id, String title, String person) {
        ArticleEntity a = new ArticleEntity();
        a.id = id;
        a.pageId = "page-" + id;
        a.ordinal = 1;
        a.schemaVersion = 1;
        a.sourceFileName = "batch.txt";
        a.sourceEncoding = "UTF-8";
        a.title = title;
        a.authors = List.of();
        a.paragraphs = List.of(title + "的正文。");
        a.sections = List.of();
        a.people = List.of(person, " " + person + " ");
        a.parserVersion = "test";
        a.parsedAt = Instant.now();
        return a;
    }

    @Test
    void aFollowerOfTheFeedMissesNoArticleOfBatchesWrittenAtOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long start = lastFeedSeq();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        try {
            Future<Set<String>> follower = pool.submit(() -> {
                Set<String> seen = new HashSet<>();
                long last = start;
                boolean more = true;
                while (more) {
                    more = writing.get(); // one more pass after the writers are done
                    last = follow(last, seen, run);
                }
                return seen;
            });
            List<Future<List<String>>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> writeBatches(run, writer)));
            }
            Set<String> written = new HashSet<>();
            for (Future<List<String>> f : writers) {
                written.addAll(f.get());
            }
            writing.set(false);
            Set<String> seen = follower.get();
            assertEquals(WRITERS * BATCHES * ARTICLES, written.size());
            Set<String> missed = new HashSet<>(written);
            missed.removeAll(seen);
            assertTrue(missed.isEmpty(), "the follower missed " + missed.size() + " articles, e.g. " + missed.stream()
                    .limit(5).toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBatchStoresItsPeopleOnceEachAndRewritingItReplacesThem() throws SQLException {
        String id = "b" + UUID.randomUUID().toString().substring(0, 8) + "-00";
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            ArticleWriteSql.Outcome first = ArticleWriteSql.write(c, List.of(article(id, "第一稿", "甲乙丙")), List.of(),
                    Instant.now());
            c.commit();
            assertEquals(new ArticleWriteSql.Outcome(1, 0, 0, 0), first);
            assertEquals(List.of("甲乙丙"), people(c, id));
            ArticleWriteSql.Outcome second = ArticleWriteSql.write(c, List.of(article(id, "第二稿", "丁戊己")),
                    List.of("absent-" + id), Instant.now());
            c.commit();
            assertEquals(new ArticleWriteSql.Outcome(0, 1, 0, 1), second);
            assertEquals(List.of("丁戊己"), people(c, id));
            ArticleWriteSql.Outcome removal = ArticleWriteSql.write(c, List.of(), List.of(id), Instant.now());
            c.commit();
            assertEquals(new ArticleWriteSql.Outcome(0, 0, 1, 0), removal);
            assertEquals(List.of(), people(c, id));
        }
    }

    @Test
    void aBatchOfSeveralChunksStoresEachArticleWithItsOwnTermsAndPeople() throws SQLException {
        String run = "k" + UUID.randomUUID().toString().substring(0, 8);
        int n = 2 * ArticleWriteSql.CHUNK + 7;
        List<ArticleEntity> batch = new ArrayList<>();
        List<int[]> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // texts of different lengths, so that a slice shifted by one article would hold other terms
            String text = "分块写入" + "甲乙丙丁戊己庚辛壬癸".substring(0, 1 + i % 10) + " n" + i;
            ArticleEntity a = article(String.format("%s-%03d", run, i), text, "人名" + i);
            a.paragraphs = i % 7 == 0 ? List.of() : a.paragraphs;
            batch.add(a);
        }
        for (ArticleEntity a : batch) {
            expected.add(ArticleVectors.search(a).codes());
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            ArticleWriteSql.Outcome outcome = ArticleWriteSql.write(c, batch, List.of(), Instant.now());
            c.commit();
            assertEquals(new ArticleWriteSql.Outcome(n, 0, 0, 0), outcome);
            try (PreparedStatement ps = c.prepareStatement("select s.terms, a.feed_seq from article_search s"
                    + " join article a using (id) where s.id = ?")) {
                for (int i = 0; i < n; i++) {
                    ps.setString(1, batch.get(i).id);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertTrue(rs.next(), "article " + i + " not stored");
                        Integer[] terms = (Integer[]) rs.getArray(1).getArray();
                        assertEquals(java.util.Arrays.toString(expected.get(i)), java.util.Arrays.toString(terms),
                                "terms of article " + i);
                        assertTrue(rs.getLong(2) > 0, "article " + i + " has no feed number");
                    }
                    assertEquals(List.of("人名" + i), people(c, batch.get(i).id));
                }
            }
        }
    }

    private List<String> writeBatches(String run, int writer) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            for (int b = 0; b < BATCHES; b++) {
                List<ArticleEntity> batch = new ArrayList<>();
                for (int i = 0; i < ARTICLES; i++) {
                    String id = run + "-" + writer + "-" + b + "-" + i;
                    batch.add(article(id, "并发写入 " + id, "作者" + i));
                    ids.add(id);
                }
                ArticleWriteSql.write(c, batch, List.of(), Instant.now());
                c.commit();
            }
        }
        return ids;
    }

    /** One read of the feed after {@code last}, as the stream does it; returns the highest number seen. */
    private long follow(long last, Set<String> seen, String run) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select id, feed_seq from article where feed_seq > ? order by feed_seq")) {
            ps.setLong(1, last);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1).startsWith(run)) {
                        seen.add(rs.getString(1));
                    }
                    last = Math.max(last, rs.getLong(2));
                }
            }
        }
        return last;
    }

    private long lastFeedSeq() throws SQLException {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery("select coalesce(max(feed_seq), 0) from article")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> people(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select name from article_person where article_id = ? order by name")) {
            ps.setString(1, id);
            List<String> names = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        }
    }
}
