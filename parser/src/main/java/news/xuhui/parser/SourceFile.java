package news.xuhui.parser;

/**
 * Identity of the parsed bytes.
 *
 * @param name      file name as dropped (no directories), may be {@code null} for anonymous uploads
 * @param sha256    lower-case hex SHA-256 of the raw bytes: the page's identity
 * @param sizeBytes size of the raw bytes
 * @param encoding  the character set the parser detected (e.g. {@code UTF-8}, {@code GB18030}, {@code UTF-16LE})
 */
public record SourceFile(String name, String sha256, long sizeBytes, String encoding) {
}
