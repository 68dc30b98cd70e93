package news.xuhui.query.store;

import java.util.List;

import news.xuhui.query.text.SearchVector;

/**
 * The two {@code tsvector}s written with every article: what the search index holds of it, and the small one its
 * relevance is ranked on. Built here, on the write side, from the terms {@link SearchVector} cuts; search only reads
 * them.
 */
public final class ArticleVectors {

    /** Characters of the first paragraph that count for relevance, with the headline block. */
    static final int LEAD_CHARS = 30;

    private ArticleVectors() {
    }

    /** What the search index holds of an article: the headline block weighs most, then byline and headings. */
    public static SearchVector search(ArticleEntity a) {
        SearchVector v = headlineAndByline(a).addAll(a.paragraphs, SearchVector.Weight.D);
        for (Section s : sections(a)) {
            v.add(s.heading(), SearchVector.Weight.B);
            v.addAll(s.paragraphs(), SearchVector.Weight.D);
        }
        return v;
    }

    /**
     * What relevance is ranked on: the headline block, byline, headings and the start of the lead, weighted as in
     * {@link #search}. Small enough to stay in the row, so ranking a window of matches reads no TOAST.
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
