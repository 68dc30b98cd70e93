package news.xuhui.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.query.rest.GoldSeeds;
import news.xuhui.query.text.SearchTerms;

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

    /**
     * Collecting the newest matches a block of dates at a time finds what collecting every match finds, in the same
     * order, for a word, a checked word and words under a date filter: the paper's articles are spread over the two
     * newest years of the store (several blocks), two undated, so that a small window is filled across blocks and
     * a large one runs into the undated articles.
     */
    @Test
    void blocksFindTheSameNewestMatches() throws Exception {
        String paper = "切片报" + UUID.randomUUID().toString().substring(0, 6);
        GoldSeeds.loadStored(paper);
        try (Connection conn = dataSource.getConnection()) {
            try (PreparedStatement ps = conn.prepareStatement("""
                    update article_search set edition_date = date '2090-01-01' - abs(hashtext(id)) % 700
                    where paper = ?""")) {
                ps.setString(1, paper);
                assertTrue(ps.executeUpdate() > 10, "the paper's articles");
            }
            // two articles holding 徐汇 lose their date
            try (PreparedStatement ps = conn.prepareStatement("""
                    update article_search set edition_date = null where id in (select id from article_search
                        where paper = ? and terms @> cast(? as int4[]) order by id limit 2)""")) {
                ps.setString(1, paper);
                ps.setString(2, SearchQuery.parse("徐汇").termCodes());
                assertEquals(2, ps.executeUpdate(), "undated articles");
            }
            List<SearchCriteria> cases = List.of(
                    criteria("徐汇", paper, null, null),
                    criteria("\"徐汇区\"", paper, null, null),
                    criteria("发展 徐汇", paper, LocalDate.of(2089, 1, 1), null));
            boolean undatedReached = false;
            for (SearchCriteria c : cases) {
                for (int want : new int[] { 1, 2, 3, 5, 8, 1000 }) {
                    List<String> all = newest(conn, c, want);
                    assertFalse(all.isEmpty(), "the seeds match " + c.query().toTsQuery());
                    undatedReached |= undated(conn, all.get(all.size() - 1));
                    // estimates that collect at once, walk a block or two and fall back, and the planner's own
                    for (long estimate : new long[] { 1, RankedWindow.estimate(conn, c), 1L << 40 }) {
                        assertEquals(all, RankedWindow.newestByBlocks(new RankedWindow.Table(conn), c, want, estimate),
                                c.query().toTsQuery() + ", " + want + " wanted, estimate " + estimate);
                    }
                    // the walk itself, over every block the paper's dates fall in, in one statement
                    List<String> dated = new ArrayList<>();
                    for (String id : all) {
                        if (!undated(conn, id)) {
                            dated.add(id);
                        }
                    }
                    long[] blocks = LongStream.rangeClosed(SearchSql.block(LocalDate.of(2088, 1, 1)),
                            SearchSql.block(LocalDate.of(2090, 1, 1))).map(b -> -b).sorted().map(b -> -b).toArray();
                    RankedWindow.Walked walked = RankedWindow.walk(conn, c, blocks, want);
                    assertEquals(dated, walked.ids(), "walked: " + c.query().toTsQuery() + ", " + want + " wanted");
                    assertTrue(walked.ordered(), "rows in the order of the blocks");
                }
                // the whole read, page of ranked hits included: by blocks (from 0 matches) or by collecting all
                assertEquals(page(conn, c, Long.MAX_VALUE), page(conn, c, 0), "ranked page of " + c.query().toTsQuery());
            }
            assertTrue(undatedReached, "a window ran into the undated articles");
        }
    }

    /**
     * The database's test of a candidate's raw text ({@link SearchSql#heldCandidates}) says what the raw columns say:
     * true only when every term stands in one of them as it is, null columns holding nothing; a row it leaves false is
     * refuted (not shipped) only when its whole raw text lacks a term and has no character that normalising turns into
     * Han, and comes back whole for the full check otherwise. The paper's articles are altered so that each case
     * occurs: one holds the word only in its paragraphs (its title gone), two hold its pairs apart (candidates, not
     * matches: refuted on the flag the consumer stores, {@code folds_to_han}), one holds them apart beside a Kangxi
     * radical (⼀, normalised to 一, and flagged: left to the check), one holds the word only in a section heading (left
     * to the check, which finds it), one holds the pairs apart with no flag, as stored before migration V12 (refuted on
     * its whole text).
     */
    @Test
    void theDatabaseTestsTheRawTextAsItIs() throws Exception {
        String paper = "原文报" + UUID.randomUUID().toString().substring(0, 6);
        GoldSeeds.loadStored(paper);
        SearchCriteria c = criteria("\"徐汇区\" 发展", paper, null, null);
        try (Connection conn = dataSource.getConnection()) {
            List<String> candidates = new ArrayList<>();
            try (PreparedStatement ps = SearchSql.candidates(c, SearchSql.Shape.COLLECT, 0, 1000).prepare(conn);
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    candidates.add(rs.getString("id"));
                }
            }
            assertTrue(candidates.size() >= 6, "candidates: " + candidates);
            alter(conn, "update article set title = null where id = ?", candidates.get(0));
            alter(conn, "update article set title = null, kicker = null, subtitle = null, paragraphs ="
                    + " '[\"徐汇 汇区，发展\"]', sections = '[]' where id = ?", candidates.get(1));
            alter(conn, "update article set paragraphs = '[\"徐汇，汇区，发展\"]', title = '区里', sections = '[]'"
                    + " where id = ?", candidates.get(2));
            // as the consumer would store it: a text with a radical is flagged (folds_to_han)
            alter(conn, "update article set title = null, kicker = null, subtitle = null, paragraphs ="
                    + " '[\"徐汇 汇区，发展 ⼀\"]', sections = '[]', folds_to_han = true where id = ?", candidates.get(3));
            // stored before the flag existed (null): refuted by reading its whole text, as before migration V12
            alter(conn, "update article set title = null, kicker = null, subtitle = null, paragraphs ="
                    + " '[\"徐汇 汇区，发展\"]', sections = '[]', folds_to_han = null where id = ?", candidates.get(5));
            alter(conn, "update article set title = null, kicker = null, subtitle = null, paragraphs = '[\"发展\"]',"
                    + " sections = '[{\"heading\": \"徐汇区\", \"speaker\": null, \"paragraphs\": []}]'"
                    + " where id = ?", candidates.get(4));
            int held = 0;
            int whole = 0;
            int refuted = 0;
            List<String> terms = List.of("徐汇区", "发展");
            try (PreparedStatement ps = SearchSql.heldCandidates(c, SearchSql.Shape.COLLECT, 0, 1000,
                    c.query().plainHanTerms()).prepare(conn); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString("id");
                    boolean raw = rawHolds(conn, id, terms);
                    assertEquals(raw, rs.getBoolean("holds"), "holds, " + id);
                    if (raw) {
                        held++;
                        continue;
                    }
                    String all = wholeRawText(conn, id);
                    boolean folds = all.codePoints().anyMatch(cp -> {
                        String ch = Character.toString(cp);
                        String n = Normalizer.normalize(ch, Normalizer.Form.NFKC);
                        return !n.equals(ch) && n.codePoints()
                                .anyMatch(x -> Character.UnicodeScript.of(x) == Character.UnicodeScript.HAN);
                    });
                    boolean lacks = terms.stream().anyMatch(t -> !all.contains(t));
                    assertEquals(lacks && !folds, rs.getBoolean("refuted"), "refuted, " + id + ": " + all);
                    if (rs.getBoolean("refuted")) {
                        refuted++;
                    } else {
                        whole++;
                    }
                }
                // no candidate is shipped whole: those left to the check are read by their ids afterwards
                assertEquals(3, rs.getMetaData().getColumnCount(), "holds, refuted and the id only");
            }
            assertTrue(rawHolds(conn, candidates.get(0), List.of("徐汇区")), "the word is still in the paragraphs");
            assertTrue(held > 0, "some candidates hold the words");
            assertTrue(refuted >= 3, "the pairs apart are refuted, flagged or not: " + refuted);
            assertTrue(whole >= 2, "the radical and the section are left to the check: " + whole);
            List<String> matches = RankedWindow.checkedIds(conn, c, SearchSql.Shape.COLLECT, 0, 1000);
            assertTrue(matches.contains(candidates.get(4)), "the word in a section heading is found");
            for (int i : new int[] { 1, 2, 3, 5 }) {
                assertFalse(matches.contains(candidates.get(i)), "pairs apart are no match: " + i);
            }
            // the walk by blocks of dates tests and checks its candidates alike
            long[] blocks;
            try (PreparedStatement ps = conn.prepareStatement("select distinct edition_date from article_search"
                    + " where paper = ? and edition_date is not null")) {
                ps.setString(1, paper);
                List<Long> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(SearchSql.block(rs.getObject(1, java.time.LocalDate.class)));
                    }
                }
                blocks = found.stream().distinct().sorted(java.util.Comparator.reverseOrder()).mapToLong(Long::longValue)
                        .toArray();
            }
            RankedWindow.Walked walked = RankedWindow.walk(conn, c, blocks, 1000);
            assertTrue(walked.ordered(), "blocks in order");
            assertTrue(walked.ids().contains(candidates.get(4)), "the word in a section heading is found by the walk");
            for (int i : new int[] { 1, 2, 3, 5 }) {
                assertFalse(walked.ids().contains(candidates.get(i)), "pairs apart are no match on the walk: " + i);
            }
            assertTrue(walked.ids().contains(candidates.get(0)), "the word in the paragraphs is found by the walk");

            // a term among the people the parser found in the article is held without reading the text
            alter(conn, "update article set people = '[\"徐汇区\"]' where id = ?", candidates.get(1));
            try (PreparedStatement ps = SearchSql.heldCandidates(c, SearchSql.Shape.COLLECT, 0, 1000,
                    c.query().plainHanTerms()).prepare(conn); ResultSet rs = ps.executeQuery()) {
                boolean seen = false;
                while (rs.next()) {
                    if (rs.getString("id").equals(candidates.get(1))) {
                        seen = true;
                        assertTrue(rs.getBoolean("holds"), "徐汇区 among the people, 发展 in the text");
                    }
                }
                assertTrue(seen, candidates.get(1));
            }

            // the flag, not the text, is what rules a flagged row out: the radical's row flagged false is refuted
            // unread (the consumer never stores such a row; this shows the database took the flag's word)
            alter(conn, "update article set folds_to_han = false where id = ?", candidates.get(3));
            assertEquals(Boolean.TRUE, refuted(conn, c, candidates.get(3)), "refuted on the flag");
            alter(conn, "update article set folds_to_han = true where id = ?", candidates.get(3));
            assertEquals(Boolean.FALSE, refuted(conn, c, candidates.get(3)), "flagged: left to the check");
        }
    }

    private static Boolean refuted(Connection conn, SearchCriteria c, String id) throws Exception {
        try (PreparedStatement ps = SearchSql.heldCandidates(c, SearchSql.Shape.COLLECT, 0, 1000,
                c.query().plainHanTerms()).prepare(conn); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rs.getString("id").equals(id)) {
                    return rs.getBoolean("refuted");
                }
            }
        }
        return null;
    }

    /** Every raw text column of the article, sections included, as the database prints them. */
    private static String wholeRawText(Connection conn, String id) throws Exception {
        try (PreparedStatement ps = conn.prepareStatement("select concat_ws(' ', title, kicker, subtitle, source,"
                + " cast(authors as text), cast(paragraphs as text), cast(sections as text)) from article where id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), id);
                return rs.getString(1);
            }
        }
    }

    private static void alter(Connection conn, String sql, String id) throws Exception {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setString(1, id);
            assertEquals(1, ps.executeUpdate(), sql);
        }
    }

    /**
     * Whether every term stands as it is in the article's title, kicker, subtitle, source, authors or paragraphs (the
     * seeds' people are all in their text, so the people list the database also reads changes nothing here).
     */
    private static boolean rawHolds(Connection conn, String id, List<String> terms) throws Exception {
        try (PreparedStatement ps = conn.prepareStatement("select title, kicker, subtitle, source, cast(authors as text),"
                + " cast(paragraphs as text) from article where id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), id);
                StringBuilder all = new StringBuilder();
                for (int i = 1; i <= 6; i++) {
                    all.append(rs.getString(i)).append('\u0000');
                }
                return terms.stream().allMatch(t -> all.indexOf(t) >= 0);
            }
        }
    }

    /**
     * A phrase whose common pairs are left out of the index lookup ({@link RankedWindow#lookup}) finds the same newest
     * matches, in the same order, as looked up by all of them, collected or walked: the pairs left out only widen
     * the candidates, which the check confirms. The phrase is ten characters of a stored paragraph around 徐汇, which
     * most of the paper's articles hold.
     */
    @Test
    void aPhraseLookedUpWithoutItsCommonPairsFindsTheSameMatches() throws Exception {
        String paper = "稀对报" + UUID.randomUUID().toString().substring(0, 6);
        GoldSeeds.loadStored(paper);
        try (Connection conn = dataSource.getConnection()) {
            String phrase = null;
            try (PreparedStatement ps = conn.prepareStatement(
                    "select substring(cast(a.paragraphs as text) from '[\\u4e00-\\u9fa5]{4}徐汇[\\u4e00-\\u9fa5]{4}')"
                            + " from article a where a.paper = ? order by a.id")) {
                ps.setString(1, paper);
                try (ResultSet rs = ps.executeQuery()) {
                    while (phrase == null && rs.next()) {
                        phrase = rs.getString(1);
                    }
                }
            }
            assertTrue(phrase != null, "ten Han characters around 徐汇 in a paragraph");
            SearchCriteria all = criteria("\"" + phrase + "\"", paper, null, null);
            // the pairs of 徐汇 and of its neighbours left out by hand, and whatever the planner's statistics leave out
            int[] rare = phrase.codePoints().toArray();
            List<Integer> kept = new ArrayList<>();
            for (int i = 0; i + 1 < rare.length; i++) {
                if (rare[i] != '徐' && rare[i] != '汇' && rare[i + 1] != '徐' && rare[i + 1] != '汇') {
                    kept.add(SearchTerms.bigram(rare[i], rare[i + 1]));
                }
            }
            SearchCriteria byHand = all.withQuery(all.query().withIndexCodes(kept.stream().mapToInt(i -> i).toArray()));
            assertEquals(6, byHand.query().termCodes().split(",").length, byHand.query().termCodes());
            SearchCriteria narrowed = RankedWindow.narrowed(conn, all);
            assertEquals(RankedWindow.lookup(conn, all).criteria().query().termCodes(), narrowed.query().termCodes(),
                    "the date-ordered listing looks up the pairs the ranked window does");
            for (SearchCriteria looked : List.of(byHand, RankedWindow.lookup(conn, all).criteria(), narrowed)) {
                for (int want : new int[] { 1, 2, 5, 1000 }) {
                    List<String> byAll = RankedWindow.checkedIds(conn, all, SearchSql.Shape.COLLECT, 0, want);
                    assertFalse(byAll.isEmpty(), phrase);
                    assertEquals(byAll, RankedWindow.checkedIds(conn, looked, SearchSql.Shape.COLLECT, 0, want),
                            phrase + ", " + want + " wanted, " + looked.query().termCodes());
                    assertEquals(byAll, RankedWindow.checkedIds(conn, looked, SearchSql.Shape.WALK, 0, want),
                            phrase + ", walked, " + want + " wanted, " + looked.query().termCodes());
                    // in the criteria's date order (sort=newest and past the ranked window), skipping the first:
                    // tested in the database through the pairs looked up, as checked here through them all
                    for (long skip : new long[] { 0, 1 }) {
                        assertEquals(ids(RankedWindow.checked(conn, all, null, skip, want)),
                                RankedWindow.checkedIds(conn, looked, null, skip, want),
                                phrase + ", in date order, " + skip + " skipped, " + want + " wanted");
                    }
                }
            }
        }
    }

    private static List<String> ids(List<news.xuhui.query.store.ArticleEntity> articles) {
        return articles.stream().map(a -> a.id).toList();
    }

    /** A date's block as the service computes it is the block the index holds it under, before 1970 too. */
    @Test
    void blocksAreTheIndexs() throws Exception {
        List<LocalDate> dates = List.of(LocalDate.of(1949, 10, 1), LocalDate.of(1969, 8, 26), LocalDate.of(1969, 12, 31),
                LocalDate.of(1970, 1, 1), LocalDate.of(1970, 5, 8), LocalDate.of(1970, 5, 9), LocalDate.of(2025, 12, 14));
        try (Connection conn = dataSource.getConnection();
                PreparedStatement ps = conn.prepareStatement("select (cast(? as date) - date '1970-01-01') / 128")) {
            for (LocalDate d : dates) {
                ps.setObject(1, d);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    assertEquals(rs.getLong(1), SearchSql.block(d), d.toString());
                    assertFalse(SearchSql.blockStart(SearchSql.block(d)).isAfter(d), "block of " + d + " starts after it");
                }
            }
        }
    }

    /** The newest matches, by collecting them all: checked on their text, or in date order as the index finds them. */
    private static List<String> newest(Connection conn, SearchCriteria c, int want) throws Exception {
        List<String> ids = new ArrayList<>();
        if (c.query().needsCheck()) {
            RankedWindow.checked(conn, c, SearchSql.Shape.COLLECT, 0, want).forEach(a -> ids.add(a.id));
            return ids;
        }
        try (PreparedStatement ps = SearchSql.dated(c, 0, want).prepare(conn); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString("id"));
            }
        }
        return ids;
    }

    private static boolean undated(Connection conn, String id) throws Exception {
        try (PreparedStatement ps = conn.prepareStatement("select edition_date is null from article_search where id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private static List<String> page(Connection conn, SearchCriteria c, long blockFromMatches) throws Exception {
        List<String> ids = new ArrayList<>();
        RankedWindow.read(conn, c, new RankedWindow.Settings(100, Long.MAX_VALUE, 2.0, blockFromMatches), 0, 50,
                rs -> ids.add(rs.getString("id")));
        return ids;
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
