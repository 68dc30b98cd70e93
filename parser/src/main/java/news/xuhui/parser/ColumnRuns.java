package news.xuhui.parser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Layout stage 1: finds the runs of narrow-column lines (OCR of a column where every printed line is a line of its
 * own) and the column width of each run. A run ends where the column width changes: two articles set side by side
 * in columns of different widths are read one after the other, and the width is the best evidence of where one
 * stops.
 */
final class ColumnRuns {

    /** Per line: the column width of its run, or 0 when the line is not part of a narrow column. */
    final double[] column;
    /** Per line: whether a new run (of a different width) starts at it. */
    final boolean[] runStart;
    /** Whether the page as a whole is set in narrow columns. */
    final boolean narrowPage;

    private ColumnRuns(double[] column, boolean[] runStart, boolean narrowPage) {
        this.column = column;
        this.runStart = runStart;
        this.narrowPage = narrowPage;
    }

    static ColumnRuns of(List<PrintedLine> lines) {
        int n = lines.size();
        double[] column = new double[n];
        boolean[] runStart = new boolean[n];
        double maxWidth = columnMaxWidth(lines);
        int narrow = 0;
        int plain = 0;
        for (PrintedLine l : lines) {
            if (l.empty() || l.markdown()) {
                continue;
            }
            plain++;
            if (isNarrow(l, maxWidth)) {
                narrow++;
            }
        }
        boolean narrowPage = plain >= ParserOptions.NARROW_PAGE_MIN_LINES
                && narrow >= plain * ParserOptions.NARROW_PAGE_SHARE;
        if (!narrowPage) {
            return new ColumnRuns(column, runStart, false);
        }
        // maximal stretches of narrow lines; within each, split where the width changes at a paragraph start
        int i = 0;
        while (i < n) {
            if (!isNarrow(lines.get(i), maxWidth)) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && (isNarrow(lines.get(j), maxWidth) || lines.get(j).empty())) {
                j++;
            }
            split(lines, i, j, column, runStart);
            i = j;
        }
        borrowColumns(lines, column);
        return new ColumnRuns(column, runStart, true);
    }

    /**
     * A stretch of a few narrow lines between wider ones (a headline, a kicker) has no column of its own: its lines
     * are measured against the column that follows them, or else the one before.
     */
    private static void borrowColumns(List<PrintedLine> lines, double[] column) {
        int n = lines.size();
        int i = 0;
        while (i < n) {
            if (column[i] <= 0) {
                i++;
                continue;
            }
            int j = i;
            int count = 0;
            while (j < n && (column[j] > 0 || lines.get(j).empty())) {
                count += lines.get(j).empty() ? 0 : 1;
                j++;
            }
            if (count < ParserOptions.COLUMN_WINDOW - 2) {
                double borrowed = 0;
                for (int k = j; k < n && borrowed == 0; k++) {
                    if (column[k] > 0 && stretchLength(lines, column, k) >= ParserOptions.COLUMN_WINDOW - 2) {
                        borrowed = column[k];
                    }
                }
                for (int k = i - 1; k >= 0 && borrowed == 0; k--) {
                    borrowed = column[k];
                }
                if (borrowed > 0) {
                    for (int k = i; k < j; k++) {
                        column[k] = lines.get(k).empty() ? 0 : borrowed;
                    }
                }
            }
            i = j;
        }
    }

    private static int stretchLength(List<PrintedLine> lines, double[] column, int from) {
        int count = 0;
        for (int k = from; k < lines.size() && (column[k] > 0 || lines.get(k).empty()); k++) {
            count += lines.get(k).empty() ? 0 : 1;
        }
        return count;
    }

    static boolean isNarrow(PrintedLine l, double maxWidth) {
        return !l.empty() && !l.markdown() && l.width() <= maxWidth;
    }

    /**
     * The widest a line of a column may be on this page: {@link ParserOptions#NARROW_MAX_WIDTH}, or more where most
     * lines pile up at one wider width. Why: a converter that keeps printed lines of a wider column (or of a page
     * scanned at another scale) gives lines of 24 or 28 characters, all as wide as each other; lines that are whole
     * paragraphs vary in width and never pile up so. The pile is only taken up to
     * {@link ParserOptions#COLUMN_MAX_WIDTH}, so that a headline can still be set wider than the column.
     */
    static double columnMaxWidth(List<PrintedLine> lines) {
        int plain = 0;
        int[] count = new int[(int) (2 * ParserOptions.COLUMN_MAX_WIDTH) + 2];
        for (PrintedLine l : lines) {
            if (l.empty() || l.markdown()) {
                continue;
            }
            plain++;
            int half = (int) Math.round(2 * l.width());
            if (half < count.length) {
                count[half]++;
            }
        }
        int best = 0;
        int bestAt = 0;
        // a steady column: lines within a character of one width (OCR wobble, a digit pair)
        for (int w = (int) (2 * ParserOptions.NARROW_MAX_WIDTH) + 1; w < count.length; w++) {
            int c = count[w] + count[w - 1] + (w >= 2 ? count[w - 2] : 0);
            if (c > best) {
                best = c;
                bestAt = w;
            }
        }
        if (plain >= ParserOptions.NARROW_PAGE_MIN_LINES && best >= plain * ParserOptions.STEADY_COLUMN_SHARE) {
            return bestAt / 2.0 + ParserOptions.FULL_LINE_TOLERANCE;
        }
        return ParserOptions.NARROW_MAX_WIDTH;
    }

    private static void split(List<PrintedLine> lines, int from, int to, double[] column, boolean[] runStart) {
        List<Integer> idx = new ArrayList<>();
        for (int k = from; k < to; k++) {
            if (!lines.get(k).empty()) {
                idx.add(k);
            }
        }
        int w = ParserOptions.COLUMN_WINDOW;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int lastStart = 0;
        for (int p = w; p + w <= idx.size(); p++) {
            if (p - lastStart < w) {
                continue;
            }
            PrintedLine prev = lines.get(idx.get(p - 1));
            double[] before = quartiles(lines, idx, p - w, p);
            double[] after = quartiles(lines, idx, p, p + w);
            if (before.length == 0 || after.length == 0) {
                continue;
            }
            // only where a paragraph starts: the line before ends a sentence
            boolean prevEnds = prev.endsSentence() || prev.parenthesised();
            // the medians differ and the middle halves do not overlap: OCR of one column wobbles, two columns don't
            boolean apart = before[2] < after[0] || after[2] < before[0];
            // and each side is a steady column: ragged OCR of one column varies more than this
            apart &= before[2] - before[0] <= ParserOptions.STEADY_COLUMN_SPREAD
                    && after[2] - after[0] <= ParserOptions.STEADY_COLUMN_SPREAD;
            if (prevEnds && apart && Math.abs(before[1] - after[1]) >= ParserOptions.COLUMN_CHANGE) {
                starts.add(p);
                lastStart = p;
            }
        }
        starts.add(idx.size());
        double before = 0;
        for (int s = 0; s + 1 < starts.size(); s++) {
            int a = starts.get(s);
            int b = starts.get(s + 1);
            double col = upperQuartile(lines, idx, a, b);
            for (int p = a; p < b; p++) {
                column[idx.get(p)] = col;
            }
            // a change of width, not the start of a stretch; runs that end up as wide as the one before are one run
            runStart[idx.get(a)] = s > 0 && Math.abs(col - before) >= ParserOptions.COLUMN_CHANGE;
            before = col;
        }
    }

    /**
     * Lower quartile, median and upper quartile of the widths of lines idx[a..b), leaving out paragraph tails (well
     * short of the median) and headlines set across the columns (wider than it): they say where a paragraph ends or
     * an article starts, not how wide the column is. Empty when too few column lines are left to tell.
     */
    private static double[] quartiles(List<PrintedLine> lines, List<Integer> idx, int a, int b) {
        double[] all = new double[b - a];
        for (int p = a; p < b; p++) {
            all[p - a] = lines.get(idx.get(p)).width();
        }
        Arrays.sort(all);
        double median = all[all.length / 2];
        double[] kept = new double[all.length];
        int n = 0;
        for (double w : all) {
            if (w >= median * ParserOptions.TAIL_SHARE && w <= median + ParserOptions.COLUMN_CHANGE) {
                kept[n++] = w;
            }
        }
        if (n < ParserOptions.COLUMN_WINDOW - 2) {
            return new double[0];
        }
        double[] ws = Arrays.copyOf(kept, n);
        return new double[] {ws[n / 4], ws[n / 2], ws[Math.min(n - 1, n * 3 / 4)]};
    }

    private static double upperQuartile(List<PrintedLine> lines, List<Integer> idx, int a, int b) {
        double[] ws = new double[b - a];
        for (int p = a; p < b; p++) {
            ws[p - a] = lines.get(idx.get(p)).width();
        }
        Arrays.sort(ws);
        return ws[Math.min(ws.length - 1, ws.length * 3 / 4)];
    }
}
