package news.xuhui.query.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into the runs the search index is built from. Chinese has no spaces, so a run is a maximal sequence
 * of Han characters (later cut into overlapping pieces of up to three characters) or of other letters and digits
 * (kept whole, like a word);
 * everything else (punctuation, spaces, symbols) only separates runs. Text and queries both go through here, which
 * is what keeps the index and the queries identical.
 */
public final class CjkText {

    private CjkText() {
    }

    /** A run of the normalised text: {@code han} runs are cut into {@link #pieces}, the others are one token. */
    public record Run(String text, boolean han) {

        public int length() {
            return text.codePointCount(0, text.length());
        }
    }

    /**
     * A regular-expression bracket expression of every character that {@link #normalize} turns into something holding
     * a Han character other than itself: compatibility and radical forms (豈 U+F900 → 豈, ⼀ U+2F00 → 一), enclosed and
     * squared ideographs (㈠ → (一)). A raw text without any of them holds a Han word after normalising only where it
     * holds it as it is, so the database can rule a candidate out on its raw text. Computed once from the normaliser
     * itself (~0.25 s), so it follows the JDK's Unicode tables; planes 0 to 2 hold every compatibility form there is.
     */
    public static String foldsToHan() {
        return FoldsToHan.CLASS;
    }

    private static final class FoldsToHan {
        /** The end of plane 2, the last with compatibility forms (豈 U+2F800 to U+2FA1D). */
        private static final int LAST = 0x2FFFF;

        static final String CLASS = build();

        private static String build() {
            StringBuilder out = new StringBuilder("[");
            int start = -1;
            int last = -2;
            for (int cp = 0x80; cp <= LAST + 1; cp++) {
                boolean in = cp <= LAST && foldsToHan(cp);
                if (in && cp != last + 1) {
                    close(out, start, last);
                    start = cp;
                }
                if (in) {
                    last = cp;
                }
            }
            close(out, start, last);
            return out.append(']').toString();
        }

        private static boolean foldsToHan(int cp) {
            if (Character.getType(cp) == Character.UNASSIGNED || Character.getType(cp) == Character.SURROGATE) {
                return false;
            }
            String c = new String(Character.toChars(cp));
            if (Normalizer.isNormalized(c, Normalizer.Form.NFKC)) {
                return false;
            }
            return normalize(c).codePoints().anyMatch(CjkText::isHan);
        }

        private static void close(StringBuilder out, int start, int last) {
            if (start < 0) {
                return;
            }
            out.appendCodePoint(start);
            if (last > start) {
                out.append('-').appendCodePoint(last);
            }
        }
    }

    /** Full-width forms to ASCII (ＡＢ１ → ab1), compatibility ideographs to their unified forms, lower case. */
    public static String normalize(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /**
     * True for a character {@link #normalize} leaves as it is, known without the normaliser: ASCII other than capitals,
     * and the CJK unified ideographs (which have no compatibility forms). Saves its cost on the bulk of a text.
     */
    public static boolean isStable(int codePoint) {
        return codePoint < 0x80 ? codePoint < 'A' || codePoint > 'Z' : codePoint >= 0x4E00 && codePoint <= 0x9FFF;
    }

    /** Folded forms of the BMP's characters, filled as met; {@link #SAME} marks a character that folds to itself. */
    private static final String[] BMP_FOLDS = new String[0x10000];
    private static final String SAME = new String("same");

    /**
     * The character's {@link #normalize normalised} form, or null when that is the character itself (most of a
     * Chinese text). Cached per character: punctuation is full-width in Chinese text and would otherwise go through
     * the normaliser at every occurrence. Races only ever store the same value.
     */
    public static String fold(int codePoint) {
        if (isStable(codePoint)) {
            return null;
        }
        if (codePoint >= BMP_FOLDS.length) {
            String folded = normalize(new String(Character.toChars(codePoint)));
            return folded.equals(new String(Character.toChars(codePoint))) ? null : folded;
        }
        String cached = BMP_FOLDS[codePoint];
        if (cached == null) {
            String c = String.valueOf((char) codePoint);
            String folded = normalize(c);
            cached = folded.equals(c) ? SAME : folded;
            BMP_FOLDS[codePoint] = cached;
        }
        return cached == SAME ? null : cached;
    }

    /**
     * True when the text holds a character {@link #normalize} turns into something holding a Han character other than
     * itself (the characters of {@link #foldsToHan()}): only then can the normalised text hold a Han word the text
     * itself lacks. Stored with each article ({@code article.folds_to_han}), so that the database rules a candidate out
     * on a flag instead of running that expression over its whole text.
     */
    public static boolean foldsAnyToHan(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            String folded = fold(cp);
            if (folded != null && folded.codePoints().anyMatch(CjkText::isHan)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** The text with each character {@link #fold folded}: {@link #normalize} one character at a time, cached. */
    static String foldEach(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            String folded = fold(cp);
            if (folded != null && sb == null) {
                sb = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (sb != null) {
                if (folded != null) {
                    sb.append(folded);
                } else {
                    sb.appendCodePoint(cp);
                }
            }
            i += Character.charCount(cp);
        }
        return sb == null ? text : sb.toString();
    }

    public static boolean isHan(int codePoint) {
        // the bulk of a Chinese text without the script table's binary search: U+4E00 to U+9FEF are all assigned Han
        // (the block's last few code points were assigned later, so they are left to the table)
        return codePoint >= 0x4E00 && codePoint <= 0x9FEF
                || Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** Receives a run of a normalised text as its span {@code [start, end)} of that text. */
    @FunctionalInterface
    public interface RunVisitor {
        void run(String text, int start, int end, boolean han);
    }

    /**
     * Hands each run of already normalised text to the visitor, in order, as a span of the text (a run's characters
     * are always consecutive): the cutting both {@link #runs} and the index terms ({@link SearchTerms}) are made by,
     * the latter without a copy of each run.
     */
    public static void forEachRun(String normalized, RunVisitor visitor) {
        int start = -1; // where the current run began; -1 outside one
        boolean currentHan = false;
        for (int i = 0; i < normalized.length();) {
            int cp = normalized.codePointAt(i);
            boolean han = isHan(cp);
            boolean word = han || Character.isLetterOrDigit(cp);
            if (start >= 0 && (!word || han != currentHan)) {
                visitor.run(normalized, start, i, currentHan);
                start = -1;
            }
            if (word && start < 0) {
                start = i;
                currentHan = han;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            visitor.run(normalized, start, normalized.length(), currentHan);
        }
    }

    /** The runs of already normalised text, in order. */
    public static List<Run> runs(String normalized) {
        List<Run> runs = new ArrayList<>();
        forEachRun(normalized, (text, start, end, han) -> runs.add(new Run(text.substring(start, end), han)));
        return runs;
    }

    /** Longest piece a Han run is cut into: a three-character name or word is then one lexeme of the index. */
    public static final int PIECE = 3;

    /**
     * One piece per character of a Han run: the {@link #PIECE} characters starting there, fewer at the end of the run
     * (徐汇区 → 徐汇区, 汇区, 区). Every substring of a run is then a prefix of the piece where it starts (up to three
     * characters) or a phrase of consecutive pieces (longer).
     */
    public static List<String> pieces(String han) {
        int[] cps = han.codePoints().toArray();
        List<String> out = new ArrayList<>(cps.length);
        for (int i = 0; i < cps.length; i++) {
            out.add(new String(cps, i, Math.min(PIECE, cps.length - i)));
        }
        return out;
    }
}
