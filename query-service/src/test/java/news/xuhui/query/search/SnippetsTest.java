package news.xuhui.query.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void marksEveryMatchAndEscapesHtml() {
        assertEquals("<mark>徐汇</mark>区 &lt;b&gt; <mark>徐汇</mark>",
                Snippets.highlight("徐汇区 <b> 徐汇", List.of("徐汇")));
    }

    @Test
    void matchesFullWidthAndCaseButOnlyWholeLatinWords() {
        assertEquals("<mark>ＡＩ</mark> and <mark>ai</mark>, not said",
                Snippets.highlight("ＡＩ and ai, not said", List.of("ai")));
    }

    @Test
    void foldedCharactersBeforeAMatchDoNotShiftItsMark() {
        // full-width punctuation and letters fold to one ASCII character, a ligature to two
        assertEquals("，<mark>徐汇</mark>。Ａﬁ（<mark>徐汇</mark>）<mark>ＡＩ</mark>",
                Snippets.highlight("，徐汇。Ａﬁ（徐汇）ＡＩ", List.of("徐汇", "ai")));
    }

    @Test
    void snippetIsCentredOnTheDensestMatches() {
        String filler = "这是一段很长的无关文字。".repeat(30);
        String s = Snippets.snippet(List.of(filler + "区委书记曹立强主持会议，徐汇区人大常委会主任出席。" + filler),
                List.of("曹立强", "徐汇"), 60);
        assertTrue(s.startsWith("…") && s.endsWith("…"), s);
        assertTrue(s.contains("<mark>曹立强</mark>") && s.contains("<mark>徐汇</mark>"), s);
        assertTrue(s.length() < 120, s);
    }

    @Test
    void withoutMatchesTheSnippetIsTheStart() {
        assertEquals("开头的文字", Snippets.snippet(List.of("开头的文字"), List.of("徐汇"), 60));
    }

    @Test
    void charactersThatFoldOneForOneKeepTheMarksInPlace() {
        // capitals and full-width digits fold without changing the text's length
        assertEquals("ABＣ１２ <mark>徐汇</mark> <mark>AI</mark>和<mark>ａｉ</mark>，AIR",
                Snippets.highlight("ABＣ１２ 徐汇 AI和ａｉ，AIR", List.of("徐汇", "ai")));
    }

    @Test
    void snippetPrefersMoreDistinctTermsOverMoreMatchesAndTheEarliestOnATie() {
        String filler = "这是一段很长的无关文字。".repeat(20);
        String text = "徐汇徐汇徐汇徐汇" + filler + "徐汇区委书记曹立强" + filler + "曹立强在徐汇" + filler;
        String s = Snippets.snippet(List.of(text), List.of("曹立强", "徐汇"), 40);
        assertTrue(s.contains("<mark>徐汇</mark>区委书记<mark>曹立强</mark>"), s);
        assertTrue(!s.contains("曹立强</mark>在"), s);
    }
}
