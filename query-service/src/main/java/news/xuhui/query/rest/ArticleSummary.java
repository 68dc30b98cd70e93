package news.xuhui.query.rest;

import java.time.Instant;
import java.util.List;

import news.xuhui.query.store.ArticleEntity;

/** An article in a listing: the headline block, who and where, and the start of the text. */
public record ArticleSummary(
        String id,
        String kicker,
        String title,
        String subtitle,
        List<String> authors,
        String source,
        ArticleView.EditionView edition,
        String sourceFileName,
        String excerpt,
        Instant storedAt) {

    static final int EXCERPT_CHARS = 120;

    static ArticleSummary of(ArticleEntity a) {
        return new ArticleSummary(a.id, a.kicker, a.title, a.subtitle, a.authors, a.source, ArticleView.edition(a),
                a.sourceFileName, excerpt(a.paragraphs), a.storedAt);
    }

    static String excerpt(List<String> paragraphs) {
        if (paragraphs == null || paragraphs.isEmpty()) {
            return "";
        }
        String first = paragraphs.get(0);
        return first.length() <= EXCERPT_CHARS ? first : first.substring(0, EXCERPT_CHARS) + "…";
    }
}
