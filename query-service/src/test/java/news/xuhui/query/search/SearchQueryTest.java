package news.xuhui.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.xuhui.query.text.SearchTerms;

/**
 * What each kind of user input becomes: the index terms every match holds, whether candidates need a check on their
 * text, the check itself, and the tsquery relevance is ranked with.
 */
class SearchQueryTest {

    @Test
    void twoCharacterWordIsOneExactLexeme() {
        assertEquals("'徐汇'", SearchQuery.parse("徐汇").toTsQuery());
        assertEquals("{" + SearchTerms.bigram('徐', '汇') + "}", SearchQuery.parse("徐汇").termCodes());
        assertFalse(SearchQuery.parse("徐汇").needsCheck(), "one bigram: the index finds exactly the matches");
        assertFalse(SearchQuery.parse("徐").needsCheck(), "one unigram");
        assertFalse(SearchQuery.parse("徐汇 林晓").needsCheck(), "two-character words and names, AND-ed");
    }

    @Test
    void threeCharacterNameIsOneLexemeTheIndexAnswersAlone() {
        assertEquals("'曹立强'", SearchQuery.parse("曹立强").toTsQuery());
        assertEquals(SearchTerms.literal(new int[] { SearchTerms.bigram('曹', '立'), SearchTerms.bigram('立', '强') }),
                SearchQuery.parse("曹立强").termCodes());
        assertTrue(SearchQuery.parse("曹立强").needsCheck(), "its two bigrams may stand apart: 曹立 ... 立强");
        assertTrue(SearchQuery.parse("2025").needsCheck(), "a hashed word may collide");
    }

    @Test
    void longerWordIsAPhraseOfThreeCharacterPieces() {
        assertEquals("'人工智' <-> '工智能'", SearchQuery.parse("人工智能").toTsQuery());
        assertEquals("'欧阳晓' <-> '阳晓明'", SearchQuery.parse("欧阳晓明").toTsQuery());
        assertTrue(SearchQuery.parse("人工智能").needsCheck());
        assertEquals(4, SearchQuery.parse("人工智能 徐汇").termCodes().split(",").length, "人工 工智 智能 徐汇");
    }

