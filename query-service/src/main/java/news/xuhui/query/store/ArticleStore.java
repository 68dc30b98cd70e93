package news.xuhui.query.store;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/**
 * The articles: read by id through Panache ({@link ArticleEntity} is an active record); written, removed and read in
 * feed order in native SQL ({@link ArticleWriteSql}, {@link ArticleFeedSql}), where PostgreSQL's own features are the
 * point.
 */
@ApplicationScoped
public class ArticleStore {

    @Inject
    ArticleWriteSql writes;

    @Inject
    ArticleFeedSql feed;

    /** The whole article, or null. */
    public ArticleEntity byId(String id) {
        try {
            return ArticleEntity.findById(id);
        } catch (PersistenceException e) {
            throw new StoreException("cannot read article " + id, e);
        }
    }

    /**
     * Inserts or replaces the articles and deletes the removed ones, each id at most once; idempotent for replays.
     * Their followers hear of them once the caller's transaction has committed (see {@link ArticleFeed}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ArticleWriteSql.Outcome write(List<ArticleEntity> articles, List<String> removals) {
        return writes.write(articles, removals);
    }

    /** Up to {@code limit} entries of the feed after feed number {@code after}, oldest first. */
    public List<ArticleEntity> after(long after, int limit) {
        return feed.after(after, limit);
    }

    /** The feed number of the latest write or removal, 0 when nothing was ever stored. */
    public long lastFeedSeq() {
        return feed.lastFeedSeq();
    }
}
