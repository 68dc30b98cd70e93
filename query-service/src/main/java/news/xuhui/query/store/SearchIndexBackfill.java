package news.xuhui.query.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import news.xuhui.query.text.SearchVector;

/**
 * Indexes the rows stored before search existed (or by an older {@link SearchVector#VERSION}): their terms, rank
 * vector and people rows. Runs in the background at start-up, in small transactions; a row the consumer rewrites meanwhile is
 * skipped, since the consumer indexed it already.
 */
@ApplicationScoped
public class SearchIndexBackfill {

    private static final Logger LOG = Logger.getLogger(SearchIndexBackfill.class);
    static final int BATCH = 200;

    /** The article's search row, from its stored columns and freshly built terms (the one bind value). */
    static final String SEARCH_ROW = """
            insert into article_search (id, edition_date, stored_at, paper, page, source, people, authors, terms)
            select a.id, a.edition_date, a.stored_at, a.paper, a.page, a.source, a.people, a.authors,
                cast(? as int4[]) from article a where a.id = ?
            """ + ArticleWriteSql.SEARCH_ROW_REPLACES;

    @Inject
    DataSource dataSource;

    @Inject
    ManagedExecutor executor;

    /** In the background on Quarkus' worker pool: start-up and the consumer do not wait for it. */
    void onStart(@Observes StartupEvent event) {
        executor.runAsync(this::run);
    }

    /** Re-indexes until no stale row is left; returns how many rows it indexed (flags filled included). */
    public int run() {
        int done = 0;
        try {
            int n;
            while ((n = batch()) > 0) {
                done += n;
            }
            if (done > 0) {
                LOG.infof("search index: %d stored articles (re)indexed", done);
            }
            int flagged = 0;
            while ((n = foldsBatch()) > 0) {
                flagged += n;
            }
            if (flagged > 0) {
                LOG.infof("search index: folds_to_han set on %d stored articles", flagged);
            }
            done += flagged;
        } catch (SQLException | RuntimeException e) {
            LOG.warn("search index backfill stopped; it resumes at the next start", e);
        }
        return done;
    }

    /**
     * Sets {@code folds_to_han} on rows stored before it existed (migration V12), without re-indexing them: the flag is
     * all they lack.
     */
    private int foldsBatch() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<ArticleEntity> unknown = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select " + ArticleRows.COLUMNS
                    + " from article a where a.folds_to_han is null limit ? for update skip locked")) {
                ps.setInt(1, BATCH);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        unknown.add(ArticleRows.read(rs));
                    }
                }
            }
            try (PreparedStatement flag = c.prepareStatement("update article set folds_to_han = ? where id = ?")) {
                for (ArticleEntity a : unknown) {
                    flag.setBoolean(1, ArticleVectors.foldsToHan(a));
                    flag.setString(2, a.id);
                    flag.addBatch();
                }
                flag.executeBatch();
            }
            c.commit();
            return unknown.size();
        }
    }

    private int batch() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<ArticleEntity> stale = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select " + ArticleRows.COLUMNS
                    + ", a.people from article a where a.search_version < ? limit ? for update skip locked")) {
                ps.setInt(1, SearchVector.VERSION);
                ps.setInt(2, BATCH);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ArticleEntity a = ArticleRows.read(rs);
                        a.people = ArticleRows.json(rs.getString("people"), new com.fasterxml.jackson.core.type.TypeReference<List<String>>() {
                        });
                        stale.add(a);
                    }
                }
            }
            try (PreparedStatement rank = c.prepareStatement(
                    "update article set rank_vector = cast(? as tsvector), search_version = ?, folds_to_han = ?"
                            + " where id = ?");
                    PreparedStatement search = c.prepareStatement(SEARCH_ROW)) {
                for (ArticleEntity a : stale) {
                    rank.setString(1, ArticleVectors.rank(a).toLiteral());
                    rank.setInt(2, SearchVector.VERSION);
                    rank.setBoolean(3, ArticleVectors.foldsToHan(a));
                    rank.setString(4, a.id);
                    rank.addBatch();
                    search.setString(1, ArticleVectors.search(a).toLiteral());
                    search.setString(2, a.id);
                    search.addBatch();
                    ArticleWriteSql.syncPeople(c, a.id, a.people);
                }
                rank.executeBatch();
                search.executeBatch();
            }
            c.commit();
            return stale.size();
        }
    }
}
