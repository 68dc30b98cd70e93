package news.xuhui.query.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Writes and removals read separately, each in feed order, are merged into the first entries of the feed. */
class FeedOrderTest {

    private static ArticleEntity at(long seq, boolean removed) {
        ArticleEntity a = new ArticleEntity();
        a.id = "a" + seq;
        a.feedSeq = seq;
        a.removed = removed;
        return a;
    }

    private static List<Long> seqs(List<ArticleEntity> entries) {
        return entries.stream().map(e -> e.feedSeq).toList();
    }

    @Test
    void mergedInFeedOrderUpToTheLimit() {
        List<ArticleEntity> written = List.of(at(1, false), at(2, false), at(5, false));
        List<ArticleEntity> removed = List.of(at(3, true), at(4, true), at(6, true));
        assertEquals(List.of(1L, 2L, 3L, 4L), seqs(ArticleFeedSql.firstInFeedOrder(written, removed, 4)));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), seqs(ArticleFeedSql.firstInFeedOrder(written, removed, 10)));
        assertEquals(List.of(3L, 4L), seqs(ArticleFeedSql.firstInFeedOrder(List.of(), removed, 2)));
        assertEquals(List.of(), ArticleFeedSql.firstInFeedOrder(List.of(), List.of(), 5));
    }
}
