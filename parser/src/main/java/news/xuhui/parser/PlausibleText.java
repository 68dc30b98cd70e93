package news.xuhui.parser;

/**
 * Refuses text that cannot be a newspaper page before any article is built from it: no Chinese text at all, or one
 * character or a short pattern repeated (a stuck scanner, a test file, a placeholder). Such input used to become an
 * "article" and pollute the archive.
 */
final class PlausibleText {

    /** A page carries at least this many CJK characters: the shortest headline. */
    static final int MIN_CJK = 2;
    /** Below this many characters a text is too short to call repetitive (a headline and a short sentence). */
    static final int MIN_REPEAT_CHECK = 32;
    /** Longest repeated unit looked for (a short phrase repeated). */
    static final int MAX_PERIOD = 32;
    /** Text this periodic (share of positions equal to the one a period earlier) is a repetition, not prose. */
    static final double PERIODIC_SHARE = 0.9;
    /** Enough of the text to judge it; keeps the check linear and bounded. */
    static final int SAMPLE = 20_000;

    private PlausibleText() {
    }

    /** Why the text is not a page, in plain words, or {@code null} when it may be one. */
    static String problem(String text) {
        StringBuilder s = new StringBuilder(Math.min(text.length(), SAMPLE));
        int cjk = 0;
        for (int i = 0; i < text.length() && s.length() < SAMPLE; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || TextCleaner.isSpace(c)) {
                continue;
            }
            s.append(c);
            if (TextCleaner.isCjk(c)) {
                cjk++;
            }
        }
        if (s.length() == 0) {
            return null; // empty pages are reported as such by the caller
        }
        if (cjk < MIN_CJK) {
            return "the file holds no Chinese text (" + cjk + " CJK characters in the first " + s.length()
                    + " non-space characters), so it is not a newspaper page";
        }
        int n = s.length();
        if (n < MIN_REPEAT_CHECK) {
            return null;
        }
        for (int p = 1; p <= MAX_PERIOD && p < n / 2; p++) {
            int same = 0;
            for (int i = p; i < n; i++) {
                if (s.charAt(i) == s.charAt(i - p)) {
                    same++;
                }
            }
            if (same >= (n - p) * PERIODIC_SHARE) {
                return "the text is " + (p == 1 ? "one character" : "a pattern of " + p + " characters")
                        + " repeated, not article text";
            }
        }
        return null;
    }
}
