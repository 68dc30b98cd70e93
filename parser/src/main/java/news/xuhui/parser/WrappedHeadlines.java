package news.xuhui.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Layout stage between finding the columns and reflowing them: a headline set in a column and wrapped by it is one
 * line again. Such a headline starts where a paragraph may start, its lines carry no punctuation of running text, every
 * line but the last fills the column and the last falls short of it (or closes at its end a bracket left open above,
 * a column tag); and each break cuts what belongs together: a bracket or quotation opened and not yet closed, or a
 * dictionary word across the break where an article starts or the lines end in a column tag. Where the page top, end
 * matter or a kicker marks an article's start, the shape tells it too: a short last line over running text whatever the
 * breaks cut, or full lines over the first line of running text; after a finished paragraph, a kicker (commas allowed)
 * wrapped onto a short line ending in ——. Rejoined, the line is wider
 * than its column, which the later stages read as a headline. Why: left wrapped, the first line reads as a paragraph's
 * first line and the headline runs into the text under it.
 */
final class WrappedHeadlines {

    /** Marks of running text: a headline line has none of them (、 · and quotation marks it may have). */
    private static final String TEXT_MARKS = "，。；：！？,;:!?";
    /** Marks that end a sentence or clause: a kicker has none of them inside. */
    private static final String SENTENCE_MARKS = "。；！？;!?";
    private static final String OPENERS = "（(“《〈「『【";
    private static final String CLOSERS = "）)”》〉」』】";
    /** A column headline wraps onto at most this many lines. */
    static final int MAX_LINES = 3;

    private WrappedHeadlines() {
    }

