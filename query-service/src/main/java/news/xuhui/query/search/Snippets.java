package news.xuhui.query.search;

import java.util.Arrays;
import java.util.List;

import news.xuhui.query.text.CjkText;

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
        Found found = find(text, runs);
        boolean[] marked = found.marked();
        int best = found.densest(runs.size(), width);
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
        return find(text, runs).marked();
    }

    /**
     * The matches in a text: which chars they cover, and each match's start (in the order found, run by run) with the
     * index of its run.
     */
    private record Found(boolean[] marked, int[] starts, int[] runOf, int count) {

        /** The start of the match that opens the window holding most distinct runs, the earliest on a tie; or 0. */
        int densest(int runCount, int width) {
            if (count == 0) {
                return 0;
            }
            long[] order = new long[count];
            for (int i = 0; i < count; i++) {
                order[i] = (long) starts[i] << 32 | runOf[i];
            }
            Arrays.sort(order);
            // a sliding window over the matches in text order, counting its matches per run
            int[] inWindow = new int[runCount];
            int distinct = 0;
            int bestDistinct = 0;
            int best = (int) (order[0] >>> 32);
            int j = 0;
            for (int i = 0; i < count; i++) {
                int s = (int) (order[i] >>> 32);
                for (; j < count && (int) (order[j] >>> 32) < s + width; j++) {
                    if (inWindow[(int) order[j]]++ == 0) {
                        distinct++;
                    }
                }
                if (distinct > bestDistinct) {
                    bestDistinct = distinct;
                    best = s;
                }
                if (--inWindow[(int) order[i]] == 0) {
                    distinct--;
                }
            }
            return best;
        }
    }

    private static Found find(String text, List<String> runs) {
        boolean[] marked = new boolean[text.length()];
        if (runs == null || runs.isEmpty()) {
            return new Found(marked, new int[0], new int[0], 0);
        }
        // Matching is on the text as the index saw it (folded), mapped back to the source chars. Only folds that can
        // take part in a match count (letters and digits, compatibility ideographs): punctuation, full-width in every
        // Chinese text, only separates words either way and stays as it is. Most texts are their own haystack; most
        // of the rest fold char for char (capitals, full-width digits), which keeps every position where it was.
        String hay = text;
        int[] source = null;
        char[] sameLength = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < 0x80 ? ch < 'A' || ch > 'Z' : ch >= 0x4E00 && ch <= 0x9FFF) {
                continue;
            }
            int cp = text.codePointAt(i);
            String folded = matchFold(cp);
            if (folded == null) {
                i += Character.charCount(cp) - 1;
            } else if (cp < 0x10000 && folded.length() == 1) {
                if (sameLength == null) {
                    sameLength = text.toCharArray();
                }
                sameLength[i] = folded.charAt(0);
            } else {
                sameLength = null;
                source = new int[text.length() + 16];
                break;
            }
        }
        if (sameLength != null) {
            hay = new String(sameLength);
        } else if (source != null) {
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
        int[] starts = new int[8];
        int[] runOf = new int[8];
        int count = 0;
        for (int r = 0; r < runs.size(); r++) {
            String run = runs.get(r);
            if (run.isEmpty()) {
                continue;
            }
            boolean word = !CjkText.isHan(run.codePointAt(0));
            for (int at = hay.indexOf(run); at >= 0; at = hay.indexOf(run, at + 1)) {
                int end = at + run.length();
                if (word && (at > 0 && isWordChar(hay.codePointBefore(at))
                        || end < hay.length() && isWordChar(hay.codePointAt(end)))) {
                    continue;
                }
                int from = source == null ? at : source[at];
                int to = end < hay.length() ? (source == null ? end : source[end]) : text.length();
                Arrays.fill(marked, from, to, true);
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    runOf = Arrays.copyOf(runOf, count * 2);
                }
                starts[count] = from;
                runOf[count++] = r;
            }
        }
        return new Found(marked, starts, runOf, count);
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
