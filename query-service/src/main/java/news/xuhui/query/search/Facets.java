package news.xuhui.query.search;

import java.util.List;

/**
 * Counts of the current matches by edition month, by source and by person. {@code exact} is false when a phrase
 * query had too many candidates to check each one's word order ({@code xuhui.search.facets-exact-up-to}): the counts
 * are then over the articles holding every piece of the phrase anywhere, a slight superset; and when the matches were
 * too many to count each one ({@code xuhui.search.facets-sample-above}): the counts, the total included, are then one
 * in {@code sampledOneIn} of them counted and multiplied back (see {@link FacetSample}). {@code sampledOneIn} is 1 when
 * every match was counted.
 */
public record Facets(long total, boolean exact, long sampledOneIn, List<Count> months, List<Count> sources,
        List<Count> people) {

    /** Whether the counts are a sample's, multiplied back. */
    public boolean sampled() {
        return sampledOneIn > 1;
    }

    public record Count(String value, long count) {
    }
}