    @Test
    void aCheckedQueryMayLookUpSomeOfItsPairs() {
        SearchQuery q = SearchQuery.parse("人工智能 徐汇");
        int[] some = { SearchTerms.bigram('工', '智'), SearchTerms.bigram('徐', '汇') };
        SearchQuery looked = q.withIndexCodes(some);
        assertEquals(SearchTerms.literal(java.util.Arrays.stream(some).sorted().toArray()), looked.termCodes());
        assertEquals(q.toTsQuery(), looked.toTsQuery(), "ranked alike");
        assertEquals(q.termCodeSets(), looked.termCodeSets(), "estimated alike");
        List<String> apart = List.of("人工的智能在徐汇");
        assertFalse(looked.matches(apart), "still checked on the text: its pairs apart are no match");
        assertTrue(looked.matches(List.of("徐汇的人工智能")));
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.parse("徐汇").withIndexCodes(
                new int[] { SearchTerms.bigram('徐', '汇') }), "an exact query looks up all of its terms");
        assertThrows(IllegalArgumentException.class, () -> q.withIndexCodes(new int[] { SearchTerms.bigram('人', '大') }),
                "a pair the query does not hold");
        assertThrows(IllegalArgumentException.class, () -> q.withIndexCodes(new int[0]), "nothing looked up");
    }

    @Test
    void singleCharacterIsAPrefix() {
        assertEquals("'徐':*", SearchQuery.parse("徐").toTsQuery());
    }

    @Test
    void spaceSeparatedTermsAreAnded() {
        assertEquals("('徐汇') & ('人大')", SearchQuery.parse("徐汇 人大").toTsQuery());
        assertEquals("('徐汇') & ('人大')", SearchQuery.parse("徐汇\u3000人大").toTsQuery(), "ideographic space");
    }

    @Test
    void quotedTextIsOnePhraseAcrossSpacesAndPunctuation() {
        // a run followed by another must end where the text's run ends: all its pieces, the short last ones too
        assertEquals("'徐汇' <-> '汇' <-> '人大'", SearchQuery.parse("\"徐汇 人大\"").toTsQuery());
        assertEquals("'建设新' <-> '设新徐' <-> '新徐汇' <-> '徐汇' <-> '汇' <-> '奋进'",
                SearchQuery.parse("“建设新徐汇、奋进”").toTsQuery());
        assertEquals(1, SearchQuery.parse("「两会」").terms().size());
    }

    @Test
    void latinAndDigitRunsAreWholeAndFolded() {
        assertEquals("'2025' <-> '年':*", SearchQuery.parse("2025年").toTsQuery());
        assertEquals("'ai'", SearchQuery.parse("ＡＩ").toTsQuery(), "full-width folded to ASCII, lower case");
        assertEquals("'年' <-> '12'", SearchQuery.parse("年12").toTsQuery(), "a lone char followed by more is exact");
        assertEquals("'1' <-> '5' <-> 'x'", SearchQuery.parse("1+5+X").toTsQuery());
        assertEquals("'第十' <-> '十' <-> '5' <-> '届人大' <-> '人大常'", SearchQuery.parse("第十5届人大常").toTsQuery(),
                "mixed runs: the inner Han run is whole, the last one open at its end");
        assertEquals("'g20' <-> '峰会'", SearchQuery.parse("Ｇ20峰会").toTsQuery());
    }

    @Test
    void syntaxCharactersNeverReachTheQuery() {
        for (String q : List.of("'", "\\", "&|!():*<->", "'; drop table article; --", "a' & 'b", "\"", "%_")) {
            String ts = SearchQuery.parse(q).toTsQuery();
            // every lexeme is quoted; between them only the operators we put there
            String outside = ts.replaceAll("'[^']*'", "L");
            assertTrue(outside.matches("[L :*<\\->&()]*"), q + " -> " + ts);
        }
        assertTrue(SearchQuery.parse("&|!()").isEmpty(), "only punctuation: nothing searchable");
        assertEquals("('a') & ('b')", SearchQuery.parse("a' & 'b").toTsQuery());
    }

    @Test
    void duplicatesAndExcessTermsAreDropped() {
        assertEquals(1, SearchQuery.parse("徐汇 徐汇").terms().size());
        assertEquals(SearchQuery.MAX_TERMS, SearchQuery.parse("甲 乙 丙 丁 戊 己 庚 辛 壬 癸").terms().size());
        assertFalse(SearchQuery.parse("一").isEmpty());
    }

    @Test
    void aWordIsMatchedOnlyWhereItsCharactersStandTogether() {
        SearchQuery q = SearchQuery.parse("人工智能");
        assertTrue(q.matches(List.of("发展人工智能产业")));
        assertFalse(q.matches(List.of("人工智慧与智能制造")), "人工, 工智 and 智能 all there, apart");
        assertFalse(q.matches(List.of("推进人工", "智能制造")), "split across two paragraphs");
        assertFalse(q.matches(List.of("人工、智能")), "split by punctuation");
        assertTrue(q.matches(List.of("ＡＩ", "人工智能")), "in any text of the article");
        assertTrue(SearchQuery.parse("曹立强").matches(List.of("区委书记曹立强主持")));
        assertFalse(SearchQuery.parse("曹立强").matches(List.of("曹立新、李立强")));
    }

    @Test
    void twoCharacterWordsAndNamesAreFoundWhereverTheyStand() {
        for (String text : List.of("徐汇", "徐汇区", "新徐汇", "建设新徐汇奋进", "在徐汇。")) {
            assertTrue(SearchQuery.parse("徐汇").matches(List.of(text)), text);
            int[] terms = new news.xuhui.query.text.SearchTerms().add(text).codes();
            assertTrue(java.util.Arrays.binarySearch(terms, SearchTerms.bigram('徐', '汇')) >= 0,
                    "indexed: " + text);
        }
        int[] terms = new news.xuhui.query.text.SearchTerms().add("林晓出席").codes();
        assertTrue(java.util.Arrays.binarySearch(terms, SearchTerms.bigram('林', '晓')) >= 0);
        assertTrue(java.util.Arrays.binarySearch(terms, SearchTerms.unigram('席')) >= 0, "the last character too");
    }

    @Test
    void quotedTermsAndLatinRunsAreCheckedRunByRun() {
        SearchQuery q = SearchQuery.parse("\"徐汇 人大\"");
        assertTrue(q.needsCheck());
        assertTrue(q.matches(List.of("新徐汇，人大代表")), "the first run ends a text run, the last starts one");
        assertFalse(q.matches(List.of("徐汇区人大")), "徐汇 must end its run");
        assertFalse(q.matches(List.of("徐汇，在人大")), "人大 must start its run");
        assertTrue(SearchQuery.parse("2025年").matches(List.of("2025年12月")));
        assertFalse(SearchQuery.parse("2025年").matches(List.of("20250年")), "a number is whole");
        assertTrue(SearchQuery.parse("ＡＩ").matches(List.of("AI赋能")), "folded as the index folds");
        assertTrue(SearchQuery.parse("徐汇 人大").matches(List.of("人大", "徐汇")), "terms AND-ed across texts");
        assertFalse(SearchQuery.parse("徐汇 人大").matches(List.of("徐汇")));
    }

    @Test
    void onlyTermsOfOneHanRunAreCheckedAsPlainText() {
        assertEquals(List.of("人工智能", "曹立强"), SearchQuery.parse("人工智能 曹立强").plainHanTerms());
        assertEquals(List.of("徐汇滨江"), SearchQuery.parse("“徐汇滨江”").plainHanTerms());
        assertEquals(null, SearchQuery.parse("\"徐汇 人大\"").plainHanTerms(), "two runs: a phrase across them");
        assertEquals(null, SearchQuery.parse("人工智能 2025").plainHanTerms(), "a number is a whole run");
        assertEquals(null, SearchQuery.parse("2025年").plainHanTerms());
    }

    @Test
    void highlightRunsAreLongestFirst() {
        assertEquals(List.of("曹立强", "徐汇"), SearchQuery.parse("徐汇 曹立强").highlightRuns());
    }
}
