package news.xuhui.query.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reads the article feed (writes and removals in feed-number order) in native SQL: two key-ordered range scans merged
 * here, on the numbers {@link ArticleWriteSql} takes from a PostgreSQL sequence under an advisory lock. Plain JDBC:
 * the stream's followers read it off the request, with no persistence context to keep.
 */
@ApplicationScoped
public class ArticleFeedSql {

    /** Articles written after a feed number, in feed order. */
    private static final String AFTER = "select " + ArticleRows.COLUMNS
            + " from article a where a.feed_seq > ? order by a.feed_seq limit ?";

    /** Removals after a feed number, in feed order. */
    private static final String REMOVED_AFTER = """
            select feed_seq, id from article_removal where feed_seq > ? order by feed_seq limit ?
            """;

    @Inject
    DataSource dataSource;

    /**
     * Up to {@code limit} entries of the feed after feed number {@code after}, oldest first: articles written and
     * articles removed ({@link ArticleEntity#removed}).
     */
    public List<ArticleEntity> after(long after, int limit) {
        List<ArticleEntity> written = new ArrayList<>();
        List<ArticleEntity> removed = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(AFTER)) {
                ps.setLong(1, after);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        written.add(ArticleRows.read(rs));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(REMOVED_AFTER)) {
                ps.setLong(1, after);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ArticleEntity r = new ArticleEntity();
                        r.feedSeq = rs.getLong(1);
                        r.id = rs.getString(2);
                        r.removed = true;
                        removed.add(r);
                    }
                }
            }
        } catch (SQLException ex) {
            throw new StoreException("cannot read the articles written after " + after, ex);
        }
        return firstInFeedOrder(written, removed, limit);
    }

    /** The first {@code limit} of two lists each in feed order: each holds its own first {@code limit} entries. */
    static List<ArticleEntity> firstInFeedOrder(List<ArticleEntity> a, List<ArticleEntity> b, int limit) {
        List<ArticleEntity> out = new ArrayList<>(Math.min(limit, a.size() + b.size()));
        int i = 0;
        int j = 0;
        while (out.size() < limit && (i < a.size() || j < b.size())) {
            boolean takeA = j >= b.size() || (i < a.size() && a.get(i).feedSeq < b.get(j).feedSeq);
            out.add(takeA ? a.get(i++) : b.get(j++));
        }
        return out;
    }

    /** The feed number of the latest write or removal, 0 when nothing was ever stored. */
    public long lastFeedSeq() {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select greatest((select coalesce(max(feed_seq), 0) from article),"
                        + " (select coalesce(max(feed_seq), 0) from article_removal))")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException ex) {
            throw new StoreException("cannot read the latest feed number", ex);
        }
    }

}
