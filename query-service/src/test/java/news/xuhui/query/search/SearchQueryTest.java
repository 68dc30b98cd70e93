package news.xuhui.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The text → tsquery translation: what each kind of user input becomes. */
class SearchQueryTest {

    @Test
    void twoCharacterWordIsOneExactLexeme() {
        assertEquals("'徐汇'", SearchQuery.parse("徐汇").toTsQuery());
        assertFalse(SearchQuery.parse("徐汇").needsPositions());
    }

    @Test
    void threeCharacterNameIsOneLexemeTheIndexAnswersAlone() {
        assertEquals("'曹立强'", SearchQuery.parse("曹立强").toTsQuery());
        assertEquals("'曹立强'", SearchQuery.parse("曹立强").toIndexQuery());
        assertFalse(SearchQuery.parse("曹立强").needsPositions());
        assertFalse(SearchQuery.parse("林晓 高质量 2025").needsPositions());
    }

    @Test
    void longerWordIsAPhraseOfThreeCharacterPieces() {
        assertEquals("'人工智' <-> '工智能'", SearchQuery.parse("人工智能").toTsQuery());
        assertEquals("'欧阳晓' <-> '阳晓明'", SearchQuery.parse("欧阳晓明").toTsQuery());
        assertTrue(SearchQuery.parse("人工智能").needsPositions());
        assertEquals("('人工智') & ('工智能') & ('徐汇')", SearchQuery.parse("人工智能 徐汇").toIndexQuery(),
                "the index query: the same lexemes, unordered");
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
    void highlightRunsAreLongestFirst() {
        assertEquals(List.of("曹立强", "徐汇"), SearchQuery.parse("徐汇 曹立强").highlightRuns());
    }
}
