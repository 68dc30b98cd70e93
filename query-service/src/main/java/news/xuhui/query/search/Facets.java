package news.xuhui.query.search;

import java.util.List;

/**
 * Counts of the current matches by edition month, by source and by person. {@code exact} is false when a phrase
 * query had too many candidates to check each one's word order ({@code xuhui.search.facets-exact-up-to}): the counts
 * are then over the articles holding every piece of the phrase anywhere, a slight superset.
 */
public record Facets(long total, boolean exact, List<Count> months, List<Count> sources, List<Count> people) {

    public record Count(String value, long count) {
    }
}
