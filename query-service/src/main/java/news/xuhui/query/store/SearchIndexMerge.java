package news.xuhui.query.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;

/**
 * Merges the search index's pending list into the index, in the background. A GIN index with fast update (the
 * default) first appends a new row's terms to a pending list, which is cheap, and merges the list into the index once
 * it outgrows {@code gin_pending_list_limit} (4 MB, about 200 articles here). That merge is most of a write's cost, and
 * without this job it falls to whichever consumer batch crosses the limit: that batch then commits up to seconds late,
 * which was most of the p99 of commit→queryable. Merged here, on a connection of its own, at most a merge's worth of
 * entries waits, and the consumer's batches only append. Every search also reads the whole pending list, so keeping
 * it short keeps searches fast. Several replicas may run it at once: a merge that finds another one running waits for
 * it and then finds little left.
 */
@ApplicationScoped
public class SearchIndexMerge {

    private static final Logger LOG = Logger.getLogger(SearchIndexMerge.class);

    /** Returns the pending-list pages it merged (0: the list was empty). */
    static final String MERGE = "select gin_clean_pending_list('article_search_terms_idx'::regclass)";

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry metrics;

    /** Whether the last run failed: one warning per outage, not one a second. */
    private volatile boolean failing;

    @Scheduled(identity = "search-index-merge", every = "${xuhui.search.index-merge-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            merge();
            if (failing) {
                LOG.info("search index merge: working again");
                failing = false;
            }
        } catch (SQLException e) {
            // the database being away is reported by the readiness check and waited out by the consumer; next run retries
            if (!failing) {
                LOG.warnf("search index merge failed (%s); retrying every run", TransientFailures.describe(e));
                failing = true;
            }
        }
    }

    /** Merges the pending list now; returns how many of its pages were merged. */
    public long merge() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(MERGE)) {
            rs.next();
            long pages = rs.getLong(1);
            metrics.counter("query.search.index.merged.pages", "index", "article_search_terms_idx").increment(pages);
            return pages;
        }
    }
}
