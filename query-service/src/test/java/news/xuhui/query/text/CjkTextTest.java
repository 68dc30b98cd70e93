package news.xuhui.query.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class CjkTextTest {

    @Test
    void runsAreHanOrOtherLettersAndDigitsSplitByEverythingElse() {
        assertEquals(List.of(new CjkText.Run("徐汇区", true), new CjkText.Run("2026", false), new CjkText.Run("年", true),
                new CjkText.Run("q3", false), new CjkText.Run("报告", true), new CjkText.Run("abc", false),
                new CjkText.Run("第", true), new CjkText.Run("1", false), new CjkText.Run("版", true)),
                CjkText.runs(CjkText.normalize("徐汇区2026年Ｑ３报告，abc：第1版。")));
        assertEquals(List.of(), CjkText.runs("，。 —— "));
    }

    /** Its shortcut for the bulk of a Chinese text aside, Han is the Unicode script of the running Java. */
    @Test
    void hanIsTheUnicodeScriptHan() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (CjkText.isHan(cp) != (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                assertEquals(Character.UnicodeScript.of(cp), CjkText.isHan(cp) ? Character.UnicodeScript.HAN : null,
                        "U+" + Integer.toHexString(cp).toUpperCase());
            }
        }
    }

    @Test
    void everyStableCharacterIsItsOwnNormalForm() {
        int stable = 0;
        for (int cp = 0; cp <= 0xFFFF; cp++) {
            if (Character.isSurrogate((char) cp) || !CjkText.isStable(cp)) {
                continue;
            }
            String s = String.valueOf((char) cp);
            assertEquals(s, CjkText.normalize(s), "U+" + Integer.toHexString(cp));
            stable++;
        }
        assertTrue(stable > 20_000, "the ideographs are stable");
        assertFalse(CjkText.isStable('Ａ'));
        assertFalse(CjkText.isStable('A'));
        assertFalse(CjkText.isStable('，'));
    }

    /**
     * The class the database rules candidates out with holds exactly the characters whose normal form differs and holds
     * a Han character, over every plane (so the planes the class is computed from are all that have such forms).
     */
    @Test
    void foldsToHanIsEveryCharacterNormalisedIntoHan() {
        Pattern folds = Pattern.compile(CjkText.foldsToHan());
        int members = 0;
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.getType(cp) == Character.SURROGATE) {
                continue;
            }
            String c = Character.toString(cp);
            String n = Normalizer.normalize(c, Normalizer.Form.NFKC);
            boolean expected = !n.equals(c)
                    && n.codePoints().anyMatch(x -> Character.UnicodeScript.of(x) == Character.UnicodeScript.HAN);
            if (expected != folds.matcher(c).matches()) {
                throw new AssertionError(String.format("U+%04X %s -> %s: expected %s", cp, c, n, expected));
            }
            members += expected ? 1 : 0;
        }
        assertTrue(members > 1000, "compatibility ideographs, radicals, enclosed forms: " + members);
        assertTrue(folds.matcher("⼀").matches(), "Kangxi radical one");
        assertFalse(folds.matcher("一").matches(), "the unified ideograph itself");
    }

    /** What the store flags an article with: a text holding any character of {@link CjkText#foldsToHan()}. */
    @Test
    void aTextFoldsToHanWhenOneOfItsCharactersDoes() {
        Pattern folds = Pattern.compile(CjkText.foldsToHan());
        for (String t : List.of("徐汇区发展", "第⼀段", "\uF900有此理", "㈠总则", "ＡＢＣ１２３，全角", "", "abc", "𠀀字")) {
            assertEquals(folds.matcher(t).find(), CjkText.foldsAnyToHan(t), t);
        }
        assertTrue(CjkText.foldsAnyToHan("第⼀段"), "a Kangxi radical");
        assertFalse(CjkText.foldsAnyToHan("ＡＢＣ１２３"), "full-width letters fold, but not into Han");
        assertFalse(CjkText.foldsAnyToHan(null));
    }

    @Test
    void piecesAreThreeCharactersShorterAtTheEnd() {
        assertEquals(List.of("曹立强", "立强", "强"), CjkText.pieces("曹立强"));
        assertEquals(List.of("徐"), CjkText.pieces("徐"));
        assertEquals(List.of("𠀀𠀁𠀂", "𠀁𠀂", "𠀂"), CjkText.pieces("𠀀𠀁𠀂"), "characters beyond the BMP count as one");
    }
}
