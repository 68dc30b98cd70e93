package news.xuhui.query.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Marks the query's runs in clean text: the result is HTML-escaped text with each match wrapped in
 * {@code <mark>…</mark>}, ready to render. Matching uses the same normalisation as the index (full-width and case
 * folded), and letter/digit runs match whole words only, as in the index.
 */
public final class Snippets {

    public static final String OPEN = "<mark>";
    public static final String CLOSE = "</mark>";

    private Snippets() {
    }

    /** The whole text with the runs marked; null stays null. */
    public static String highlight(String text, List<String> runs) {
        if (text == null) {
            return null;
        }
        return render(text, 0, text.length(), matches(text, runs));
    }

    /**
     * About {@code width} characters of the paragraphs around the densest cluster of matches (most distinct runs, the
     * earliest on a tie), marked; the start of the text when nothing matches there (e.g. a title-only match).
     */
    public static String snippet(List<String> paragraphs, List<String> runs, int width) {
        String text = String.join(" ", paragraphs == null ? List.of() : paragraphs);
        if (text.isEmpty()) {
            return "";
        }
        boolean[] marked = matches(text, runs);
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (marked[i] && (i == 0 || !marked[i - 1])) {
                starts.add(i);
            }
        }
        // each match's folded text once: a common word can match dozens of times in one article
        List<String> folded = new ArrayList<>(starts.size());
        for (int t : starts) {
            int end = t;
            while (end < text.length() && marked[end]) {
                end++;
            }
            folded.add(CjkText.foldEach(text.substring(t, end)));
        }
        int best = 0;
        int bestScore = -1;
        for (int i = 0; i < starts.size(); i++) {
            int s = starts.get(i);
            Set<String> distinct = new HashSet<>();
            for (int j = i; j < starts.size() && starts.get(j) < s + width; j++) {
                distinct.add(folded.get(j));
            }
            if (distinct.size() > bestScore) {
                bestScore = distinct.size();
                best = s;
            }
        }
        int from = Math.max(0, best - width / 6);
        int to = Math.min(text.length(), from + width);
        from = Math.max(0, Math.min(from, to - width));
        // never cut a match in half at the window's edges
        while (from > 0 && marked[from] && marked[from - 1]) {
            from--;
        }
        while (to < text.length() && marked[to - 1] && marked[to]) {
            to++;
        }
        return (from > 0 ? "…" : "") + render(text, from, to, marked) + (to < text.length() ? "…" : "");
    }

    /** Which chars of {@code text} belong to a match of one of the runs. */
    static boolean[] matches(String text, List<String> runs) {
        boolean[] marked = new boolean[text.length()];
        if (runs == null || runs.isEmpty()) {
            return marked;
        }
        // normalise char by char so that every normalised position maps back to its source char. Only folds that
        // can take part in a match count (full-width letters and digits, compatibility ideographs); punctuation,
        // full-width in every Chinese text, only separates words either way and stays as it is, so most texts are
        // their own haystack.
        String hay = text;
        int[] source = null;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            if (matchFold(cp) != null) {
                source = new int[text.length() + 16];
                break;
            }
            i += Character.charCount(cp);
        }
        if (source != null) {
            StringBuilder norm = new StringBuilder(text.length() + 16);
            for (int i = 0; i < text.length();) {
                int cp = text.codePointAt(i);
                int n = Character.charCount(cp);
                String folded = matchFold(cp);
                int length = folded != null ? folded.length() : n;
                if (norm.length() + length > source.length) {
                    source = Arrays.copyOf(source, source.length * 2 + length);
                }
                for (int k = 0; k < length; k++) {
                    source[norm.length() + k] = i;
                }
                if (folded != null) {
                    norm.append(folded);
                } else {
                    norm.appendCodePoint(cp);
                }
                i += n;
            }
            hay = norm.toString();
        }
        for (String run : runs) {
            boolean word = !run.isEmpty() && !CjkText.isHan(run.codePointAt(0));
            for (int at = hay.indexOf(run); at >= 0; at = hay.indexOf(run, at + 1)) {
                int end = at + run.length();
                if (word && (at > 0 && isWordChar(hay.codePointBefore(at))
                        || end < hay.length() && isWordChar(hay.codePointAt(end)))) {
                    continue;
                }
                int from = source == null ? at : source[at];
                int to = end < hay.length() ? (source == null ? end : source[end]) : text.length();
                for (int i = from; i < to; i++) {
                    marked[i] = true;
                }
            }
        }
        return marked;
    }

    /** {@link #matchFold} of the BMP's characters, filled as met; {@link #NONE} marks null. */
    private static final String[] MATCH_FOLDS = new String[0x10000];
    private static final String NONE = new String("none");

    /** The character's folded form when it differs and holds a letter, digit or Han character; else null. */
    private static String matchFold(int cp) {
        if (CjkText.isStable(cp)) {
            return null;
        }
        if (cp >= MATCH_FOLDS.length) {
            return wordFold(cp);
        }
        String cached = MATCH_FOLDS[cp];
        if (cached == null) {
            String folded = wordFold(cp);
            cached = folded == null ? NONE : folded;
            MATCH_FOLDS[cp] = cached; // races only ever store the same value
        }
        return cached == NONE ? null : cached;
    }

    private static String wordFold(int cp) {
        String folded = CjkText.fold(cp);
        if (folded == null) {
            return null;
        }
        for (int i = 0; i < folded.length();) {
            int c = folded.codePointAt(i);
            if (Character.isLetterOrDigit(c) || CjkText.isHan(c)) {
                return folded;
            }
            i += Character.charCount(c);
        }
        return null;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) && !CjkText.isHan(cp);
    }

    private static String render(String text, int from, int to, boolean[] marked) {
        StringBuilder sb = new StringBuilder((to - from) + 32);
        boolean open = false;
        for (int i = from; i < to; i++) {
            if (marked[i] && !open) {
                sb.append(OPEN);
                open = true;
            } else if (!marked[i] && open) {
                sb.append(CLOSE);
                open = false;
            }
            escape(text.charAt(i), sb);
        }
        if (open) {
            sb.append(CLOSE);
        }
        return sb.toString();
    }

    private static void escape(char c, StringBuilder sb) {
        switch (c) {
            case '<' -> sb.append("&lt;");
            case '>' -> sb.append("&gt;");
            case '&' -> sb.append("&amp;");
            case '"' -> sb.append("&quot;");
            case '\'' -> sb.append("&#39;");
            default -> sb.append(c);
        }
    }
}
