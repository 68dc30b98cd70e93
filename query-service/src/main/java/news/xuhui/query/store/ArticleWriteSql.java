package news.xuhui.query.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.xuhui.query.text.SearchVector;

/**
 * Writes and removes articles in native SQL, because PostgreSQL's own features are the point: one multi-table
 * {@code insert ... on conflict} per article (the article row, its search row and its people rows in one round trip,
 * which keeps the consumer fast), {@code xmax} to tell a creation from an update, an advisory lock and a sequence for
 * the feed numbers, {@code pg_notify} at commit. Callers own the transaction.
 */
@ApplicationScoped
public class ArticleWriteSql {

    /** Longest person name kept in {@code article_person}; longer strings are parser noise, not names. */
    static final int MAX_NAME = 64;

    /** The JSON columns are written with a plain mapper, the same defaults Hibernate reads them with. */
    static final ObjectMapper JSON = new ObjectMapper();

    /** An article's search row replaces the one it had: the end of every insert into {@code article_search}. */
    static final String SEARCH_ROW_REPLACES = """
            on conflict (id) do update set edition_date = excluded.edition_date, stored_at = excluded.stored_at,
                paper = excluded.paper, page = excluded.page, source = excluded.source, people = excluded.people,
                authors = excluded.authors, terms = excluded.terms""";

    // One statement for insert-or-replace: idempotent under replays and under two consumers racing on one id.
    // xmax = 0 only on a freshly inserted row version, which tells a creation from an update. The search row and the
    // people rows are synced in the same statement (one round trip per article on the consumer's path); their foreign
    // keys are checked at the end of the statement, when the article row exists. The notification goes out at commit.
    private static final String UPSERT = """
            with up as (insert into article (id, page_id, ordinal, schema_version, source_file_name, source_encoding, paper,
                edition_date, weekday, lunar_date, issue_number, total_issue_number, page_count, page, kicker, title,
                subtitle, authors, source, continued_from_page, continued_to_page, paragraphs, sections, people,
                parser_version, parsed_at, stored_at, updated_at, rank_vector, search_version, feed_seq)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, cast(? as jsonb),
                cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, cast(? as tsvector), ?, nextval('article_feed_seq'))
            on conflict (id) do update set page_id = excluded.page_id, ordinal = excluded.ordinal,
                schema_version = excluded.schema_version, source_file_name = excluded.source_file_name,
                source_encoding = excluded.source_encoding, paper = excluded.paper,
                edition_date = excluded.edition_date, weekday = excluded.weekday, lunar_date = excluded.lunar_date,
                issue_number = excluded.issue_number, total_issue_number = excluded.total_issue_number,
                page_count = excluded.page_count, page = excluded.page, kicker = excluded.kicker,
                title = excluded.title, subtitle = excluded.subtitle, authors = excluded.authors,
                source = excluded.source, continued_from_page = excluded.continued_from_page,
                continued_to_page = excluded.continued_to_page, paragraphs = excluded.paragraphs,
                sections = excluded.sections, people = excluded.people, parser_version = excluded.parser_version,
                parsed_at = excluded.parsed_at, updated_at = excluded.updated_at,
                rank_vector = excluded.rank_vector, search_version = excluded.search_version,
                feed_seq = excluded.feed_seq
            returning (xmax = 0) as created, id, edition_date, stored_at, paper, page, source, people, authors,
                feed_seq),
            searched as (insert into article_search (id, edition_date, stored_at, paper, page, source, people, authors,
                terms)
            select up.id, up.edition_date, up.stored_at, up.paper, up.page, up.source, up.people, up.authors,
                cast(? as int4[]) from up
            """ + SEARCH_ROW_REPLACES + """
            ),
            dropped as (delete from article_person where article_id = ? and not (name = any (?))),
            added as (insert into article_person (name, article_id) select n, ? from unnest(?) as n on conflict do nothing)
            select created, stored_at, feed_seq, pg_notify(?, feed_seq::text) from up
            """;

    /**
     * Taken before an article's write and held to its commit: the writers (several consumer threads or instances) take
     * their feed numbers one after the other, so the numbers are in commit order and a follower resuming after
     * number N misses nothing committed later with a smaller one. The write is one statement, the lock is short.
     */
    private static final String FEED_LOCK = "select pg_advisory_xact_lock(" + 0x78756875_66656564L + ")";

    /**
     * Deletes the article (its search and people rows follow by cascade) and, only if there was one, logs the removal
     * in the feed with the next feed number; followers of the stream are notified at commit.
     */
    private static final String REMOVE = """
            with gone as (delete from article where id = ? returning id),
            logged as (insert into article_removal (feed_seq, id, removed_at)
                select nextval('article_feed_seq'), id, now() from gone returning feed_seq)
            select feed_seq, pg_notify(?, feed_seq::text) from logged
            """;

