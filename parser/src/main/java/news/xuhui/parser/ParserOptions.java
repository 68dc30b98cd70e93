package news.xuhui.parser;

/**
 * Tuning knobs of {@link PageParser}. Every limit has a safe default; see {@link #defaults()}.
 *
 * @param personExtraction run person recognition (HanLP plus rules) to fill {@link Article#people()}
 * @param maxBytes         larger inputs are rejected with reason {@code too-large}
 * @param maxLineLength    longer lines are cut into pieces of at most this many characters before analysis
 */
public record ParserOptions(boolean personExtraction, int maxBytes, int maxLineLength) {

    public static final int DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

    // ---- layout thresholds (widths in printed characters: CJK 1, half-width 0.5). General typesetting facts, not
    // fitted to any one page.

    /** A line at most this wide can be a line of a narrow column: newspaper columns hold 8 to 20 characters. */
    static final double NARROW_MAX_WIDTH = 22;
    /** A page is set in narrow columns when at least this share of its plain lines are narrow... */
    static final double NARROW_PAGE_SHARE = 0.6;
    /** ...and it has at least this many plain lines (a short note of a few lines says nothing about columns). */
    static final int NARROW_PAGE_MIN_LINES = 12;
    /** Lines on each side compared when looking for a change of column width: enough to outvote paragraph ends. */
    static final int COLUMN_WINDOW = 6;
    /** Column widths this far apart are different columns (OCR widths of one column vary by half a character). */
    static final double COLUMN_CHANGE = 1.5;
    /** The middle half of a steady column's line widths spans at most this (a digit pair or a half-width mark). */
    static final double STEADY_COLUMN_SPREAD = 1;
    /** A column line narrower than this share of its neighbours' widest is a paragraph's last line. */
    static final double TAIL_SHARE = 0.75;
    /** A printed line this close to the column width fills it: digits and OCR spaces cost up to a character. */
    static final double FULL_LINE_TOLERANCE = 1.5;
    /** A line this much wider than its column was not wrapped by it: a headline set across columns. */
    static final double HEADLINE_OVER_COLUMN = 2;
    /** A plain headline between paragraphs is at most this wide (two printed headline lines). */
    static final double WIDE_HEADLINE_MAX_WIDTH = 40;
    /** A paragraph printed on one line is at least this wide: two lines of a narrow column and more. */
    static final double WIDE_PARAGRAPH_MIN_WIDTH = 30;
    /** The paragraph after a plain headline is at least this many times wider than it. */
    static final double WIDE_BODY_OVER_HEADLINE = 1.3;
    /** At most this many lines at the page end are read as headlines printed apart (two or three blocks). */
    static final int PAGE_END_HEADLINES_MAX = 6;
    /** A headline printed at the page end is placed only if it shares at least this share of bigrams with a body. */
    static final double PAGE_END_HEADLINE_MIN_AFFINITY = 0.3;
    public static final int DEFAULT_MAX_LINE_LENGTH = 20_000;

    public ParserOptions {
        if (maxBytes <= 0) {
            maxBytes = DEFAULT_MAX_BYTES;
        }
        if (maxLineLength < 200) {
            maxLineLength = DEFAULT_MAX_LINE_LENGTH;
        }
    }

    public static ParserOptions defaults() {
        return new ParserOptions(true, DEFAULT_MAX_BYTES, DEFAULT_MAX_LINE_LENGTH);
    }

    public ParserOptions withPersonExtraction(boolean on) {
        return new ParserOptions(on, maxBytes, maxLineLength);
    }
}
