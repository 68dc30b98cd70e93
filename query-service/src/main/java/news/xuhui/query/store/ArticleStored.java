package news.xuhui.query.store;

/** CDI event: an article was written; observers that need the commit use {@code TransactionPhase.AFTER_SUCCESS}. */
public record ArticleStored(ArticleEntity article, boolean created) {
}
