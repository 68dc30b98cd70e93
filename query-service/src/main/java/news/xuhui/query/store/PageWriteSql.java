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

/**
 * Writes the page records of {@code news.pages} in native SQL: an {@code insert ... on conflict} upsert that is
 * idempotent under replays and tells a new page from a replaced one by {@code xmax}. Callers own the transaction.
 */
@ApplicationScoped
public class PageWriteSql {

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
    public boolean upsert(PageEntity p) {
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(UPSERT)) {
            int i = 0;
            ps.setString(++i, p.id);
            ps.setInt(++i, p.schemaVersion);
            ps.setString(++i, p.sourceFileName);
            i = PrintedColumns.bindEdition(ps, i, p);
            ps.setString(++i, ArticleWriteSql.json(p.teasers == null ? List.of() : p.teasers));
            ps.setString(++i, ArticleWriteSql.json(p.articleIds == null ? List.of() : p.articleIds));
            ps.setString(++i, p.parserVersion);
            ps.setTimestamp(++i, p.parsedAt == null ? null : Timestamp.from(p.parsedAt));
            ps.setTimestamp(++i, Timestamp.from(now));
            ps.setTimestamp(++i, Timestamp.from(now));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        } catch (SQLException ex) {
            throw new StoreException("cannot store page " + p.id, ex);
        }
    }
}
