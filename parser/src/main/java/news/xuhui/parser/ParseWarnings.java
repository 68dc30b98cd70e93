package news.xuhui.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * The last stage: says, per page, which decisions were made on weak evidence, so that a person can look at those
 * articles first. A warning never changes the articles.
 */
final class ParseWarnings {

    /** Fewer body characters than this is short for an article (a brief has a few sentences). */
    static final int SHORT_BODY_CHARS = 40;
    /** At most this many warnings per page: past that, the page as a whole needs a look. */
    static final int MAX_WARNINGS = 50;

    private ParseWarnings() {
    }

    static List<ParseWarning> of(List<ArticleDraft> drafts, List<Article> articles, List<String> droppedHeadlines) {
        List<ParseWarning> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Article a = articles.get(i);
            ArticleDraft d = drafts.get(i);
            boolean headline = a.title() != null || a.kicker() != null || a.subtitle() != null;
            if (d.startedAtBreak && !headline) {
                out.add(new ParseWarning(i, ParseWarning.Reason.WEAK_BOUNDARY,
                        "this article was told apart from the one before only by a change of column width"));
            } else if (!headline && a.continuedFromPage() == null && !(i == 0 && articles.size() == 1)) {
                out.add(new ParseWarning(i, ParseWarning.Reason.NO_HEADLINE,
                        "no headline was found for this article, and it does not continue from another page"));
            }
            int chars = 0;
            for (String p : a.paragraphs()) {
                chars += p.length();
            }
            for (Section s : a.sections()) {
                for (String p : s.paragraphs()) {
                    chars += p.length();
                }
            }
            if (chars < SHORT_BODY_CHARS) {
                out.add(new ParseWarning(i, ParseWarning.Reason.SHORT_BODY,
                        "the article has only " + chars + " characters of text"));
            }
        }
        for (String h : droppedHeadlines) {
            out.add(new ParseWarning(null, ParseWarning.Reason.ORPHAN_HEADLINE,
                    "a headline matched no article text and was left out: " + h));
        }
        return out.size() > MAX_WARNINGS ? List.copyOf(out.subList(0, MAX_WARNINGS)) : out;
    }
}
