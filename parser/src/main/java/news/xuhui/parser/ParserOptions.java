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
    /**
     * A wider column than {@link #NARROW_MAX_WIDTH} is still a column up to this width: wider lines are page-wide text
     * blocks, and a headline set across columns needs room above the column to be told by its width.
     */
    static final double COLUMN_MAX_WIDTH = 34;
    /**
     * Share of a page's plain lines that must be within a character of one width for that width to be a column: full
     * lines of a column are most of them (a paragraph of three lines or more has one short tail), while paragraphs
     * printed whole on lines never agree in width so.
     */
    static final double STEADY_COLUMN_SHARE = 0.5;
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
    /**
     * Share of a paragraph's bigrams found in the article before it above which it goes on with the same subject (a
     * subhead's paragraph shares a quarter of its word pairs with its article; a new article's a tenth or less).
     */
    static final double SUBHEAD_MIN_CONTINUITY = 0.2;
    /** The most characters a numbered or bulleted subhead has after its mark (papers set them on one short line). */
    static final int SUBHEAD_MAX_LENGTH = 20;
    /**
     * Blank lines are rare on a page when at most one line in this many after a sentence's end opens after one (a tight
     * page: one blank line per article of a dozen paragraphs; a page of blank-parted paragraphs has one before each).
     */
    static final int RARE_BLANK_SHARE = 4;
    /** A headline set inside a column has at least this many characters (shorter lines are labels or stray ends). */
    static final double COLUMN_HEADLINE_MIN_WIDTH = 4;
    /** A line this much wider than its column (more than OCR's half-character wobble) was not wrapped by it. */
    static final double HEADLINE_OVER_COLUMN = 1.5;
    /**
     * A line at least this many column widths wide after an open paragraph's full line is two printed lines run
     * together (a lost line break), not a headline across columns (which is set between paragraphs).
     */
    static final double RUN_TOGETHER_MIN_COLUMNS = 1.6;
    /** A plain headline between paragraphs is at most this wide (two printed headline lines). */
    static final double WIDE_HEADLINE_MAX_WIDTH = 40;

    /** The widest kicker holding commas (LayoutPlanner.commaKickerOver): a clause or two, longer than a title. */
    static final double KICKER_MAX_WIDTH = 60;
    /** A paragraph printed on one line is at least this wide: two lines of a narrow column and more. */
    static final double WIDE_PARAGRAPH_MIN_WIDTH = 30;
    /** The paragraph after a plain headline is at least this many times wider than it. */
    static final double WIDE_BODY_OVER_HEADLINE = 1.3;
    /** At most this many lines at the page end are read as headlines printed apart (two or three blocks). */
    static final int PAGE_END_HEADLINES_MAX = 6;
    // ---- assembly thresholds (PageAssembler)

    /** Four characters repeated exactly at a break are a re-read, not chance (a two-word phrase at most). */
    static final int MIN_RESUME_OVERLAP = 4;
    /** A headline block is at most three lines (kicker, title, subtitle). */
    static final int ELIMINATION_MAX_LINES = 3;
    /** A re-read sentence end this long (with its full stop) is a duplicate even where a clause is open. */
    static final int MIN_REREAD_SENTENCE = 8;
    /** Each article of a split keeps at least this many paragraphs (a title and subtitle never split one of three). */
    static final int SPLIT_MIN_PARAGRAPHS = 3;
    /** Columns whose widths differ by this much (characters) are two columns. */
    static final double SPLIT_WIDTH_GAP = 1;
    /** A split must fit its own headlines this many times better than the swapped ones... */
    static final double SPLIT_OWN_OVER_CROSS = 1.5;
    /** ...and by this much in mean shared-bigram share (a few words of each headline in each paragraph). */
    static final double SPLIT_MIN_MARGIN = 0.3;
    /** Share of a waiting headline's bigrams that a paragraph must hold to open its article (a name and a topic). */
    static final double PENDING_HEADLINE_AFFINITY = 0.3;

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
