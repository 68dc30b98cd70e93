package news.xuhui.ingest.page;

/**
 * Content of {@code failed/<name>.error.json}, and value of the record on {@code news.ingest.errors}: why a file was
 * not ingested.
 *
 * @param file          the file's name as dropped
 * @param sha256        SHA-256 of its content, when it could be read
 * @param stage         where it failed: {@code read}, {@code parse} or {@code publish}
 * @param reason        a stable code, e.g. {@code too-large}, {@code line-too-long}, {@code undecodable}, {@code link}
 * @param message       what happened, for people
 * @param parserVersion the parser that looked at it
 * @param time          when, ISO-8601
 */
public record IngestError(String file, String sha256, String stage, String reason, String message,
        String parserVersion, String time) {
}
