package news.xuhui.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.query.rest.GoldSeeds;

/**
 * The three ways of finding a ranked window are plans, not meanings: on the seeds loaded through the pipeline, each
 * gives the same hits in the same order, for words, a phrase, and words under filters.
 */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class RankedWindowShapesTest {

    @Inject
    DataSource dataSource;

    @Test
    void everyShapeFindsTheSameWindow() throws Exception {
        String paper = "形状报" + UUID.randomUUID().toString().substring(0, 6);
        GoldSeeds.loadStored(paper);
        List<SearchCriteria> cases = List.of(
                criteria("徐汇", paper, null, null),
                criteria("\"徐汇区\"", paper, null, null),
                criteria("发展 徐汇", paper, LocalDate.of(2000, 1, 1), null),
                criteria("徐汇", paper, null, 1));
        for (SearchCriteria c : cases) {
            List<String> collect = ids(c, SearchSql.Shape.COLLECT);
            assertEquals(c.query().needsCheck(), c.query().terms().get(0).text().length() > 2, "checked: 徐汇区 only");
            assertFalse(collect.isEmpty(), "the seeds match " + c.query().toTsQuery());
            assertEquals(collect, ids(c, SearchSql.Shape.WALK), "walk: " + c.query().toTsQuery());
            if (c.narrowed()) {
                assertEquals(collect, ids(c, SearchSql.Shape.FILTERS_FIRST), "filters first: " + c.query().toTsQuery());
            }
        }
    }

    private static SearchCriteria criteria(String q, String paper, LocalDate from, Integer page) {
        return new SearchCriteria(SearchQuery.parse(q), from, null, paper, page, null, null, null,
                SearchSort.RELEVANCE, 0, 50);
    }

    private List<String> ids(SearchCriteria c, SearchSql.Shape shape) throws Exception {
        List<String> ids = new ArrayList<>();
        if (c.query().needsCheck()) {
            try (Connection conn = dataSource.getConnection()) {
                RankedWindow.checked(conn, c, shape, 0, 100).forEach(a -> ids.add(a.id));
            }
            return ids;
        }
        try (Connection conn = dataSource.getConnection();
                PreparedStatement ps = SearchSql.ranked(c, 100, shape, 0, 50).prepare(conn);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString("id"));
            }
        }
        return ids;
    }
}
