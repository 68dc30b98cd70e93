package news.xuhui.parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Assembly stage for headlines printed apart from their articles, together after the last text (narrow pages often
 * set them so): each goes to the untitled article whose lead it resembles most, the rest by elimination; several
 * headlines on one untitled article split it where its paragraphs fall into runs closer to each.
 */
final class PageEndHeadlines {

    private PageEndHeadlines() {
    }

    /**
     * Places {@code lines} (headline lines printed together after the last text, in order) on the untitled articles
     * of {@code articles}; may split an article in two (inserted into the list). Returns the lines that matched no
     * article.
     */
    static List<String> place(List<String> lines, List<ArticleDraft> articles) {
        List<String> dropped = new ArrayList<>();
        List<ArticleDraft> untitled = new ArrayList<>();
        for (ArticleDraft a : articles) {
            if (!a.hasHeadline() && a.continuedFrom == null && a.hasBody()) {
                untitled.add(a);
            }
        }
        List<String> plain = lines;
        if (untitled.isEmpty() || plain.isEmpty() || plain.size() > 30 || untitled.size() > 300) {
            dropped.addAll(plain);
            return dropped;
        }
        int n = plain.size();
        double[][] score = new double[n][untitled.size()];
        for (int i = 0; i < n; i++) {
            Set<String> bg = HeadlineMatcher.bigrams(plain.get(i));
            for (int j = 0; j < untitled.size(); j++) {
                score[i][j] = HeadlineMatcher.affinity(bg, untitled.get(j).lead(3000));
            }
        }
        int[] assign = new int[n];
        Arrays.fill(assign, -1);
        Set<Integer> usedArticles = new HashSet<>();
        while (true) {
            double best = 0.5;
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < n; i++) {
                if (assign[i] >= 0) {
                    continue;
                }
                for (int j = 0; j < untitled.size(); j++) {
                    if (!usedArticles.contains(j) && score[i][j] > best) {
                        best = score[i][j];
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            assign[bi] = bj;
            usedArticles.add(bj);
            // a neighbouring line that fits the same article as well is the rest of a two-line headline
            for (int d = -1; d <= 1; d += 2) {
                int k = bi + d;
                while (k >= 0 && k < n && assign[k] < 0 && score[k][bj] > 0.5 && score[k][bj] >= maxOther(score[k], bj)) {
                    assign[k] = bj;
                    k += d;
                }
            }
        }
        // by elimination: one untitled article left and one run of headline lines left, printed together at the end
        int freeArticle = -1;
        int freeArticles = 0;
        for (int j = 0; j < untitled.size(); j++) {
            if (!usedArticles.contains(j)) {
                freeArticle = j;
                freeArticles++;
            }
        }
        int first = -1;
        int last = -1;
        int free = 0;
        for (int i = 0; i < n; i++) {
            if (assign[i] < 0) {
                first = first < 0 ? i : first;
                last = i;
                free++;
            }
        }
        if (freeArticles == 1 && free > 0 && free == last - first + 1 && free <= ParserOptions.ELIMINATION_MAX_LINES) {
            for (int i = first; i <= last; i++) {
                assign[i] = freeArticle;
            }
        }
        for (int i = 0; i < n; i++) {
            if (assign[i] < 0) {
                dropped.add(plain.get(i));
            }
        }
        for (int j = 0; j < untitled.size(); j++) {
            List<String> mine = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (assign[i] == j) {
                    mine.add(plain.get(i));
                }
            }
            if (!mine.isEmpty() && !splitByHeadlines(untitled.get(j), mine, articles)) {
                untitled.get(j).title = String.join("", mine);
            }
        }
        return dropped;
    }

    /**
     * Several headline lines matched to one untitled article may be the headlines of two articles the layout did not
     * tell apart (set in columns of the same width). They are split when the article's paragraphs fall into two runs,
     * each clearly closer in words to its own headline lines than to the other's.
     */
    private static boolean splitByHeadlines(ArticleDraft a, List<String> heads, List<ArticleDraft> articles) {
        if (heads.size() < 2 || a.paras.size() < 2 || !a.sections.isEmpty() || a.paras.size() > 2000) {
            return false;
        }
        List<String> texts = new ArrayList<>();
        for (ArticleDraft.Para p : a.paras) {
            texts.add(p.text.toString());
        }
        double bestMargin = 0;
        int bestSplit = -1;
        int bestStart = -1;
        for (int s = 1; s < heads.size(); s++) {
            Set<String> first = HeadlineMatcher.bigrams(String.join("", heads.subList(0, s)));
            Set<String> second = HeadlineMatcher.bigrams(String.join("", heads.subList(s, heads.size())));
            int start = alignWithColumns(a.paras, HeadlineMatcher.splitRuns(texts, List.of(first, second))[1]);
            if (start < ParserOptions.SPLIT_MIN_PARAGRAPHS || texts.size() - start < ParserOptions.SPLIT_MIN_PARAGRAPHS) {
                continue;
            }
            double own = mean(texts.subList(0, start), first) + mean(texts.subList(start, texts.size()), second);
            double cross = mean(texts.subList(0, start), second) + mean(texts.subList(start, texts.size()), first);
            double margin = own - cross;
            if (own >= cross * ParserOptions.SPLIT_OWN_OVER_CROSS && margin >= ParserOptions.SPLIT_MIN_MARGIN && margin > bestMargin) {
                bestMargin = margin;
                bestSplit = s;
                bestStart = start;
            }
        }
        if (bestSplit < 0) {
            return false;
        }
        a.title = String.join("", heads.subList(0, bestSplit));
        ArticleDraft b = new ArticleDraft(articles.size());
        b.title = String.join("", heads.subList(bestSplit, heads.size()));
        List<ArticleDraft.Para> moved = new ArrayList<>(a.paras.subList(bestStart, a.paras.size()));
        a.paras.subList(bestStart, a.paras.size()).clear();
        for (ArticleDraft.Para p : moved) {
            ArticleDraft.Para np = PageAssembler.copy(p, b);
            b.paras.add(np);
            b.bodyChars += np.text.length();
            a.bodyChars -= np.text.length();
        }
        b.continuedTo = a.continuedTo;
        a.continuedTo = null;
        articles.add(articles.indexOf(a) + 1, b);
        return true;
    }

    /**
     * Words place a boundary to within a paragraph or two; where the column width changes near it (two articles in
     * columns a character apart), that is where it is.
     */
    private static int alignWithColumns(List<ArticleDraft.Para> paras, int start) {
        int best = start;
        double bestGap = 0;
        for (int b = Math.max(1, start - 2); b <= Math.min(paras.size() - 1, start + 2); b++) {
            double gap = Math.abs(columnOf(paras, b - 3, b) - columnOf(paras, b, b + 3));
            // the first place where the width changes: past it, the window still straddles the change
            if (gap >= ParserOptions.SPLIT_WIDTH_GAP && gap > bestGap) {
                bestGap = gap;
                best = b;
            }
        }
        return best;
    }

    /** Upper quartile of the printed line widths of paragraphs [from, to): their column's width. */
    private static double columnOf(List<ArticleDraft.Para> paras, int from, int to) {
        List<Double> w = new ArrayList<>();
        for (int i = Math.max(0, from); i < Math.min(paras.size(), to); i++) {
            w.addAll(paras.get(i).widths);
        }
        if (w.isEmpty()) {
            return 0;
        }
        w.sort(null);
        return w.get(Math.min(w.size() - 1, w.size() * 3 / 4));
    }

    private static double mean(List<String> texts, Set<String> head) {
        double sum = 0;
        for (String t : texts) {
            sum += HeadlineMatcher.affinity(head, t);
        }
        return texts.isEmpty() ? 0 : sum / texts.size();
    }


    private static double maxOther(double[] row, int except) {
        double m = 0;
        for (int j = 0; j < row.length; j++) {
            if (j != except) {
                m = Math.max(m, row[j]);
            }
        }
        return m;
    }
}
