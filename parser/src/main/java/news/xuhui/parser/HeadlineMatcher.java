package news.xuhui.parser;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Similarity of a headline to an article body: the share of the headline's character bigrams that occur in the
 * body's lead. Used to give detached headlines (printed far from their bodies) to the right article and to split
 * the body that follows a group of headline blocks.
 */
final class HeadlineMatcher {

    private HeadlineMatcher() {
    }

    static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = TextCleaner.isCjk(c) || TextCleaner.isAsciiAlnum(c);
            if (ok && prev != 0) {
                out.add("" + prev + c);
            }
            prev = ok ? c : 0;
        }
        return out;
    }

    /** Share of the headline's bigrams found in {@code body}. */
    static double affinity(Set<String> headline, String body) {
        if (headline.isEmpty()) {
            return 0;
        }
        int hit = 0;
        for (String g : headline) {
            if (body.contains(g)) {
                hit++;
            }
        }
        return hit / (double) headline.size();
    }

    /**
     * Best split of {@code n} consecutive paragraphs into {@code k} runs, run j going to headline j, maximising the
     * paragraphs' affinity to their own headline. Returns the start index of each run (first is 0).
     */
    static int[] splitRuns(List<String> paragraphs, List<Set<String>> headlines) {
        int n = paragraphs.size();
        int k = headlines.size();
        double[][] aff = new double[n][k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                aff[i][j] = affinity(headlines.get(j), paragraphs.get(i));
            }
        }
        // dp[j][i]: best score covering paragraphs 0..i-1 with runs 0..j, run j ending at i-1
        double[][] dp = new double[k][n + 1];
        int[][] from = new int[k][n + 1];
        double[][] prefix = new double[k][n + 1];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < n; i++) {
                prefix[j][i + 1] = prefix[j][i] + aff[i][j];
            }
        }
        for (int j = 0; j < k; j++) {
            java.util.Arrays.fill(dp[j], Double.NEGATIVE_INFINITY);
        }
        for (int i = 1; i <= n; i++) {
            dp[0][i] = prefix[0][i];
        }
        for (int j = 1; j < k; j++) {
            for (int i = j + 1; i <= n; i++) {
                for (int s = j; s < i; s++) {
                    double v = dp[j - 1][s] + prefix[j][i] - prefix[j][s];
                    if (v > dp[j][i]) {
                        dp[j][i] = v;
                        from[j][i] = s;
                    }
                }
            }
        }
        int[] starts = new int[k];
        int end = n;
        for (int j = k - 1; j >= 1; j--) {
            starts[j] = from[j][end];
            end = starts[j];
        }
        return starts;
    }
}
