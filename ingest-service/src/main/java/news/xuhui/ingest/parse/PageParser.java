package news.xuhui.ingest.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Turns the raw bytes of one page file into articles. Thread-safe and free of framework dependencies so that it can
 * be unit-tested and benchmarked on its own.
 */
public final class PageParser {

    /** Bumped whenever the output for the same input changes; travels with every event. */
    public static final String VERSION = "0.1.0";

    public ParsedPage parse(byte[] content, String fileName) throws PageParseException {
        String text = new String(content, StandardCharsets.UTF_8);
        SourceFile source = new SourceFile(fileName, sha256Hex(content), content.length, "UTF-8");
        List<Article> articles = new ArrayList<>();
        String title = null;
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (l.startsWith("# ")) {
                if (title != null || !paragraphs.isEmpty()) {
                    articles.add(article(title, paragraphs));
                }
                title = l.substring(2).strip();
                paragraphs = new ArrayList<>();
            } else {
                paragraphs.add(l);
            }
        }
        if (title != null || !paragraphs.isEmpty()) {
            articles.add(article(title, paragraphs));
        }
        return new ParsedPage(source, null, articles, List.of());
    }

    private static Article article(String title, List<String> paragraphs) {
        return new Article(null, title, null, List.of(), null, null, null, paragraphs, List.of(), List.of());
    }

    public static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
