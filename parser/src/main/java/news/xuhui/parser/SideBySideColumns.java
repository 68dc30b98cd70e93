package news.xuhui.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Layout stage before all others, for text converters that keep a page's geometry (pdftotext -layout and OCR engines
 * that print what they see): columns set side by side come out on the same lines, each padded with spaces to where
 * the next begins. Where many lines have a wide gap at the same position, the page is read column by column: each
 * stretch of lines between lines that span the columns (or that stand alone after a blank row, like a headline over
 * the columns below it) gives first its left column's lines, then the next column's.
 * Pages without such gaps pass unchanged.
 */
final class SideBySideColumns {

    /** A gap between columns is at least this wide (half-width units): words are parted by one space, not three. */
    static final int MIN_GAP = 3;
    /** Positions within this many half-width units are one column start (OCR and proportional fonts wobble). */
    static final int POSITION_TOLERANCE = 1;
    /**
     * A column start is a position where at least this share of the page's non-blank lines resume after a gap, and
     * at least {@link #MIN_LINES} of them: a few aligned gaps are chance (a table row, a spaced-out name).
     */
    static final double MIN_SHARE = 0.4;
    static final int MIN_LINES = 6;
    /**
     * ... or where this many lines in a row do (a short story beside a long one, on a page of other text): running
     * text never leaves a gap at one place line after line.
     */
    static final int STREAK_LINES = 12;
    /** At most this many columns side by side (a broadsheet page has up to six; more is a table). */
    static final int MAX_COLUMNS = 6;

    private SideBySideColumns() {
    }

    /** A piece of a line between gaps: its text and the half-width position where it starts and ends. */
    private record Run(String text, int start, int end) {
    }

