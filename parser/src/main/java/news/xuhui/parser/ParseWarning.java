package news.xuhui.parser;

/**
 * Something the parser is unsure of on a page: the page was parsed, but a person should look at this part.
 *
 * @param article the index of the article concerned in {@link ParsedPage#articles()}, or {@code null} for the page
 * @param reason  a stable, machine-readable code (see {@link Reason})
 * @param message what was seen, in plain words
 */
public record ParseWarning(Integer article, String reason, String message) {

    /** The reasons a warning can give; codes are only ever added. */
    public static final class Reason {
        /** Two articles were told apart (or kept together) on weak evidence only. */
        public static final String WEAK_BOUNDARY = "weak-boundary";
        /** A headline-like block matched no body and was dropped or kept as text. */
        public static final String ORPHAN_HEADLINE = "orphan-headline";
        /** An article has no headline. */
        public static final String NO_HEADLINE = "no-headline";
        /** An article's body is very short for an article. */
        public static final String SHORT_BODY = "short-body";

        private Reason() {
        }
    }
}
