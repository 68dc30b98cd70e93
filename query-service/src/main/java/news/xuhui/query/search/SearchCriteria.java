package news.xuhui.query.search;

import java.time.LocalDate;

/**
 * A validated search request: optional text plus optional filters, all combinable. {@code query} is null when no
 * text was given; an empty {@link SearchQuery} (text of punctuation only) matches nothing.
 */
public record SearchCriteria(
        SearchQuery query,
        LocalDate from,
        LocalDate to,
        String paper,
        Integer page,
        String person,
        String author,
        String source,
        SearchSort sort,
        int pageIndex,
        int size) {

    public static SearchCriteria all(int pageIndex, int size) {
        return new SearchCriteria(null, null, null, null, null, null, null, null, SearchSort.NEWEST, pageIndex, size);
    }

    public boolean hasText() {
        return query != null;
    }

    /**
     * True when a filter other than the paper narrows the articles (an archive is mostly one paper): their cheap
     * columns can then be tested before any search vector (see {@link RankedWindow}).
     */
    public boolean narrowed() {
        return from != null || to != null || page != null || source != null || person != null || author != null;
    }

    /** The text alone, without the filters. */
    public SearchCriteria textOnly() {
        return new SearchCriteria(query, null, null, null, null, null, null, null, sort, pageIndex, size);
    }

    /** The same request with another query (the same text looked up otherwise, see {@link SearchQuery#withIndexCodes}). */
    public SearchCriteria withQuery(SearchQuery q) {
        return new SearchCriteria(q, from, to, paper, page, person, author, source, sort, pageIndex, size);
    }

    /** Relevance only means something with search text. */
    public SearchSort effectiveSort() {
        return sort == SearchSort.RELEVANCE && !hasText() ? SearchSort.NEWEST : sort;
    }
}
