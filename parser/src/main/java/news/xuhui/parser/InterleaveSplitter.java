package news.xuhui.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Untangles one wide OCR line that reads across two columns, so that its printed lines alternate between two
 * articles (A B A B …). The line's segments are the printed lines; the two-stream reading is chosen only when its
 * joins are clearly more plausible (dictionary words across breaks, particles after words) than the one-stream reading.
 */
final class InterleaveSplitter {

    /** Stream A continues what came before; stream B is text of another column. */
    record Split(String a, String b) {
    }

    private static final int MARGIN = 3;

    private InterleaveSplitter() {
    }

    static Split split(List<String> segments) {
        int n = segments.size();
        if (n < 5 || n > 200) {
            return null;
        }
        int[] len = new int[n];
        for (int i = 0; i < n; i++) {
            len[i] = segments.get(i).length();
        }
        int[] sorted = len.clone();
        java.util.Arrays.sort(sorted);
        int median = sorted[n / 2];
        if (median < 8) {
            return null;
        }
        int regular = 0;
        for (int l : len) {
            if (l >= median * 0.6 && l <= median * 1.4) {
                regular++;
            }
        }
        if (regular < n * 0.6) {
            return null;
        }
        int[] next = new int[n];
        int[] skip = new int[n];
        int one = 0;
        for (int i = 0; i + 1 < n; i++) {
            next[i] = JoinScorer.score(segments.get(i), segments.get(i + 1));
            one += next[i];
            skip[i] = i + 2 < n ? JoinScorer.score(segments.get(i), segments.get(i + 2)) : 0;
        }
        int bestK = -1;
        int best = Integer.MIN_VALUE;
        for (int k = 1; k <= n - 3; k++) {
            // A: 0..k-1 sequential, then k-1 -> k+1 -> k+3 …; B: k -> k+2 -> …
            int s = 0;
            for (int i = 0; i + 1 < k; i++) {
                s += next[i];
            }
            for (int i = k - 1; i + 2 < n; i += 2) {
                s += skip[i];
            }
            for (int i = k; i + 2 < n; i += 2) {
                s += skip[i];
            }
            if (s > best) {
                best = s;
                bestK = k;
            }
        }
        if (bestK < 0 || best - one < MARGIN) {
            return null;
        }
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            boolean inB = i >= bestK && (i - bestK) % 2 == 0;
            (inB ? b : a).append(segments.get(i));
        }
        return new Split(a.toString(), b.toString());
    }

    /** Splits a line at the spaces that stand between non-Latin characters (printed-line or OCR breaks). */
    static List<String> segments(String spaced) {
        List<String> out = new ArrayList<>();
        int n = spaced.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            if (TextCleaner.isSpace(spaced.charAt(i))) {
                int j = i;
                while (j < n && TextCleaner.isSpace(spaced.charAt(j))) {
                    j++;
                }
                boolean latin = i > 0 && j < n && TextCleaner.isAsciiAlnum(spaced.charAt(i - 1))
                        && TextCleaner.isAsciiAlnum(spaced.charAt(j));
                if (!latin) {
                    String seg = spaced.substring(start, i);
                    if (!seg.isBlank()) {
                        out.add(seg);
                    }
                    start = j;
                }
                i = j;
            } else {
                i++;
            }
        }
        if (start < n && !spaced.substring(start).isBlank()) {
            out.add(spaced.substring(start));
        }
        return out;
    }
}
