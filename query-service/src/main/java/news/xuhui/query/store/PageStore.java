package news.xuhui.query.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import news.xuhui.query.messaging.ArticleEvent;
import news.xuhui.query.messaging.PageEvent;

/** Writes the page records of {@code news.pages}. Callers own the transaction. */
@ApplicationScoped
public class PageStore {

    private static final String UPSERT = """
            insert into page (id, schema_version, source_file_name, paper, edition_date, weekday, lunar_date,
                issue_number, total_issue_number, page_count, page, teasers, article_ids, parser_version, parsed_at,
                stored_at, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?)
            on conflict (id) do update set schema_version = excluded.schema_version,
                source_file_name = excluded.source_file_name, paper = excluded.paper,
                edition_date = excluded.edition_date, weekday = excluded.weekday, lunar_date = excluded.lunar_date,
                issue_number = excluded.issue_number, total_issue_number = excluded.total_issue_number,
                page_count = excluded.page_count, page = excluded.page, teasers = excluded.teasers,
                article_ids = excluded.article_ids, parser_version = excluded.parser_version,
                parsed_at = excluded.parsed_at, updated_at = excluded.updated_at
            returning (xmax = 0)
            """;

    @Inject
    DataSource dataSource;

    /** Inserts or replaces the page record; returns true when it was new. */
    public boolean upsert(PageEvent e) {
        ArticleEvent.Edition ed = e.edition();
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(UPSERT)) {
            int i = 0;
            ps.setString(++i, e.pageId());
            ps.setInt(++i, e.schemaVersion());
            ps.setString(++i, e.sourceFile() == null ? null : e.sourceFile().name());
            ps.setString(++i, ed == null ? null : ed.paper());
            ps.setObject(++i, ed == null ? null : ArticleStore.isoDate(ed.date()), Types.DATE);
            ps.setString(++i, ed == null ? null : ed.weekday());
            ps.setString(++i, ed == null ? null : ed.lunarDate());
            ps.setObject(++i, ed == null ? null : ed.issueNumber(), Types.INTEGER);
            ps.setObject(++i, ed == null ? null : ed.totalIssueNumber(), Types.INTEGER);
            ps.setObject(++i, ed == null ? null : ed.pageCount(), Types.INTEGER);
            ps.setObject(++i, ed == null ? null : ed.page(), Types.INTEGER);
            ps.setString(++i, ArticleStore.json(e.teasers() == null ? List.of() : e.teasers()));
            ps.setString(++i, ArticleStore.json(e.articleIds() == null ? List.of() : e.articleIds()));
            ps.setString(++i, e.parserVersion());
            Instant parsedAt = ArticleStore.instant(e.parsedAt());
            ps.setTimestamp(++i, parsedAt == null ? null : Timestamp.from(parsedAt));
            ps.setTimestamp(++i, Timestamp.from(now));
            ps.setTimestamp(++i, Timestamp.from(now));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        } catch (SQLException ex) {
            throw new StoreException("cannot store page " + e.pageId(), ex);
        }
    }
}
