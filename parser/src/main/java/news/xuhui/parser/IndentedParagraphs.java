package news.xuhui.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Layout stage for plain-text exports of OCR (ABBYY, PaddleOCR to txt) that mark a paragraph only by indenting its
 * first line (two ideographic spaces) and set no blank line anywhere, not even between articles. On such a page a line
 * that is not indented right after a finished sentence starts no paragraph of the text: without the marks of running
 * text it is a headline (with them, the rest of a paragraph whose line ended a sentence at the column's edge); and an
 * indented line after unindented lines that end no sentence starts the text under them. The stage sets a blank line at both places, the gaps a layout leaves around a
 * headline, which the later stages read as on any page that sets blank lines rarely ({@link PrintedLine#blanksAreRare}).
 * Pages that do not mark paragraphs so pass unchanged.
 */
final class IndentedParagraphs {

    /** So many paragraph starts at least show how a page marks them. */
    static final int MIN_STARTS = 4;

    private IndentedParagraphs() {
    }

    static List<String> withGaps(List<String> lines) {
        if (!marksParagraphsByIndent(lines)) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.size() + 16);
        String previous = null;
        for (String l : lines) {
            if (previous != null && !l.isBlank()) {
                boolean ends = TextCleaner.endsSentence(previous.strip());
                if (ends && !indented(l) && !TextCleaner.containsAny(l, "，。；：,;:")
                        || !ends && indented(l) && !indented(previous)) {
                    out.add("");
                }
            }
            out.add(l);
            previous = l.isBlank() ? null : l;
        }
        return out;
    }

    /**
     * Whether the page marks its paragraphs by indent and not by blank lines: at least half the lines after a finished
     * sentence are indented (the others go on with a paragraph whose line ended a sentence at the column's edge, or are
     * headlines), blank lines hardly ever part them, and indented lines stand mostly there (else under headlines).
     */
    static boolean marksParagraphsByIndent(List<String> lines) {
        int afterEnd = 0;
        int indentedAfterEnd = 0;
        int indentedElsewhere = 0;
        int blankAfterEnd = 0;
        String previous = null;
        boolean blank = false;
        for (String l : lines) {
            if (l.isBlank()) {
                blank = true;
                continue;
            }
            boolean ends = previous != null && TextCleaner.endsSentence(previous.strip());
            if (ends) {
                afterEnd++;
                if (blank) {
                    blankAfterEnd++;
                } else if (indented(l)) {
                    indentedAfterEnd++;
                }
            } else if (indented(l) && previous != null) {
                indentedElsewhere++;
            }
            previous = l;
            blank = false;
        }
        return afterEnd >= MIN_STARTS && indentedAfterEnd * 2 >= afterEnd && blankAfterEnd * 4 <= afterEnd
                && indentedElsewhere * 2 <= indentedAfterEnd;
    }

    /** A line opening with an ideographic space or two plain ones (a tab is a converter's, not the print's). */
    private static boolean indented(String l) {
        return !l.isEmpty() && (l.charAt(0) == '\u3000' || l.startsWith("  ") || l.startsWith("\u00a0\u00a0"));
    }
}
