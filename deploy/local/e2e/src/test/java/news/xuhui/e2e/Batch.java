package news.xuhui.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import news.xuhui.parser.PageParseException;
import news.xuhui.parser.PageParser;
import news.xuhui.parser.ParsedPage;

/**
 * One scenario's own pages, whose content no other scenario drops (so it counts only what it caused), and what each
 * must yield: its SHA-256 (the key of its page record) and its article ids, as the parser module the ingest-service
 * runs finds them.
 */
final class Batch {

    private static PageParser parser;

    final String name;
    final List<Pages.Page> pages;
    /** Page file name → the article ids it must yield. */
    final Map<String, List<String>> idsByFile = new LinkedHashMap<>();
    /** Page SHA-256 → its file name. */
    final Map<String, String> fileBySha = new LinkedHashMap<>();

    private Batch(String name, List<Pages.Page> pages) {
        this.name = name;
        this.pages = pages;
        for (Pages.Page page : pages) {
            ParsedPage parsed = parse(page);
            String sha = parsed.sourceFile().sha256();
            fileBySha.put(sha, page.name());
            idsByFile.put(page.name(), IntStream.range(0, parsed.articles().size())
                    .mapToObj(i -> String.format("%s-%02d", sha.substring(0, 16), i)).toList());
        }
    }

    /** {@code count} pages named {@code <name>-<i>.txt}; {@code name} must not start another batch's name. */
    static Batch generate(String name, int count, long seed) {
        return new Batch(name, Pages.generate(name, count, seed));
    }

    private static synchronized ParsedPage parse(Pages.Page page) {
        if (parser == null) {
            parser = new PageParser(); // loads the NLP models once: seconds
        }
        try {
            return parser.parse(page.bytes(), page.name());
        } catch (PageParseException e) {
            throw new IllegalStateException(page.name() + " does not parse: " + e.getMessage(), e);
        }
    }

    Set<String> articleIds() {
        return idsByFile.values().stream().flatMap(List::stream).collect(Collectors.toSet());
    }

    boolean owns(String fileName) {
        return fileName != null && fileName.startsWith(name + "-") && fileName.endsWith(".txt");
    }

    void dropInto(Path inbox) throws IOException {
        for (Pages.Page page : pages) {
            Pages.drop(inbox, page);
        }
    }

    /** This batch's page files anywhere below {@code root}; 0 when it does not exist. */
    long filesIn(Path root) throws IOException {
        return SystemUnderTest.filesIn(root, this::owns);
    }
}
