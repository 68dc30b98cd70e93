package news.xuhui.query.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into the runs the search index is built from. Chinese has no spaces, so a run is a maximal sequence
 * of Han characters (later cut into overlapping bigrams) or of other letters and digits (kept whole, like a word);
 * everything else (punctuation, spaces, symbols) only separates runs. Text and queries both go through here, which
 * is what keeps the index and the queries identical.
 */
public final class CjkText {

    private CjkText() {
    }

    /** A run of the normalised text: {@code han} runs are cut into bigrams, the others are one token. */
    public record Run(String text, boolean han) {

        int length() {
            return text.codePointCount(0, text.length());
        }
    }

    /** Full-width forms to ASCII (ＡＢ１ → ab1), compatibility ideographs to their unified forms, lower case. */
    public static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** The runs of already normalised text, in order. */
    public static List<Run> runs(String normalized) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean currentHan = false;
        for (int i = 0; i < normalized.length();) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            boolean han = isHan(cp);
            boolean word = han || Character.isLetterOrDigit(cp);
            if (!word || (current.length() > 0 && han != currentHan)) {
                flush(current, currentHan, runs);
            }
            if (word) {
                current.appendCodePoint(cp);
                currentHan = han;
            }
        }
        flush(current, currentHan, runs);
        return runs;
    }

    private static void flush(StringBuilder current, boolean han, List<Run> runs) {
        if (current.length() > 0) {
            runs.add(new Run(current.toString(), han));
            current.setLength(0);
        }
    }

    /** The overlapping two-character pieces of a Han run of at least two characters. */
    static List<String> bigrams(String han) {
        int[] cps = han.codePoints().toArray();
        List<String> out = new ArrayList<>(Math.max(0, cps.length - 1));
        for (int i = 0; i + 1 < cps.length; i++) {
            out.add(new String(cps, i, 2));
        }
        return out;
    }

    static String lastChar(String han) {
        int last = han.codePointBefore(han.length());
        return new String(Character.toChars(last));
    }
}