    private static final String DROP_PEOPLE = "delete from article_person where article_id = ? and not (name = any (?))";
    private static final String ADD_PEOPLE = """
            insert into article_person (name, article_id) select n, ? from unnest(?) as n on conflict do nothing
            """;

    @Inject
    DataSource dataSource;

    /**
     * Inserts or replaces the article; returns true when it was new. Idempotent for replays. The write notifies
     * {@link ArticleFeed#CHANNEL} with its feed number: every instance's {@link ArticleFeed} hears of it once the
     * caller's transaction has committed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean upsert(ArticleEntity a) {
        // the names as article_person keeps them (stripped, each once), so that the person facet, the person filter
        // and /api/people count alike
        a.people = List.copyOf(personNames(a.people == null ? List.of() : a.people));
        Instant now = Instant.now();
        boolean created;
        try (Connection c = dataSource.getConnection()) {
            try (Statement lock = c.createStatement()) {
                lock.execute(FEED_LOCK);
            }
            try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
                int i = 0;
                ps.setString(++i, a.id);
                ps.setString(++i, a.pageId);
                ps.setInt(++i, a.ordinal);
                ps.setInt(++i, a.schemaVersion);
                ps.setString(++i, a.sourceFileName);
                ps.setString(++i, a.sourceEncoding);
                i = PrintedColumns.bindEdition(ps, i, a);
                ps.setString(++i, a.kicker);
                ps.setString(++i, a.title);
                ps.setString(++i, a.subtitle);
                ps.setString(++i, json(a.authors));
                ps.setString(++i, a.source);
                ps.setObject(++i, a.continuedFromPage, Types.INTEGER);
                ps.setObject(++i, a.continuedToPage, Types.INTEGER);
                ps.setString(++i, json(a.paragraphs));
                ps.setString(++i, json(a.sections));
                ps.setString(++i, json(a.people));
                ps.setString(++i, a.parserVersion);
                ps.setTimestamp(++i, a.parsedAt == null ? null : Timestamp.from(a.parsedAt));
                ps.setTimestamp(++i, Timestamp.from(now));
                ps.setTimestamp(++i, Timestamp.from(now));
                ps.setString(++i, ArticleVectors.rank(a).toLiteral());
                ps.setInt(++i, SearchVector.VERSION);
                ps.setString(++i, ArticleVectors.search(a).toLiteral());
                var names = c.createArrayOf("varchar", personNames(a.people).toArray());
                ps.setString(++i, a.id);
                ps.setArray(++i, names);
                ps.setString(++i, a.id);
                ps.setArray(++i, names);
                ps.setString(++i, ArticleFeed.CHANNEL);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    created = rs.getBoolean(1);
                    a.storedAt = rs.getTimestamp(2).toInstant();
                    a.feedSeq = rs.getLong(3);
                    a.updatedAt = now;
                }
            }
        } catch (SQLException ex) {
            throw new StoreException("cannot store article " + a.id, ex);
        }
        return created;
    }

    /**
     * Deletes the article (a tombstone on news.articles: it no longer exists); its search row and people rows go with
     * it (foreign keys on delete cascade). Returns true when there was such an article. Idempotent for replays.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean remove(String id) {
        try (Connection c = dataSource.getConnection()) {
            try (Statement lock = c.createStatement()) {
                lock.execute(FEED_LOCK); // the removal takes a feed number in commit order, as a write does
            }
            try (PreparedStatement ps = c.prepareStatement(REMOVE)) {
                ps.setString(1, id);
                ps.setString(2, ArticleFeed.CHANNEL);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        } catch (SQLException ex) {
            throw new StoreException("cannot remove article " + id, ex);
        }
    }

    /** The names kept in {@code article_person}: non-blank, stripped, at most {@link #MAX_NAME} long, each once. */
    static Set<String> personNames(List<String> people) {
        Set<String> names = new LinkedHashSet<>();
        for (String p : people) {
            if (p != null && !p.isBlank() && p.length() <= MAX_NAME) {
                names.add(p.strip());
            }
        }
        return names;
    }

    static void syncPeople(Connection c, String articleId, List<String> people) throws SQLException {
        Set<String> names = personNames(people);
        var array = c.createArrayOf("varchar", names.toArray());
        try (PreparedStatement drop = c.prepareStatement(DROP_PEOPLE)) {
            drop.setString(1, articleId);
            drop.setArray(2, array);
            drop.executeUpdate();
        }
        if (!names.isEmpty()) {
            try (PreparedStatement add = c.prepareStatement(ADD_PEOPLE)) {
                add.setString(1, articleId);
                add.setArray(2, array);
                add.executeUpdate();
            }
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write JSON column", e);
        }
    }
}
