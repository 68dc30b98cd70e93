package news.xuhui.query.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import news.xuhui.query.store.ArticleStore;

/** One database transaction per attempt to store an event, so that a failed attempt leaves nothing behind. */
@ApplicationScoped
public class ArticleWriter {

    @Inject
    ArticleStore store;

    /** @return true when the article was new */
    @Transactional
    public boolean write(ArticleEvent event) {
        return store.upsert(event);
    }
}
