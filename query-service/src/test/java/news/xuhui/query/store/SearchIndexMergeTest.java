package news.xuhui.query.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import news.xuhui.infra.InfraTestResource;

/** The terms of newly stored articles do not wait in the index's pending list for a writer to merge them. */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class SearchIndexMergeTest {

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry metrics;

    @Inject
    SearchIndexMerge merge;

    @Test
    void theBackgroundMergeEmptiesThePendingListSoonAfterAWrite() throws Exception {
        double mergedBefore = merged();
        try (Connection c = dataSource.getConnection()) {
            try (Statement st = c.createStatement()) {
                st.execute("create extension if not exists pgstattuple");
            }
            c.setAutoCommit(false);
            String run = "m" + UUID.randomUUID().toString().substring(0, 8);
            List<ArticleEntity> batch = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                batch.add(BatchFeedOrderTest.article(run + "-" + i, "合并待处理列表 " + run + i, "作者" + i));
            }
            ArticleWriteSql.write(c, batch, List.of(), Instant.now());
            c.commit();
            c.setAutoCommit(true);
            // 30 articles stay far below the 4 MB at which a writer merges the list itself
            long deadline = System.nanoTime() + 15_000_000_000L;
            while (pendingPages(c) > 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertEquals(0, pendingPages(c), "pages still pending in the search index 15 s after the write");
        }
        assertTrue(merged() > mergedBefore, "the merge job reported no merged page");
        assertEquals(0, merge.merge(), "a merge right after one finds nothing left");
    }

    private double merged() {
        var counter = metrics.find("query.search.index.merged.pages").counter();
        return counter == null ? 0 : counter.count();
    }

    private static long pendingPages(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select pending_pages from pgstatginindex('article_search_terms_idx')")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
