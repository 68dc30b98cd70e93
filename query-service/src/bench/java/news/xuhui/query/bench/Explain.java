package news.xuhui.query.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import news.xuhui.query.search.SearchCriteria;
import news.xuhui.query.search.SearchQuery;
import news.xuhui.query.search.SearchSort;
import news.xuhui.query.search.SearchSql;

/**
 * Prints EXPLAIN (ANALYZE, BUFFERS) of the ranked search in the shape $SHAPE for each query given (of its first batch
 * of candidates when the query needs a check): jdbcUrl q...
 */
public final class Explain {

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "postgres", "postgres")) {
            for (int i = 1; i < args.length; i++) {
                SearchCriteria sc = new SearchCriteria(SearchQuery.parse(args[i]), null, null, null, null, null, null,
                        null, SearchSort.RELEVANCE, 0, 20);
                SearchSql.Shape shape = SearchSql.Shape.valueOf(System.getenv().getOrDefault("SHAPE", "COLLECT"));
                SearchSql.Statement st = sc.query().needsCheck() ? SearchSql.candidates(sc, shape, 0, 141)
                        : SearchSql.ranked(sc, 100, shape, 0, 20);
                SearchSql.Statement plan = new SearchSql.Statement("explain (analyze, buffers) " + st.sql(), st.params());
                System.out.println("== " + args[i] + "  " + sc.query().toTsQuery());
                for (int round = 0; round < 2; round++) {
                    try (PreparedStatement ps = plan.prepare(c); ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            if (round == 1) {
                                System.out.println(rs.getString(1));
                            }
                        }
                    }
                }
            }
        }
    }
}
