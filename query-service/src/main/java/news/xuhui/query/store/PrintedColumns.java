package news.xuhui.query.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** Binds the columns every {@link PrintedRecord} table has, in the order both upserts list them. */
final class PrintedColumns {

    private PrintedColumns() {
    }

    /**
     * Binds paper, edition date, weekday, lunar date, issue number, total issue number, page count and page after
     * parameter {@code i}; returns the index of the last one bound.
     */
    static int bindEdition(PreparedStatement ps, int i, PrintedRecord r) throws SQLException {
        ps.setString(++i, r.paper);
        ps.setObject(++i, r.editionDate, Types.DATE);
        ps.setString(++i, r.weekday);
        ps.setString(++i, r.lunarDate);
        ps.setObject(++i, r.issueNumber, Types.INTEGER);
        ps.setObject(++i, r.totalIssueNumber, Types.INTEGER);
        ps.setObject(++i, r.pageCount, Types.INTEGER);
        ps.setObject(++i, r.page, Types.INTEGER);
        return i;
    }
}
