package news.xuhui.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Layout stage for markdown tables ({@code | a | b |} rows with a {@code |---|---|} rule under the first), which
 * converters print for two things on a news page. A box of figures (short cells) is no running text of an article and
 * is taken out. Columns of text the converter took for a table (cells of running text, one printed line each) are
 * read column by column, each cell a printed line of its own (a blank line after it), as a narrow column is read.
 * Pages without such tables pass unchanged.
 */
final class MarkdownTables {

    /** The rule under a table's first row: cells of dashes, with optional alignment colons. */
    private static final Pattern DELIMITER = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)*\\|?$");
    /**
     * Cells hold running text when they average at least this many Chinese characters: a box of figures holds
     * labels and numbers, a printed line of a column a dozen characters or more.
     */
    static final int TEXT_CELL_MIN_CJK = 8;

    private MarkdownTables() {
    }

    static List<String> read(List<String> lines) {
        List<String> out = null;
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            while (end < lines.size() && row(lines.get(end))) {
                end++;
            }
            if (end - i >= 2 && hasDelimiter(lines, i, end)) {
                if (out == null) {
                    out = new ArrayList<>(lines.subList(0, i));
                }
                out.addAll(table(lines.subList(i, end)));
                i = end;
                continue;
            }
            if (out != null) {
                out.addAll(lines.subList(i, Math.max(end, i + 1)));
            }
            i = Math.max(end, i + 1);
        }
        return out == null ? lines : out;
    }

    private static boolean row(String line) {
        String t = line.strip();
        return t.length() >= 2 && t.charAt(0) == '|';
    }

    private static boolean hasDelimiter(List<String> lines, int from, int to) {
        for (int k = from; k < to; k++) {
            if (DELIMITER.matcher(lines.get(k).strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The table's lines as read: nothing for a box of figures, else its columns' cells one after another. */
    private static List<String> table(List<String> rows) {
        List<List<String>> cells = new ArrayList<>();
        int cols = 0;
        int cjk = 0;
        int filled = 0;
        for (String r : rows) {
            String t = r.strip();
            if (DELIMITER.matcher(t).matches()) {
                continue;
            }
            List<String> c = new ArrayList<>();
            for (String cell : t.substring(1, t.endsWith("|") && t.length() > 1 ? t.length() - 1 : t.length()).split("\\|", -1)) {
                String s = cell.strip();
                c.add(s);
                if (!s.isEmpty()) {
                    filled++;
                    cjk += TextCleaner.cjkCount(s);
                }
            }
            cols = Math.max(cols, c.size());
            cells.add(c);
        }
        List<String> out = new ArrayList<>();
        out.add("");
        if (filled == 0 || cjk < TEXT_CELL_MIN_CJK * filled) {
            // why: a box of figures has no sentence of the article; left in, its rows join the paragraph beside it
            return out;
        }
        for (int c = 0; c < cols; c++) {
            for (List<String> row : cells) {
                if (c < row.size() && !row.get(c).isEmpty()) {
                    out.add(row.get(c));
                    out.add("");
                }
            }
        }
        return out;
    }
}
