package news.xuhui.ingest.page;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every {@link IngestError#reason()} code the service can report, for people-facing sentences that must cover each
 * one. Codes are only ever added: programs that watch {@code news.ingest.errors} key on them.
 */
public enum FailureReason {

    /** A symbolic link dropped into the inbox: links are never followed. */
    SYMBOLIC_LINK("symbolic-link"),
    /** Over {@code ingest.max-file-bytes}, or the parser's own size limit. */
    TOO_LARGE("too-large"),
    /** No bytes at all. */
    EMPTY("empty"),
    /** The file system refused to read it. */
    UNREADABLE("unreadable"),
    /** A line over {@code ingest.max-line-bytes}: not text laid out in lines. */
    LINE_TOO_LONG("line-too-long"),
    /** From the parser: the bytes are in no encoding it knows. */
    UNDECODABLE("undecodable"),
    /** From the parser: the bytes look like binary data, not text. */
    BINARY("binary"),
    /** The parser failed unexpectedly (a bug, logged). */
    PARSER_ERROR("parser-error"),
    /** Parsed, but no article text was found. */
    NO_ARTICLES("no-articles"),
    /** An article is larger than the broker accepts. */
    RECORD_TOO_LARGE("record-too-large");

    private final String code;

    FailureReason(String code) {
        this.code = code;
    }

    /** The stable code written into failure reports and events. */
    public String code() {
        return code;
    }

    /** The reason with this code; empty for a code this version does not know (a newer parser's). */
    public static Optional<FailureReason> of(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
