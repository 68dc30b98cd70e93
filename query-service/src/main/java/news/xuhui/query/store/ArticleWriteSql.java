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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.postgresql.jdbc.PgConnection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.xuhui.query.text.SearchVector;

/**
 * Writes and removes articles in batches, in native SQL, because PostgreSQL's own features are the point: one
 * multi-table {@code insert ... on conflict} per {@link #CHUNK} articles of a batch (the article rows, their search
 * rows and their people rows in one round trip, from one array per column), {@code xmax} to tell a creation from an
 * update, an advisory lock and a sequence for the feed numbers, {@code pg_notify} at commit. Callers own the
 * transaction.
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
            rank_vector, folds_to_han""";

    /** How many text arrays a chunk is bound as: one per column of {@link #COLUMNS}. */
    private static final int ARRAYS = COLUMNS.split(",").length;

    // One statement for insert-or-replace of a chunk of the batch, from one text array per column (cast to the column's
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
                parser_version, parsed_at, stored_at, updated_at, rank_vector, search_version, folds_to_han)
            select id, page_id, ordinal::int, schema_version::int, source_file_name, source_encoding, paper,
                edition_date::date, weekday, lunar_date, issue_number::int, total_issue_number::int, page_count::int,
                page::int, kicker, title, subtitle, authors::jsonb, source, continued_from_page::int,
                continued_to_page::int, paragraphs::jsonb, sections::jsonb, people::jsonb, parser_version,
                parsed_at::timestamptz, cast(? as timestamptz), cast(? as timestamptz), rank_vector::tsvector, ?,
                folds_to_han::boolean
            from unnest(""" + String.join(", ", java.util.Collections.nCopies(ARRAYS, "cast(? as text[])"))
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
                rank_vector = excluded.rank_vector, search_version = excluded.search_version,
                folds_to_han = excluded.folds_to_han
            returning (xmax = 0) as created, id, edition_date, stored_at, paper, page, source, people, authors),
            searched as (insert into article_search (id, edition_date, stored_at, paper, page, source, people, authors,
                terms)
            select up.id, up.edition_date, up.stored_at, up.paper, up.page, up.source, up.people, up.authors,
                (cast(? as int4[]))[t.lo:t.hi]
            from up join unnest(cast(? as text[]), cast(? as int4[]), cast(? as int4[])) as t(id, lo, hi) on t.id = up.id
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

    /**
     * Articles per upsert statement. A batch is written in chunks of this size, and the next chunk's arrays (its search
     * terms, rank vector and JSON: about a third of a write's time, all in Java) are built on {@link #PREPARE} while the
     * database runs the current one, so that neither waits for the other.
     */
    static final int CHUNK = 100;

    /**
     * Builds the chunks' arrays beside the connection's thread. Daemon threads, one per core: every consumer thread of
     * the instance shares them.
     */
    private static final ExecutorService PREPARE = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), r -> {
                Thread t = new Thread(r, "article-write-prepare");
                t.setDaemon(true);
                return t;
            });

    /**
     * A chunk's statement parameters: one text array per column, the people rows, and the search terms of all its
     * articles in one {@code int4[]} (sent in binary: as text, they were a third of the statement's bytes, and parsing
     * them a tenth of its time), article {@code i}'s being {@code terms[lo[i]:hi[i]]}.
     */
    private record Chunk(String[][] columns, Object[] personIds, Object[] personNames, int[] terms, int[] lo,
            int[] hi) {
    }

    /**
     * Writes the batch's rows, chunk by chunk, in id order ({@code byId}: the same articles by id); returns how many
     * were new.
     */
    private static int upsert(Connection c, List<ArticleEntity> sorted, Map<String, ArticleEntity> byId, Instant now)
            throws SQLException {
        int created = 0;
        Future<Chunk> next = prepareAsync(sorted, 0);
        for (int from = 0; from < sorted.size(); from += CHUNK) {
            Chunk chunk = await(next);
            next = from + CHUNK < sorted.size() ? prepareAsync(sorted, from + CHUNK) : null;
            try {
                created += upsert(c, chunk, byId, now);
            } catch (SQLException | RuntimeException e) {
                settle(next);
                throw e;
            }
        }
        return created;
    }

    private static Future<Chunk> prepareAsync(List<ArticleEntity> sorted, int from) {
        List<ArticleEntity> rows = sorted.subList(from, Math.min(sorted.size(), from + CHUNK));
        return PREPARE.submit(() -> prepare(rows));
    }

    /**
     * Waits for a preparation whose chunk will not be written, since the batch failed: it changes its articles (their
     * people), which the caller may write again (a refused batch is retried in halves), so it must be over first.
     */
    private static void settle(Future<Chunk> chunk) {
        if (chunk == null) {
            return;
        }
        try {
            chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // the batch failed already; this chunk's own failure adds nothing
        }
    }

    private static Chunk await(Future<Chunk> chunk) {
        try {
            return chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while preparing a batch of articles", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException("cannot prepare a batch of articles", e.getCause());
        }
    }

    /** The statement's arrays for these articles (which it normalises: their people as {@code article_person} keeps them). */
    private static Chunk prepare(List<ArticleEntity> rows) {
        int n = rows.size();
        String[][] columns = new String[ARRAYS][n];
        List<String> personIds = new ArrayList<>();
        List<String> personNames = new ArrayList<>();
        int[][] codes = new int[n][];
        int[] lo = new int[n];
        int[] hi = new int[n];
        int total = 0;
        for (int row = 0; row < n; row++) {
            ArticleEntity a = rows.get(row);
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
                    ArticleVectors.rank(a).toLiteral(), Boolean.toString(ArticleVectors.foldsToHan(a)) };
            for (int col = 0; col < ARRAYS; col++) {
                columns[col][row] = values[col];
            }
            codes[row] = ArticleVectors.search(a).codes();
            lo[row] = total + 1;
            total += codes[row].length;
            hi[row] = total;
        }
        int[] terms = new int[total];
        for (int row = 0; row < n; row++) {
            System.arraycopy(codes[row], 0, terms, lo[row] - 1, codes[row].length);
        }
        return new Chunk(columns, personIds.toArray(), personNames.toArray(), terms, lo, hi);
    }

    /** The one statement that writes a chunk's rows; returns how many were new. */
    private static int upsert(Connection c, Chunk chunk, Map<String, ArticleEntity> byId, Instant now)
            throws SQLException {
        String[][] columns = chunk.columns();
        int created = 0;
        try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            int i = 0;
            ps.setTimestamp(++i, Timestamp.from(now));
            ps.setTimestamp(++i, Timestamp.from(now));
            ps.setInt(++i, SearchVector.VERSION);
            for (int col = 0; col < ARRAYS; col++) {
                ps.setArray(++i, c.createArrayOf("text", columns[col]));
            }
            PgConnection pg = c.unwrap(PgConnection.class);
            ps.setArray(++i, pg.createArrayOf("int4", chunk.terms()));
            java.sql.Array ids = c.createArrayOf("text", columns[0]);
            ps.setArray(++i, ids);
            ps.setArray(++i, pg.createArrayOf("int4", chunk.lo()));
            ps.setArray(++i, pg.createArrayOf("int4", chunk.hi()));
            ps.setArray(++i, c.createArrayOf("text", chunk.personIds()));
            ps.setArray(++i, c.createArrayOf("text", chunk.personNames()));
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
