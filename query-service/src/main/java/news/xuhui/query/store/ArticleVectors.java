package news.xuhui.query.store;

import java.util.ArrayList;
import java.util.List;

import news.xuhui.query.text.CjkText;
import news.xuhui.query.text.SearchTerms;
import news.xuhui.query.text.SearchVector;

/**
 * What is written with every article for search: the index terms of its text ({@link SearchTerms}, the
 * {@code article_search.terms} column), and the small {@code tsvector} its relevance is ranked on. Built here, on the
 * write side; search only reads them, and checks candidates on the same {@link #texts}.
 */
public final class ArticleVectors {

    /** Characters of the first paragraph that count for relevance, with the headline block. */
    static final int LEAD_CHARS = 30;

    private ArticleVectors() {
    }

    /** What the search index holds of an article: the terms of all its {@link #texts}. */
    public static SearchTerms search(ArticleEntity a) {
        return new SearchTerms().addAll(texts(a));
    }

    /**
     * The texts of an article search finds it by, each on its own (no word spans two): kicker, title, subtitle,
     * authors, source, paragraphs, and each section's heading and paragraphs.
     */
    public static List<String> texts(ArticleEntity a) {
        List<String> t = new ArrayList<>();
        t.add(a.kicker);
        t.add(a.title);
        t.add(a.subtitle);
        if (a.authors != null) {
            t.addAll(a.authors);
        }
        t.add(a.source);
        if (a.paragraphs != null) {
            t.addAll(a.paragraphs);
        }
        for (Section s : sections(a)) {
            t.add(s.heading());
            if (s.paragraphs() != null) {
                t.addAll(s.paragraphs());
            }
        }
        t.removeIf(x -> x == null || x.isBlank());
        return t;
    }

    /**
     * Whether any of the article's {@link #texts} holds a character that normalises to a Han character other than
     * itself ({@link CjkText#foldsAnyToHan}): without one, a text lacking a Han word as stored lacks it normalised too,
     * so the database rules out a candidate that does not hold a searched word as it is, without reading its text again.
     */
    public static boolean foldsToHan(ArticleEntity a) {
        return texts(a).stream().anyMatch(CjkText::foldsAnyToHan);
    }

    /**
     * What relevance is ranked on: the headline block, byline, headings and the start of the lead, weighted as in
     * the old cutting of {@link SearchVector}. Small enough to stay in the row, so ranking a window of matches reads no TOAST.
     */
    public static SearchVector rank(ArticleEntity a) {
        SearchVector v = headlineAndByline(a);
        for (Section s : sections(a)) {
            v.add(s.heading(), SearchVector.Weight.B);
        }
        if (a.paragraphs != null && !a.paragraphs.isEmpty() && a.paragraphs.get(0) != null) {
            String lead = a.paragraphs.get(0);
            v.add(lead.substring(0, lead.offsetByCodePoints(0, Math.min(LEAD_CHARS, lead.codePointCount(0,
                    lead.length())))), SearchVector.Weight.D);
        }
        return v;
    }

    /** The headline block (weighs most), then byline and source: how both vectors begin. */
    private static SearchVector headlineAndByline(ArticleEntity a) {
        return new SearchVector()
                .add(a.kicker, SearchVector.Weight.A)
                .add(a.title, SearchVector.Weight.A)
                .add(a.subtitle, SearchVector.Weight.A)
                .addAll(a.authors, SearchVector.Weight.B)
                .add(a.source, SearchVector.Weight.B);
    }

    private static List<Section> sections(ArticleEntity a) {
        return a.sections == null ? List.of() : a.sections;
    }
}
