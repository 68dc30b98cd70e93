package news.xuhui.ingest.page;

import java.util.List;

import news.xuhui.parser.ParseWarning;
import news.xuhui.parser.ParsedPage;

/**
 * Something the parser was unsure of on a page, as {@code GET /api/files/{sha256}} reports it: the parser's
 * warning, with the id of the article concerned so that a reader can look it up downstream.
 *
 * @param article   the article's position on the page, or {@code null} for the page as a whole
 * @param articleId the article's id on news.articles, or {@code null} for the page as a whole
 * @param reason    the parser's stable code, e.g. {@code weak-boundary}
 * @param message   what was seen, in plain words
 */
public record PageWarning(Integer article, String articleId, String reason, String message) {

    public static List<PageWarning> of(ParsedPage page) {
        String sha = page.sourceFile().sha256();
        return page.warnings().stream().map(w -> of(w, sha)).toList();
    }

    static PageWarning of(ParseWarning w, String pageSha) {
        String id = w.article() == null || w.article() < 0 ? null : ArticleIds.of(pageSha, w.article());
        return new PageWarning(w.article(), id, w.reason(), w.message());
    }
}
