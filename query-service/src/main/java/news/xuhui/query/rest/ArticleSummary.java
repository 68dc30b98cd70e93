package news.xuhui.query.rest;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import news.xuhui.query.search.SearchHit;
import news.xuhui.query.store.ArticleEntity;

/**
 * An article in a listing: the headline block, who and where, and the start of the text. Search hits also carry
 * their rank and the title and a snippet with the matches marked ({@code <mark>…</mark>}, HTML-escaped text).
 */
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
        Instant storedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Relevance (ts_rank_cd), only on search hits ranked by relevance") Float score,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Title with the matches marked, HTML-escaped", example = "<mark>徐汇</mark>区委全会")
        String highlightedTitle,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Text around the matches, marked, HTML-escaped",
                example = "…区委书记<mark>张建国</mark>主持会议。…") String snippet) {

    static final int EXCERPT_CHARS = 120;

    static ArticleSummary of(ArticleEntity a) {
        return new ArticleSummary(a.id, a.kicker, a.title, a.subtitle, a.authors, a.source, ArticleView.edition(a),
                a.sourceFileName, excerpt(a.paragraphs), a.storedAt, null, null, null);
    }

    static ArticleSummary of(SearchHit h) {
        ArticleEntity a = h.article();
        return new ArticleSummary(a.id, a.kicker, a.title, a.subtitle, a.authors, a.source, ArticleView.edition(a),
                a.sourceFileName, excerpt(a.paragraphs), a.storedAt, h.score(), h.highlightedTitle(), h.snippet());
    }

    static String excerpt(List<String> paragraphs) {
        if (paragraphs == null || paragraphs.isEmpty()) {
            return "";
        }
        String first = paragraphs.get(0);
        return first.length() <= EXCERPT_CHARS ? first : first.substring(0, EXCERPT_CHARS) + "…";
    }
}
