package news.xuhui.query.messaging;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import news.xuhui.query.store.ArticleEntity;
import news.xuhui.query.store.ArticleStore;
import news.xuhui.query.store.ArticleWriteSql;
import news.xuhui.query.store.PageWriteSql;

/**
 * One database transaction per attempt to store an event, so that a failed attempt leaves nothing behind. The event
 * is mapped to the store's own record here, at the boundary.
 */
@ApplicationScoped
public class EventWriter {

    @Inject
    ArticleStore articles;

    @Inject
    PageWriteSql pages;

    /** Stores a batch: the articles written, the removed ones deleted, each id at most once. */
    @Transactional
    public ArticleWriteSql.Outcome write(List<ArticleEntity> articles, List<String> removals) {
        return this.articles.write(articles, removals);
    }

    /** @return true when the page was new */
    @Transactional
    public boolean write(PageEvent event) {
        return pages.upsert(EventMapper.page(event));
    }
}
