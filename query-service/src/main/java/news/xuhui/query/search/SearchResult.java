package news.xuhui.query.search;

import java.util.List;

/** One page of hits and how many there are in all: counted when {@code exact}, else the planner's estimate. */
public record SearchResult(long total, boolean exact, List<SearchHit> hits) {
}
