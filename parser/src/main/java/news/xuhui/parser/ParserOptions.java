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
