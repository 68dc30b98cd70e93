package news.xuhui.query.search;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the search ({@code xuhui.search.*}, or {@code XUHUI_SEARCH_*} environment variables). */
@ConfigMapping(prefix = "xuhui.search")
public interface SearchConfig {

    /**
     * How many of the newest matches of a search are ranked by relevance; older matches follow by date. The cost of a
     * search grows with it. See {@link SearchSql#ranked}.
     */
    @WithDefault("100")
    int rankWindow();

    /**
     * Planner-estimated matches above which the ranked window is found by walking the date index instead of
     * collecting the matches through the text index and sorting them; see {@link SearchSql.Shape}. A floor: the
     * threshold grows with the archive to the break-even, sqrt(rows x window x 27) (about 52,000 at a million
     * articles), and further when the matches would be collected by blocks of dates ({@link #blockFromMatches()}):
     * rows x sqrt(window x 4 / rows per block) (about 95,000 at a million articles over eight years; see
     * {@link RankedWindow#blockWalkFrom}). 0: always walk.
     */
    @WithDefault("15000")
    long walkFromMatches();

    /**
     * Planner-estimated matches above which a collected window is gathered a block of edition dates at a time, newest
     * first, in one statement, when the estimate fills the window within a few blocks (see
     * {@link RankedWindow#newestByBlocks}), instead of reading every match to sort them. 0: always.
     */
    @WithDefault("400")
    long blockFromMatches();

    /**
     * With narrowing filters (dates, page, source, person, author): the share of the archive the text alone is
     * estimated to match above which the filters are tested first, newest first; see {@link RankedWindow}.
     */
    @WithDefault("0.2")
    double filtersFirstFromShare();

    /**
     * Facets of a query whose index terms find more than its matches (a word of three or more characters) check each
     * candidate on its text up to this many candidates;
     * beyond, they count the candidates and say so ({@code exact: false}).
     */
    @WithDefault("5000")
    long facetsExactUpTo();

    /**
     * Facets of matches estimated above this many are counted in a uniform sample of them, one in a power of two
     * holding between half this many and this many matches, and multiplied back, {@code exact: false} (see
     * {@link FacetSample}): counting all the matches of a word in most articles takes seconds at a million articles.
     * The sample's counts are within a few percent for the months, sources and people that matter most. 0: always
     * count every match.
     */
    @WithDefault("2000")
    long facetsSampleAbove();

    /**
     * Searches (and facet counts) running in the database at once; the others wait their turn, first come first
     * served. About the database server's cores; 0: no limit. Reads by id take no slot.
     */
    @WithDefault("0")
    int maxConcurrent();

    /** How long a search waits for a slot before it is refused with 503 {@code search-busy} and Retry-After. */
    @WithDefault("10s")
    Duration maxWait();
}
