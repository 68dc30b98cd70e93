package news.xuhui.query.search;

import news.xuhui.query.store.ArticleEntity;

/**
 * One hit: the article (listing columns only: no people, no parser metadata), its rank, and the title and a snippet
 * of the text with the matches marked (null without search text).
 */
public record SearchHit(ArticleEntity article, Float score, String highlightedTitle, String snippet) {
}
