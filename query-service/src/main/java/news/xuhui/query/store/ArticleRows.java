package news.xuhui.query.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

/** The columns of an article in listings, and their mapping from a JDBC row to an (unmanaged) entity. */
public final class ArticleRows {

    /** Listing columns of {@code article a}: everything but people, parser metadata and the search vector. */
    public static final String COLUMNS = """
            a.id, a.page_id, a.ordinal, a.kicker, a.title, a.subtitle, a.authors, a.source, a.paper, a.edition_date,
            a.weekday, a.lunar_date, a.issue_number, a.total_issue_number, a.page_count, a.page,
            a.continued_from_page, a.continued_to_page, a.source_file_name, a.paragraphs, a.sections, a.stored_at,
            a.feed_seq""";

    static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<Section>> SECTIONS = new TypeReference<>() {
    };

    private ArticleRows() {
    }

    public static ArticleEntity read(ResultSet rs) throws SQLException {
        ArticleEntity a = new ArticleEntity();
        a.id = rs.getString("id");
        a.pageId = rs.getString("page_id");
        a.ordinal = rs.getInt("ordinal");
        a.kicker = rs.getString("kicker");
        a.title = rs.getString("title");
        a.subtitle = rs.getString("subtitle");
        a.authors = json(rs.getString("authors"), STRINGS);
        a.source = rs.getString("source");
        a.paper = rs.getString("paper");
        a.editionDate = rs.getObject("edition_date", LocalDate.class);
        a.weekday = rs.getString("weekday");
        a.lunarDate = rs.getString("lunar_date");
        a.issueNumber = (Integer) rs.getObject("issue_number");
        a.totalIssueNumber = (Integer) rs.getObject("total_issue_number");
        a.pageCount = (Integer) rs.getObject("page_count");
        a.page = (Integer) rs.getObject("page");
        a.continuedFromPage = (Integer) rs.getObject("continued_from_page");
        a.continuedToPage = (Integer) rs.getObject("continued_to_page");
        a.sourceFileName = rs.getString("source_file_name");
        a.paragraphs = json(rs.getString("paragraphs"), STRINGS);
        a.sections = json(rs.getString("sections"), SECTIONS);
        Timestamp stored = rs.getTimestamp("stored_at");
        a.storedAt = stored == null ? null : stored.toInstant();
        a.feedSeq = rs.getLong("feed_seq");
        return a;
    }

    static <T> List<T> json(String json, TypeReference<List<T>> type) {
        if (json == null) {
            return List.of();
        }
        try {
            return ArticleWriteSql.JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored JSON column is not readable", e);
        }
    }
}
