package news.xuhui.parser;

import java.util.List;

/**
 * Layout stage on the page's lines: a headline set vertically (竖排), down a narrow column beside the text as Chinese
 * papers set short titles, reads one character a line — OCR and converters go down the column. A run of such lines
 * is joined into the one line it was printed as. Why: every later stage reads a one-character line as a paragraph's
 * end or a speck, so the title is lost into the text or dropped. The run may have a blank line between each two of its
 * lines (a page that sets one after every printed line); it is mostly Chinese (a digit or letter printed upright may
 * stand in it).
 */
final class VerticalLines {

    /**
     * A vertical line is at least this many characters, mostly Chinese, or one fewer, all Chinese (a two-character
     * title): text does not print two lines of one character in a row.
     */
    static final int MIN_CHARS = 3;

    private VerticalLines() {
    }

    static List<String> joined(List<String> lines) {
        return LineRuns.rewrite(lines, VerticalLines::runEnd, (out, all, start, end) -> {
            StringBuilder b = new StringBuilder();
            for (int k = start; k <= end; k++) {
                b.append(all.get(k).strip());
            }
            out.add(b.toString());
            return end + 1;
        });
    }

    /** The last line of a vertical run starting at line {@code i}, or -1 when none starts there. */
    private static int runEnd(List<String> lines, int i) {
        if (!oneChar(lines.get(i))) {
            return -1;
        }
        // the page sets a blank line after every printed line or none: the run keeps to what its first gap is
        int step = i + 2 < lines.size() && lines.get(i + 1).isBlank() ? 2 : 1;
        int end = i;
        int chars = 1;
        int cjk = TextCleaner.cjkCount(lines.get(i).strip());
        for (int k = i + step; k < lines.size() && oneChar(lines.get(k)) && (step == 1 || lines.get(k - 1).isBlank());
                k += step) {
            end = k;
            chars++;
            cjk += TextCleaner.cjkCount(lines.get(k).strip());
        }
        boolean enough = chars >= MIN_CHARS && 2 * cjk >= chars || chars == MIN_CHARS - 1 && cjk == chars;
        return enough ? end : -1;
    }

    private static boolean oneChar(String line) {
        String s = line.strip();
        return s.length() == 1 && !Character.isWhitespace(s.charAt(0)) && s.charAt(0) != '\u3000';
    }
}