    static List<String> unfold(List<String> lines) {
        lines = withoutColumnRules(tabbedCells(lines));
        List<List<Run>> runs = new ArrayList<>(lines.size());
        int nonBlank = 0;
        boolean anyGap = false;
        for (String l : lines) {
            List<Run> r = runs(l);
            runs.add(r);
            nonBlank += r.isEmpty() ? 0 : 1;
            anyGap |= r.size() > 1;
        }
        if (!anyGap) {
            return lines;
        }
        List<Integer> starts = columnStarts(runs, nonBlank);
        if (starts.isEmpty()) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.size());
        List<List<String>> columns = new ArrayList<>();
        for (int c = 0; c <= starts.size(); c++) {
            columns.add(new ArrayList<>());
        }
        boolean blankBefore = false;
        for (int i = 0; i < lines.size(); i++) {
            List<Run> r = runs.get(i);
            if (r.isEmpty()) {
                columns.forEach(col -> col.add(""));
                blankBefore = true;
                continue;
            }
            boolean leftOnly = column(r.get(r.size() - 1).start, starts) == 0;
            if (blankBefore && leftOnly) {
                // after a blank row, a line with nothing beside it: the columns above have ended (a blank row is
                // white space across the page) and what follows (the next article's headline) is read after them
                flush(columns, out);
            }
            blankBefore = false;
            if (r.size() == 1 && column(r.get(0).start, starts) < column(r.get(0).end - 1, starts)) {
                // a line across the columns (a headline set over them): what stood beside each other before it is read
                // first, column by column
                flush(columns, out);
                out.add(lines.get(i));
                continue;
            }
            String[] row = new String[columns.size()];
            for (Run run : r) {
                int c = column(run.start, starts);
                row[c] = row[c] == null ? run.text : row[c] + " " + run.text;
            }
            for (int c = 0; c < row.length; c++) {
                // a column with nothing on this line has a blank line there (its paragraph or article ended)
                columns.get(c).add(row[c] == null ? "" : row[c]);
            }
        }
        flush(columns, out);
        return out;
    }

    /**
     * The page with the cells of tab-parted rows set at fixed positions. Why: a text export that parts the columns
     * by a tab ({@code 居民们纷纷点赞\t新的服务站下周开放}) pads nothing, so after a short cell (a paragraph's last
     * line) the tab lands at another position than after a full one and the next column seems to start elsewhere.
     * Where as many lines as make a column start have a tab between text, the k-th cell of every such row is set
     * where the widest k-th cell's column ends, and the rows line up as pdftotext -layout would print them. Tabs
     * that only indent a line or trail it, and a few tab-parted lines (a running head), change nothing.
     */
    static List<String> tabbedCells(List<String> lines) {
        int tabbed = 0;
        int nonBlank = 0;
        List<Integer> widest = new ArrayList<>();
        for (String l : lines) {
            nonBlank += l.isBlank() ? 0 : 1;
            String[] cells = cells(l);
            if (cells.length > 1) {
                tabbed++;
                for (int k = 0; k < cells.length; k++) {
                    if (k == widest.size()) {
                        widest.add(0);
                    }
                    widest.set(k, Math.max(widest.get(k), width(cells[k])));
                }
            }
        }
        if (tabbed < Math.max(MIN_LINES, (int) Math.ceil(nonBlank * MIN_SHARE)) || widest.size() > MAX_COLUMNS) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.size());
        String[] previous = null;
        for (String l : lines) {
            String[] cells = cells(l);
            if (cells.length < 2 && previous != null && l.startsWith("\t") && !l.isBlank()) {
                // a row whose left cell is empty (the left column between two paragraphs, or ended) starts with its
                // tab: it is the right column's line, not an indented left one, when it goes on with the right cell
                // of the row above rather than with the left one (…新的服务站 | \t下周开放…)
                String t = l.strip();
                if (JoinScorer.score(previous[1], t) > JoinScorer.score(previous[0], t)) {
                    cells = new String[] {"", t};
                }
            }
            previous = cells.length >= 2 ? cells : null;
            if (cells.length < 2) {
                out.add(l);
                continue;
            }
            StringBuilder b = new StringBuilder();
            int at = 0;
            for (int k = 0; k < cells.length; k++) {
                b.append(" ".repeat(Math.max(0, at - width(b)))).append(cells[k]);
                at += widest.get(k) + MIN_GAP + 1;
            }
            out.add(b.toString());
        }
        return out;
    }

    /** The cells of a line parted by tabs between text (an indenting or trailing tab parts nothing). */
    private static String[] cells(String line) {
        String t = line.strip();
        if (t.indexOf('\t') < 0) {
            return new String[] {line};
        }
        String[] cells = t.split("\\s*\t\\s*");
        return cells;
    }

    /** The half-width units a text without tabs takes. */
    private static int width(CharSequence s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += advance(s.charAt(i), w);
        }
        return w;
    }

    /** The marks OCR and pdftotext print for a vertical rule drawn between columns. */
    private static final String RULE_MARKS = "|│┃丨｜";

    /**
     * The page with the vertical rules between its columns read as the white space they are. Why: a page that draws
     * a rule between columns comes out as {@code 居民们纷纷点赞    |  新的服务站下周开放}; the rule stands in the gap, so
     * neither side's gap is wide enough to part the columns, and the mark would be read as text of the right one. A
     * mark counts as a rule only with white space on both sides and on as many lines as make a column start (a
     * {@code |} or two inside running text, a running head parted by one, stay as they are).
     */
    static List<String> withoutColumnRules(List<String> lines) {
        lines = withoutAlignedRule(lines);
        int ruled = 0;
        int nonBlank = 0;
        for (String l : lines) {
            nonBlank += l.isBlank() ? 0 : 1;
            ruled += spacedRule(l, 0) >= 0 ? 1 : 0;
        }
        if (ruled < Math.max(MIN_LINES, (int) Math.ceil(nonBlank * MIN_SHARE))) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            int at = spacedRule(l, 0);
            if (at < 0) {
                out.add(l);
                continue;
            }
            StringBuilder b = new StringBuilder(l);
            while (at >= 0) {
                // the rule's own width in spaces, so the positions of what follows stay where they were
                b.replace(at, at + 1, advance(b.charAt(at), 0) == 2 ? "  " : " ");
                at = spacedRule(b, at + 1);
            }
            out.add(b.toString());
        }
        return out;
    }

    /**
     * The lines with a rule mark that stands at the same place on many of them opened into a gap, spaces or none
     * around it: a text export that pads the left cell up to the rule and sets the right cell right after it
     * (左栏的一整行文字|右栏文字) leaves no space between a full left line and the rule. Why: a | in running text
     * stands at no fixed place; only a rule drawn down the page stands at the same one on a share of the lines.
     */
    static List<String> withoutAlignedRule(List<String> lines) {
        java.util.Map<Integer, Integer> at = new java.util.HashMap<>();
        int nonBlank = 0;
        for (String l : lines) {
            nonBlank += l.isBlank() ? 0 : 1;
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            int pos = 0;
            for (int i = 0; i < l.length(); i++) {
                char c = l.charAt(i);
                if (RULE_MARKS.indexOf(c) >= 0 && i > 0 && i + 1 < l.length() && seen.add(pos)) {
                    at.merge(pos, 1, Integer::sum);
                }
                pos += advance(c, pos);
            }
        }
        int need = Math.max(MIN_LINES, (int) Math.ceil(nonBlank * MIN_SHARE));
        int rule = -1;
        for (var e : at.entrySet()) {
            if (e.getValue() >= need && (rule < 0 || e.getValue() > at.get(rule))) {
                rule = e.getKey();
            }
        }
        if (rule < 0) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            StringBuilder b = new StringBuilder(l.length() + MIN_GAP);
            int pos = 0;
            for (int i = 0; i < l.length(); i++) {
                char c = l.charAt(i);
                int w = advance(c, pos);
                boolean open = pos == rule && RULE_MARKS.indexOf(c) >= 0 && i > 0 && i + 1 < l.length()
                        && !(TextCleaner.isSpace(l.charAt(i - 1)) && TextCleaner.isSpace(l.charAt(i + 1)));
                // a gap as wide as a gap between columns; the right cell then starts where it starts after a rule
                // spaced on both sides (which withoutColumnRules opens), give or take POSITION_TOLERANCE
                b.append(open ? " ".repeat(w + (TextCleaner.isSpace(l.charAt(i - 1)) ? 1 : 2)) : String.valueOf(c));
                pos += w;
            }
            out.add(b.toString());
        }
        return out;
    }

    /** The index of the first rule mark at or after {@code from} with white space right before and after it, or -1. */
    private static int spacedRule(CharSequence l, int from) {
        for (int i = Math.max(1, from); i + 1 < l.length(); i++) {
            if (RULE_MARKS.indexOf(l.charAt(i)) >= 0 && TextCleaner.isSpace(l.charAt(i - 1))
                    && TextCleaner.isSpace(l.charAt(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    private static void flush(List<List<String>> columns, List<String> out) {
        for (List<String> col : columns) {
            if (col.stream().anyMatch(s -> !s.isEmpty())) {
                out.addAll(col);
                out.add("");
            }
            col.clear();
        }
    }

    /** The column a position falls in: the number of column starts at or before it. */
    private static int column(int position, List<Integer> starts) {
        int c = 0;
        while (c < starts.size() && position >= starts.get(c) - POSITION_TOLERANCE) {
            c++;
        }
        return c;
    }

    /**
     * The positions where text resumes after a gap on many lines, left to right. Each is the most common such position
     * (with its neighbours) among the positions not yet taken.
     */
    private static List<Integer> columnStarts(List<List<Run>> runs, int nonBlank) {
        int max = 0;
        for (List<Run> r : runs) {
            for (Run run : r) {
                max = Math.max(max, run.start);
            }
        }
        int[] count = new int[max + 2];
        int[] alone = new int[max + 2];
        for (List<Run> r : runs) {
            // only text after text counts: a line indented from its start (a paragraph's first line, a tab) says
            // nothing of columns
            for (int k = 1; k < r.size(); k++) {
                count[r.get(k).start]++;
            }
            if (r.size() == 1 && r.get(0).start >= MIN_GAP) {
                alone[r.get(0).start]++;
            }
        }
        List<Integer> starts = new ArrayList<>();
        int need = Math.max(MIN_LINES, (int) Math.ceil(nonBlank * MIN_SHARE));
        while (starts.size() < MAX_COLUMNS - 1) {
            int best = -1;
            int bestCount = 0;
            for (int p = 1; p <= max; p++) {
                int c = count[p - 1] + count[p] + count[p + 1];
                if (c >= MIN_LINES) {
                    // why: where one column's text runs on past the other's (two articles side by side, one longer),
                    // its lines stand alone, indented to where the column starts; they count where enough lines set
                    // text on both sides of a gap there, so that an indent alone never makes a column
                    c += alone[p - 1] + alone[p] + alone[p + 1];
                }
                if (c > bestCount) {
                    bestCount = c;
                    best = p;
                }
            }
            if (best < 0 || bestCount < need && longestStreak(runs, best) < STREAK_LINES) {
                break;
            }
            starts.add(best);
            for (int p = Math.max(0, best - 2 * POSITION_TOLERANCE); p <= Math.min(max + 1, best + 2 * POSITION_TOLERANCE); p++) {
                count[p] = 0;
                alone[p] = 0;
            }
        }
        starts.sort(null);
        return starts;
    }

    /**
     * The most lines one after the other (no blank line between) that set text after a gap at {@code position}, or
     * stand alone indented to it.
     */
    private static int longestStreak(List<List<Run>> runs, int position) {
        int longest = 0;
        int streak = 0;
        for (List<Run> r : runs) {
            boolean at = false;
            for (int k = 0; k < r.size() && !at; k++) {
                at = (k > 0 || r.size() == 1 && r.get(0).start >= MIN_GAP)
                        && Math.abs(r.get(k).start - position) <= POSITION_TOLERANCE;
            }
            streak = at ? streak + 1 : 0;
            longest = Math.max(longest, streak);
        }
        return longest;
    }

    /** The pieces of a line parted by gaps of at least {@link #MIN_GAP} half-width units of white space. */
    private static List<Run> runs(String line) {
        List<Run> out = new ArrayList<>();
        int pos = 0;
        int i = 0;
        int n = line.length();
        StringBuilder cur = new StringBuilder();
        int curStart = -1;
        int curEnd = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (TextCleaner.isSpace(c)) {
                int gapStart = pos;
                int j = i;
                while (j < n && TextCleaner.isSpace(line.charAt(j))) {
                    pos += advance(line.charAt(j), pos);
                    j++;
                }
                if (cur.length() > 0 && (pos - gapStart >= MIN_GAP || j == n)) {
                    out.add(new Run(cur.toString(), curStart, curEnd));
                    cur.setLength(0);
                } else if (cur.length() > 0) {
                    cur.append(line, i, j);
                }
                i = j;
                continue;
            }
            if (cur.length() == 0) {
                curStart = pos;
            }
            cur.append(c);
            pos += advance(c, pos);
            curEnd = pos;
            i++;
        }
        if (cur.length() > 0) {
            out.add(new Run(cur.toString(), curStart, curEnd));
        }
        return out;
    }

    /** Half-width units a character takes: CJK and full-width forms two, a tab to the next multiple of eight. */
    private static int advance(char c, int pos) {
        if (c == '\t') {
            return 8 - pos % 8;
        }
        return c >= 0x2e80 || "“”‘’".indexOf(c) >= 0 ? 2 : 1;
    }
}
