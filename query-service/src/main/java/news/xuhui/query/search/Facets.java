package news.xuhui.query.search;

import java.util.List;

/** Counts of the current matches by edition month, by source and by person. */
public record Facets(long total, List<Count> months, List<Count> sources, List<Count> people) {

    public record Count(String value, long count) {
    }
}
