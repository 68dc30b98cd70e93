package news.xuhui.query.search;

import java.time.Duration;

import javax.sql.DataSource;

/**
 * The service's own {@link ArticleSearch}, built without CDI for the search benchmark: the same statements, plans,
 * snippets and totals as a request to /api/search gets, on the given pool, with the service's default settings and
 * its slot limit (run.sh limits the searches at once to the machine's cores). The plan thresholds may be set as
 * system properties of the same names, to compare plans on one store.
 */
public final class BenchSearch {

    private BenchSearch() {
    }

    public static ArticleSearch create(DataSource ds, int maxConcurrent) {
        ArticleSearch s = new ArticleSearch();
        s.dataSource = ds;
        s.slots = new SearchSlots(maxConcurrent, Duration.ofSeconds(30));
        s.config = new SearchConfig() {
            @Override
            public int rankWindow() {
                return 100;
            }

            @Override
            public long walkFromMatches() {
                return Long.getLong("xuhui.search.walk-from-matches", 15_000);
            }

            @Override
            public long blockFromMatches() {
                return Long.getLong("xuhui.search.block-from-matches", 400);
            }

            @Override
            public double filtersFirstFromShare() {
                return Double.parseDouble(System.getProperty("xuhui.search.filters-first-from-share", "0.2"));
            }

            @Override
            public long facetsExactUpTo() {
                return 5000;
            }

            @Override
            public long facetsSampleAbove() {
                return Long.getLong("xuhui.search.facets-sample-above", 2000);
            }

            @Override
            public int maxConcurrent() {
                return maxConcurrent;
            }

            @Override
            public Duration maxWait() {
                return Duration.ofSeconds(30);
            }
        };
        return s;
    }
}
