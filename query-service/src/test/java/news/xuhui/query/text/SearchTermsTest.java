package news.xuhui.query.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void hanRunsGiveTheirCharactersAndNeighbourPairs() {
        int[] codes = new SearchTerms().add("徐汇区").codes();
        int[] expected = { '徐', '汇', '区', SearchTerms.bigram('徐', '汇'), SearchTerms.bigram('汇', '区') };
        java.util.Arrays.sort(expected);
        assertArrayEquals(expected, codes);
        assertEquals("{" + (int) '区' + "," + (int) '徐' + "," + (int) '汇' + "}", new SearchTerms().add("徐、汇，区").toLiteral(),
                "punctuation separates runs: no pair across it");
    }

    /**
     * The terms are those of the text's runs ({@link CjkText#runs}, which queries are cut by): each Han character and
     * pair of neighbours within a run, each other run hashed whole. Texts that mix scripts, widths, digits, characters
     * beyond the BMP and Han code points assigned late.
     */
    @Test
    void termsAreThoseOfTheTextsRuns() {
        String[] texts = { "徐汇区2026年Ｑ３报告abc，第1版", "ＡＢＣ徐汇", "x", "徐", "a徐b汇c", "𠀀𠀁徐汇𠀂", "\u9FFD\u9FEF徐",
            "e\u0301t\u00E9 咖啡", "…——  ", "3.14 百分之五十", "㈱株式会社", "徐\u3000汇" };
        for (String text : texts) {
            java.util.Set<Integer> expected = new java.util.TreeSet<>();
            for (CjkText.Run run : CjkText.runs(CjkText.normalize(text))) {
                if (!run.han()) {
                    expected.add(SearchTerms.hashed(run.text()));
                    continue;
                }
                int[] cps = run.text().codePoints().toArray();
                for (int i = 0; i < cps.length; i++) {
                    expected.add(SearchTerms.unigram(cps[i]));
                    if (i > 0) {
                        expected.add(SearchTerms.bigram(cps[i - 1], cps[i]));
                    }
                }
            }
            assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), new SearchTerms().add(text).codes(),
                    "terms of " + text);
        }
    }

    @Test
    void codesAreDistinctAndSorted() {
        int[] codes = new SearchTerms().add("好好好好").add("好好").codes();
        assertArrayEquals(new int[] { '好', SearchTerms.bigram('好', '好') }, codes);
    }

    /**
     * The hash set and radix sort give what sorting and dropping repeats gives, over the whole int range (pairs of
     * characters from U+8000 up are negative codes) and lengths around the table's sizes.
     */
    @Test
    void distinctSortedCodesAreThoseOfSortingAll() {
        Random r = new Random(17);
        for (int n : new int[] { 0, 1, 2, 3, 7, 64, 1000, 5000 }) {
            for (int spread : new int[] { 3, 100, Integer.MAX_VALUE }) {
                int[] values = new int[n];
                for (int i = 0; i < n; i++) {
                    values[i] = spread == Integer.MAX_VALUE ? r.nextInt() : r.nextInt(spread) - spread / 2;
                }
                int[] expected = IntStream.of(values).sorted().distinct().toArray();
                int[] got = SearchTerms.distinct(values, n);
                SearchTerms.radixSort(got);
                assertArrayEquals(expected, got, n + " values within " + spread);
            }
        }
    }

    @Test
    void hanCodesNeverCollideWithHashedOnes() {
        assertTrue(SearchTerms.exact(SearchTerms.unigram('徐')));
        assertTrue(SearchTerms.exact(SearchTerms.bigram('徐', '汇')));
        assertTrue(SearchTerms.exact(SearchTerms.bigram('\u9fa5', '\u9fa5')), "negative as an int4");
        assertTrue(SearchTerms.exact(SearchTerms.bigram('\u2e80', '\u2e80')), "the first Han code point");
        for (String w : new String[] { "2025", "ai", "g20", "x" }) {
            assertFalse(SearchTerms.exact(SearchTerms.hashed(w)), w);
        }
        assertFalse(SearchTerms.exact(SearchTerms.unigram(0x20000)), "beyond the BMP: hashed");
        assertFalse(SearchTerms.exact(SearchTerms.bigram('徐', 0x20000)));
    }

    @Test
    void lettersAndDigitsAreOneFoldedTerm() {
        assertArrayEquals(new SearchTerms().add("ai").codes(), new SearchTerms().add("ＡＩ").codes());
        assertEquals(1, new SearchTerms().add("G20").codes().length);
    }
}
