package news.xuhui.query.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import news.xuhui.query.store.ArticleStore;
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

    /** @return true when the article was new */
    @Transactional
    public boolean write(ArticleEvent event) {
        return articles.upsert(EventMapper.article(event));
    }

    /** @return true when there was such an article */
    @Transactional
    public boolean remove(String articleId) {
        return articles.remove(articleId);
    }

    /** @return true when the page was new */
    @Transactional
    public boolean write(PageEvent event) {
        return pages.upsert(EventMapper.page(event));
    }
}
