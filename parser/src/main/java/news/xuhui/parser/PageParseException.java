package news.xuhui.parser;

/** A page that cannot be parsed at all (undecodable bytes, over a configured limit). The message is for people. */
public class PageParseException extends Exception {

    private final String reason;

    /** @param reason a stable machine-readable code such as {@code undecodable} or {@code too-large} */
    public PageParseException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
