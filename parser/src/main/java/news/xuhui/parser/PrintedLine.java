package news.xuhui.parser;

import java.util.List;

/**
 * One non-empty line of a page as printed, with what the layout stages need to know about it.
 *
 * @param raw      the line as read (invisible characters stripped, outer spaces trimmed)
 * @param text     the line with OCR spaces removed
 * @param width    printed width in characters (CJK and full-width punctuation 1, half-width 0.5)
 * @param markdown whether the line carries a markdown heading mark ({@code #}, {@code **…**}) or is an image
 * @param blankBefore whether an empty line preceded it
 * @param indent   how many half-width spaces led the line (layout-keeping converters centre headlines so)
 */
record PrintedLine(String raw, String text, double width, boolean markdown, boolean blankBefore, int indent) {

    static PrintedLine of(String line, boolean blankBefore) {
        String visible = TextCleaner.stripInvisible(line);
        int indent = 0;
        while (indent < visible.length() && visible.charAt(indent) == ' ') {
            indent++;
        }
        String raw = visible.strip();
        String text = TextCleaner.clean(raw);
        boolean md = raw.startsWith("#") || raw.startsWith("**") || raw.startsWith("![") || raw.startsWith("|")
                || raw.startsWith("> ") || raw.startsWith("- ") || raw.startsWith("* ");
        return new PrintedLine(raw, text, TextCleaner.width(text) / 2.0, md, blankBefore, raw.isEmpty() ? 0 : indent);
    }

    /** Ends with a sentence end (。！？… possibly inside closing quotes or brackets). */
    boolean endsSentence() {
        return TextCleaner.endsSentence(text);
    }

    /** A parenthesised credit or dateline on a line of its own: （本报记者…）, （本报伦敦3月2日电）. */
    boolean parenthesised() {
        return !text.isEmpty() && (text.charAt(0) == '（' || text.charAt(0) == '(')
                && (text.endsWith("）") || text.endsWith(")"));
    }

    boolean empty() {
        return text.isEmpty();
    }

    /**
     * Whether the page sets a blank line after a finished sentence only rarely: at most one in
     * {@link ParserOptions#RARE_BLANK_SHARE} of the lines that follow a sentence's end opens after one. Why: where
     * paragraphs follow each other without a blank line (tight columns, plain-text exports), a blank line is the gap the
     * layout leaves between articles, so a line under it starts one; where every printed line or paragraph has one, a
     * blank line tells nothing.
     */
    static boolean blanksAreRare(List<PrintedLine> lines) {
        int after = 0;
        int blank = 0;
        PrintedLine previous = null;
        for (PrintedLine l : lines) {
            if (l.empty()) {
                continue;
            }
            if (previous != null && previous.endsSentence()) {
                after++;
                if (l.blankBefore()) {
                    blank++;
                }
            }
            previous = l;
        }
        return after >= ParserOptions.RARE_BLANK_SHARE && blank * ParserOptions.RARE_BLANK_SHARE <= after;
    }
}