    /** The lines with each wrapped column headline joined into one line, or the same list when there is none. */
    static List<PrintedLine> join(List<PrintedLine> lines, ColumnRuns runs) {
        if (!runs.narrowPage) {
            return lines;
        }
        boolean blanksPartArticles = PrintedLine.blanksAreRare(lines);
        boolean flushLeft = flushLeft(lines);
        List<PrintedLine> out = null;
        PrintedLine previous = null;
        int i = 0;
        while (i < lines.size()) {
            PrintedLine l = lines.get(i);
            int end = l.empty() ? -1 : flushLeft ? centredEnd(lines, runs, i, previous, blanksPartArticles) : -1;
            if (end < 0 && !l.empty()) {
                end = wrapEnd(lines, runs, i, previous, blanksPartArticles);
            }
            if (end < 0) {
                if (out != null) {
                    out.add(l);
                }
                previous = l.empty() ? previous : l;
                i++;
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines.subList(0, i));
            }
            StringBuilder raw = new StringBuilder(l.raw());
            for (int k = i + 1; k <= end; k++) {
                if (!lines.get(k).empty()) {
                    raw.append(lines.get(k).raw());
                }
            }
            PrintedLine joined = PrintedLine.of(raw.toString(), l.blankBefore());
            out.add(joined);
            previous = joined;
            i = end + 1;
        }
        return out == null ? lines : out;
    }

    /**
     * Whether the page sets its text flush left: few of its lines are led by spaces (pdftotext -layout and OCR that
     * keep positions lead only centred lines, headlines, so).
     */
    private static boolean flushLeft(List<PrintedLine> lines) {
        int n = 0;
        int indented = 0;
        for (PrintedLine l : lines) {
            if (!l.empty()) {
                n++;
                if (l.indent() >= CENTRED_MIN_INDENT) {
                    indented++;
                }
            }
        }
        return indented > 0 && indented * CENTRED_MAX_SHARE <= n;
    }

    /** A column tag on a line of its own: a short name in brackets, no marks of running text inside. */
    private static final java.util.regex.Pattern COLUMN_TAG = java.util.regex.Pattern.compile(
            "^[（(][^（()）,，。；;：:！？!?]{2,14}[）)]$");

    /** A centred line is led by at least this many spaces. */
    private static final int CENTRED_MIN_INDENT = 2;
    /** On a page setting its text flush left, at most one line in this many is led by spaces. */
    private static final int CENTRED_MAX_SHARE = 4;

    /**
     * The last line of a headline that the column wrapped and a layout-keeping converter printed centred, starting at
     * {@code i}, or -1: on a page that sets its text flush left, full lines free of running text's marks (a full line
     * has no room to be centred) and under them a short one led by spaces, after a finished paragraph, end matter, a
     * centred line or at the page top. Why: converters keeping positions lead only centred lines with spaces, and only
     * headlines are set centred; a paragraph's short last line is flush left and ends its sentence.
     */
    private static int centredEnd(List<PrintedLine> lines, ColumnRuns runs, int i, PrintedLine previous,
            boolean blanksPartArticles) {
        PrintedLine first = lines.get(i);
        if (first.markdown() || !headlineText(first) || "—（(".indexOf(first.text().charAt(0)) >= 0) {
            return -1;
        }
        // on a page that sets blank lines only between articles, one before the line ends what came before it (a
        // credit line closing the article above ends no sentence)
        if (previous != null && !previous.endsSentence() && !previous.parenthesised()
                && previous.indent() < CENTRED_MIN_INDENT && JumpMarkerExtractor.find(previous.text()) == null
                && !(blanksPartArticles && first.blankBefore())) {
            return -1; // the line before runs on into it
        }
        double col = columnAround(lines, runs, i);
        if (col <= 0 || !full(first, col)) {
            return -1;
        }
        for (int n = 1, k = i + 1; k < lines.size() && n < MAX_LINES; k++) {
            PrintedLine next = lines.get(k);
            if (next.empty()) {
                continue;
            }
            if (next.indent() >= CENTRED_MIN_INDENT && !full(next, col) && COLUMN_TAG.matcher(next.text()).matches()) {
                // a column tag in brackets centred under the title's full line (（某某专栏）) closes the headline: why:
                // only headlines are centred, and a note or credit in brackets after text is set flush left
                return k;
            }
            if (next.indent() >= CENTRED_MIN_INDENT && next.text().length() == 1 && TextCleaner.cjkCount(next.text()) == 1) {
                // the title's last character wrapped alone and centred (…迎来今冬第一批候 / 鸟): too short to read as a
                // headline line by itself, but only a headline is centred
                return k;
            }
            if (next.markdown() || !headlineText(next) || next.text().startsWith("—")) {
                return -1;
            }
            n++;
            if (!full(next, col)) {
                return next.indent() >= CENTRED_MIN_INDENT ? k : -1;
            }
        }
        return -1;
    }

    /** The column of line {@code i}, or of the first line under it that has one. */
    private static double columnAround(List<PrintedLine> lines, ColumnRuns runs, int i) {
        for (int k = i; k < lines.size(); k++) {
            if (runs.column[k] > 0) {
                return runs.column[k];
            }
        }
        return -1;
    }

    /** The index of the last line of a wrapped headline starting at {@code i}, or -1. */
    private static int wrapEnd(List<PrintedLine> lines, ColumnRuns runs, int i, PrintedLine previous,
            boolean blanksPartArticles) {
        double col = runs.column[i];
        PrintedLine first = lines.get(i);
        String t = first.text();
        if (col > 0 && !first.markdown() && full(first, col) && "—（(".indexOf(t.charAt(0)) < 0
                && (previous == null || previous.parenthesised() || previous.endsSentence() && !full(previous, col))) {
            // after a paragraph that surely ended (its last line short): a full line ending a sentence may go on
            int end = dashKickerEnd(lines, runs, i, col);
            if (end > 0) {
                return end;
            }
        }
        if (col <= 0 || first.markdown() || !full(first, col) || !headlineText(first) || "—（(".indexOf(t.charAt(0)) >= 0) {
            // a line opening with a dash is an attribution (——某某（…）) or a subtitle, one opening with a bracket a
            // note or credit (（本报记者…）): not a wrapped title
            return -1;
        }
        if (previous != null && !previous.endsSentence() && !previous.parenthesised() && full(previous, col)) {
            return -1; // the line before runs on into it: a paragraph's line, not a line that starts something
        }
        // a word across the break tells a wrapped title only where an article starts (the page top, after end matter
        // or a kicker) or when the lines end in a column tag (…（今日谈）); after a finished paragraph they may be a
        // subhead wrapped in two, which stays text
        // (so does a blank line on a page that sets none between its paragraphs: see PrintedLine.blanksAreRare)
        // where something marks an article's start: the page top, end matter, a kicker
        boolean startMarked = previous == null || previous.parenthesised() || kicker(previous);
        boolean articleStart = startMarked || blanksPartArticles && first.blankBefore();
        if (startMarked) {
            int end = shortEndedRun(lines, runs, i, col);
            if (end > 0) {
                return end;
            }
        }
        boolean byWord = false;
        int depth = depth(0, first.text());
        StringBuilder joined = new StringBuilder(first.text());
        PrintedLine cur = first;
        int curAt = i;
        for (int n = 1, k = i + 1; k < lines.size() && n < MAX_LINES; k++) {
            PrintedLine next = lines.get(k);
            if (next.empty()) {
                continue;
            }
            if (startMarked && n >= 2 && depth == 0 && runs.column[k] == col && !next.markdown()
                    && TextCleaner.containsAny(next.text(), "，。、；") && wrappedByColumn(lines, i, curAt, col)) {
                // where something marks an article's start (the page top, end matter, a kicker; not a blank line
                // alone, which pages marking paragraphs by indent set before every paragraph), a headline whose
                // wrapped lines all fill the column ends over the first line of running text under it: its breaks
                // were told above (a bracket left open, a word across)
                return curAt;
            }
            if (runs.column[k] != col || next.markdown() || next.endsSentence()
                    || TextCleaner.containsAny(next.text(), TEXT_MARKS)) {
                return -1;
            }
            // where an article starts, a short last line over a line of running text ends the headline even when no
            // word runs across the break: a paragraph's line would run on into a full next line or end its sentence
            boolean shortTailOverText = articleStart && !full(next, col) && LayoutPlanner.plausibleHeadline(next)
                    && runningTextAfter(lines, k);
            if (depth <= 0 && !JoinScorer.spansWord(cur.text(), next.text()) && !shortTailOverText) {
                return -1;
            }
            byWord |= depth <= 0;
            n++;
            boolean open = depth > 0;
            depth = depth(depth, next.text());
            joined.append(next.text());
            boolean told = !byWord || articleStart || LayoutPlanner.COLUMN_TAG_END.matcher(joined).find();
            if (!full(next, col)) {
                return depth == 0 && told ? k : -1;
            }
            if (open && depth == 0 && told && CLOSERS.indexOf(next.text().charAt(next.text().length() - 1)) >= 0) {
                return k; // the bracket opened above closes at the end of a full line: a title's column tag ends it
            }
            cur = next;
            curAt = k;
        }
        return -1;
    }

    /**
     * The last line of a kicker wrapped from line {@code i} that leads into its title with a dash (……，北京延庆——),
     * or -1: lines that end no sentence, all filling the column but the last, which is short and ends in ——. The
     * kicker may have commas. Why: a paragraph's short last line ends a sentence; one ending in —— over the next line
     * is a kicker running into the title under it, and wrapped it read as a paragraph and took the title in.
     */
    private static int dashKickerEnd(List<PrintedLine> lines, ColumnRuns runs, int i, double col) {
        if (lines.get(i).endsSentence() || TextCleaner.containsAny(lines.get(i).text(), SENTENCE_MARKS)) {
            return -1;
        }
        for (int n = 1, k = i + 1; k < lines.size() && n < MAX_LINES; k++) {
            PrintedLine next = lines.get(k);
            if (next.empty()) {
                continue;
            }
            if (runs.column[k] != col || next.markdown() || next.endsSentence()
                    || TextCleaner.containsAny(next.text(), SENTENCE_MARKS)) {
                return -1; // a kicker is one clause: a sentence ended inside it is a paragraph's (……。十年匆匆，……——)
            }
            n++;
            if (!full(next, col)) {
                return next.text().endsWith("——") && kicker(next) ? k : -1;
            }
        }
        return -1;
    }

    /**
     * Where an article's start is marked, the last line of a headline wrapped from line {@code i}, told by its shape
     * alone whatever its breaks cut: lines free of running text's marks, all filling the column but the last, which
     * falls short of it without ending a sentence, over a line of running text; or -1. Why: inside a paragraph only
     * the last line falls short, and it ends a sentence.
     */
    private static int shortEndedRun(List<PrintedLine> lines, ColumnRuns runs, int i, double col) {
        int depth = depth(0, lines.get(i).text());
        for (int n = 1, k = i + 1; k < lines.size() && n < MAX_LINES; k++) {
            PrintedLine next = lines.get(k);
            if (next.empty()) {
                continue;
            }
            if (runs.column[k] != col || !headlineText(next) || next.markdown()) {
                return -1;
            }
            n++;
            depth = depth(depth, next.text());
            if (!full(next, col)) {
                return depth == 0 && runningTextAfter(lines, k) ? k : -1;
            }
        }
        return -1;
    }

    /**
     * Whether lines {@code from}..{@code to} are as a column wraps a line: none wider than the column (a headline set
     * across the columns is) and none indented (an indented line opens a paragraph).
     */
    private static boolean wrappedByColumn(List<PrintedLine> lines, int from, int to, double col) {
        for (int k = from; k <= to; k++) {
            PrintedLine l = lines.get(k);
            if (!l.empty() && (l.width() > col + ParserOptions.FULL_LINE_TOLERANCE || l.raw().startsWith("\u3000")
                    || l.raw().startsWith("  "))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the next non-empty line after {@code k} carries the marks of running text (，。、；). */
    private static boolean runningTextAfter(List<PrintedLine> lines, int k) {
        for (int j = k + 1; j < lines.size(); j++) {
            if (!lines.get(j).empty()) {
                return TextCleaner.containsAny(lines.get(j).text(), "，。、；");
            }
        }
        return false;
    }

    /** A short line running into the title under it: 某某： or 某地—— . */
    private static boolean kicker(PrintedLine l) {
        String t = l.text();
        return !l.endsSentence() && (t.endsWith("——") || TextCleaner.endsWithColon(t))
                && !TextCleaner.containsAny(t, "，。；,;");
    }

    private static boolean full(PrintedLine l, double col) {
        return l.width() >= col - ParserOptions.FULL_LINE_TOLERANCE;
    }

    private static boolean headlineText(PrintedLine l) {
        String t = l.text();
        return !t.isEmpty() && !l.endsSentence() && !l.parenthesised() && !TextCleaner.containsAny(t, TEXT_MARKS)
                && LayoutPlanner.plausibleHeadline(l);
    }

    /** The bracket depth after the text, from {@code depth} before it. */
    private static int depth(int depth, String t) {
        int d = depth;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (OPENERS.indexOf(c) >= 0) {
                d++;
            } else if (CLOSERS.indexOf(c) >= 0) {
                d--;
            }
        }
        return d;
    }
}
