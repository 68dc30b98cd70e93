package news.xuhui.query.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.xuhui.query.text.SearchVector;

/**
 * Writes and removes articles in batches, in native SQL, because PostgreSQL's own features are the point: one
 * multi-table {@code insert ... on conflict} for a whole batch (the article rows, their search rows and their people
 * rows in one round trip, from one array per column), {@code xmax} to tell a creation from an update, an advisory lock
 * and a sequence for the feed numbers, {@code pg_notify} at commit. Callers own the transaction.
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

    /** The article columns a write sets from the record, in the order of the batch's arrays. */
    private static final String COLUMNS = """
            id, page_id, ordinal, schema_version, source_file_name, source_encoding, paper, edition_date, weekday,
            lunar_date, issue_number, total_issue_number, page_count, page, kicker, title, subtitle, authors, source,
            continued_from_page, continued_to_page, paragraphs, sections, people, parser_version, parsed_at,
            rank_vector""";

    /** How many arrays a batch is bound as: the {@link #COLUMNS} and the search terms. */
    private static final int ARRAYS = COLUMNS.split(",").length + 1;

    // One statement for insert-or-replace of the whole batch, from one text array per column (cast to the column's
    // type where it is read): one round trip and one plan for any number of articles. Idempotent under replays and
    // under two consumers racing on one id (the rows arrive sorted by id, so two such batches lock their rows in the
    // same order). xmax = 0 only on a freshly inserted row version, which tells a creation from an update; stored_at is
    // kept from the first write. The search rows and the people rows are synced in the same statement; their foreign
    // keys are checked at its end, when the article rows exist. Each array is read once, where it is needed: the wide
    // ones are not carried through a common table. Feed numbers are not taken here (see NUMBER).
    private static final String UPSERT = """
            with up as (insert into article (id, page_id, ordinal, schema_version, source_file_name, source_encoding,
                paper, edition_date, weekday, lunar_date, issue_number, total_issue_number, page_count, page, kicker,
                title, subtitle, authors, source, continued_from_page, continued_to_page, paragraphs, sections, people,
                parser_version, parsed_at, stored_at, updated_at, rank_vector, search_version)
            select id, page_id, ordinal::int, schema_version::int, source_file_name, source_encoding, paper,
                edition_date::date, weekday, lunar_date, issue_number::int, total_issue_number::int, page_count::int,
                page::int, kicker, title, subtitle, authors::jsonb, source, continued_from_page::int,
                continued_to_page::int, paragraphs::jsonb, sections::jsonb, people::jsonb, parser_version,
                parsed_at::timestamptz, cast(? as timestamptz), cast(? as timestamptz), rank_vector::tsvector, ?
            from unnest(""" + String.join(", ", java.util.Collections.nCopies(ARRAYS - 1, "cast(? as text[])"))
            + ") as r(" + COLUMNS + """
            )
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
                rank_vector = excluded.rank_vector, search_version = excluded.search_version
            returning (xmax = 0) as created, id, edition_date, stored_at, paper, page, source, people, authors),
            searched as (insert into article_search (id, edition_date, stored_at, paper, page, source, people, authors,
                terms)
            select up.id, up.edition_date, up.stored_at, up.paper, up.page, up.source, up.people, up.authors,
                t.terms::int4[] from up join unnest(cast(? as text[]), cast(? as text[])) as t(id, terms) on t.id = up.id
            """ + SEARCH_ROW_REPLACES + """
            ),
            named as (select * from unnest(cast(? as text[]), cast(? as text[])) as n(article_id, name)),
            dropped as (delete from article_person p where p.article_id = any (cast(? as text[]))
                and (p.article_id, p.name) not in (select article_id, name from named)),
            added as (insert into article_person (name, article_id) select name, article_id from named
                on conflict do nothing)
            select id, created, stored_at from up
            """;

    /**
     * Taken at the end of a write and held to its commit: the writers (several consumer threads or instances) take
     * their feed numbers one after the other, so the numbers are in commit order and a follower resuming after number N
     * misses nothing committed later with a smaller one. Only the numbering waits for it; the rows themselves are
     * written before, by every writer at once.
     */
    private static final String FEED_LOCK = "select pg_advisory_xact_lock(" + 0x78756875_66656564L + ")";

    /** The batch's articles take the next feed numbers, in the batch's order, under {@link #FEED_LOCK}. */
    private static final String NUMBER = """
            update article a set feed_seq = n.seq
            from (select id, nextval('article_feed_seq') as seq
                  from (select id from unnest(cast(? as text[])) with ordinality as t(id, o) order by o) ordered) n
            where a.id = n.id
            returning a.id, a.feed_seq
            """;

    /**
     * Deletes the articles (their search and people rows follow by cascade) and logs each removal that found an
     * article in the feed with the next feed number, under {@link #FEED_LOCK}.
     */
    private static final String REMOVE = """
            with gone as (delete from article where id = any (cast(? as text[])) returning id)
            insert into article_removal (feed_seq, id, removed_at)
            select nextval('article_feed_seq'), id, now() from gone returning feed_seq
            """;

    private static final String NOTIFY = "select pg_notify(?, ?)";

    private static final String DROP_PEOPLE = "delete from article_person where article_id = ? and not (name = any (?))";
    private static final String ADD_PEOPLE = """
            insert into article_person (name, article_id) select n, ? from unnest(?) as n on conflict do nothing
            """;

    @Inject
    DataSource dataSource;

    /** What a batch write did. */
    public record Outcome(int created, int updated, int removed, int absent) {
    }

    /**
     * Inserts or replaces the articles and deletes the removed ones, in the caller's transaction; each article id may
     * appear once in the batch. Idempotent for replays. The write notifies {@link ArticleFeed#CHANNEL} with its last
     * feed number: every instance's {@link ArticleFeed} hears of it once the caller's transaction has committed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome write(List<ArticleEntity> articles, List<String> removals) {
        try (Connection c = dataSource.getConnection()) {
            return write(c, articles, removals, Instant.now());
        } catch (SQLException ex) {
            throw new StoreException("cannot store a batch of " + articles.size() + " articles and "
                    + removals.size() + " removals", ex);
        }
    }

    /**
     * The batch write on a connection whose transaction the caller owns: the service's path, and the benchmark's bulk
     * load. Sets each article's {@code storedAt}, {@code updatedAt} and {@code feedSeq}.
     */
    public static Outcome write(Connection c, List<ArticleEntity> articles, List<String> removals, Instant now)
            throws SQLException {
        List<ArticleEntity> sorted = new ArrayList<>(articles);
        sorted.sort(Comparator.comparing(a -> a.id));
        Map<String, ArticleEntity> byId = new HashMap<>();
        for (ArticleEntity a : sorted) {
            if (byId.put(a.id, a) != null) {
                throw new IllegalArgumentException("article " + a.id + " twice in one batch");
            }
        }
        int created = sorted.isEmpty() ? 0 : upsert(c, sorted, byId, now);
        long last = -1;
        try (Statement lock = c.createStatement()) {
            lock.execute(FEED_LOCK);
        }
        if (!sorted.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(NUMBER)) {
                ps.setArray(1, c.createArrayOf("text", sorted.stream().map(a -> a.id).toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long seq = rs.getLong(2);
                        byId.get(rs.getString(1)).feedSeq = seq;
                        last = Math.max(last, seq);
                    }
                }
            }
        }
        int removed = 0;
        if (!removals.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement(REMOVE)) {
                ps.setArray(1, c.createArrayOf("text", removals.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        removed++;
                        last = Math.max(last, rs.getLong(1));
                    }
                }
            }
        }
        if (last >= 0) {
            try (PreparedStatement ps = c.prepareStatement(NOTIFY)) {
                ps.setString(1, ArticleFeed.CHANNEL);
                ps.setString(2, Long.toString(last));
                ps.execute();
            }
        }
        return new Outcome(created, sorted.size() - created, removed, removals.size() - removed);
    }

    /** The one statement that writes the batch's rows ({@code byId}: the same articles by id); returns how many were new. */
    private static int upsert(Connection c, List<ArticleEntity> sorted, Map<String, ArticleEntity> byId, Instant now)
            throws SQLException {
        int n = sorted.size();
        String[][] columns = new String[ARRAYS][n];
        List<String> personIds = new ArrayList<>();
        List<String> personNames = new ArrayList<>();
        for (int row = 0; row < n; row++) {
            ArticleEntity a = sorted.get(row);
            // the names as article_person keeps them (stripped, each once), so that the person facet, the person
            // filter and /api/people count alike
            Set<String> names = personNames(a.people == null ? List.of() : a.people);
            a.people = List.copyOf(names);
            for (String name : names) {
                personIds.add(a.id);
                personNames.add(name);
            }
            String[] values = { a.id, a.pageId, Integer.toString(a.ordinal), Integer.toString(a.schemaVersion),
                    a.sourceFileName, a.sourceEncoding, a.paper, text(a.editionDate), a.weekday, a.lunarDate,
                    text(a.issueNumber), text(a.totalIssueNumber), text(a.pageCount), text(a.page), a.kicker, a.title,
                    a.subtitle, json(a.authors), a.source, text(a.continuedFromPage), text(a.continuedToPage),
                    json(a.paragraphs), json(a.sections), json(a.people), a.parserVersion, text(a.parsedAt),
                    ArticleVectors.rank(a).toLiteral(), ArticleVectors.search(a).toLiteral() };
            for (int col = 0; col < ARRAYS; col++) {
                columns[col][row] = values[col];
            }
        }
        int created = 0;
        try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            int i = 0;
            ps.setTimestamp(++i, Timestamp.from(now));
            ps.setTimestamp(++i, Timestamp.from(now));
            ps.setInt(++i, SearchVector.VERSION);
            for (int col = 0; col < ARRAYS - 1; col++) {
                ps.setArray(++i, c.createArrayOf("text", columns[col]));
            }
            java.sql.Array ids = c.createArrayOf("text", columns[0]);
            ps.setArray(++i, ids);
            ps.setArray(++i, c.createArrayOf("text", columns[ARRAYS - 1]));
            ps.setArray(++i, c.createArrayOf("text", personIds.toArray()));
            ps.setArray(++i, c.createArrayOf("text", personNames.toArray()));
            ps.setArray(++i, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ArticleEntity a = byId.get(rs.getString(1));
                    if (rs.getBoolean(2)) {
                        created++;
                    }
                    a.storedAt = rs.getTimestamp(3).toInstant();
                    a.updatedAt = now;
                }
            }
        }
        return created;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
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
