package news.xuhui.parser.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import news.xuhui.parser.PageParseException;
import news.xuhui.parser.PageParser;
import news.xuhui.parser.ParserOptions;
import news.xuhui.parser.ParsedPage;

/**
 * The parser on the command line, without Kafka or a server:
 *
 * <pre>
 * java -jar parser/target/parser-*-cli.jar PAGE...            one page: its JSON on standard output
 * java -jar parser/target/parser-*-cli.jar -o OUT_DIR PAGE... every page: OUT_DIR/NAME.json (NAME without .txt)
 * </pre>
 *
 * The JSON is the page-level result {@code POST /api/parse} returns. Several pages without {@code -o} print a JSON
 * array. A page that cannot be parsed is reported on standard error with its reason and the others go on; the exit
 * status is 1 if any page failed, 2 for a usage error.
 */
public final class ParseCommand {

    private ParseCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path outDir = null;
        boolean people = true;
        List<Path> pages = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-o", "--out" -> {
                    if (i + 1 >= args.length) {
                        return usage(err, "-o needs a folder");
                    }
                    outDir = Path.of(args[++i]);
                }
                case "--no-people" -> people = false;
                case "-h", "--help" -> {
                    usage(out, null);
                    return 0;
                }
                case "--version" -> {
                    out.println(PageParser.VERSION);
                    return 0;
                }
                default -> {
                    if (args[i].startsWith("-") && args[i].length() > 1) {
                        return usage(err, "unknown option " + args[i]);
                    }
                    pages.add(Path.of(args[i]));
                }
            }
        }
        if (pages.isEmpty()) {
            return usage(err, "no page given");
        }
        PageParser parser = new PageParser(ParserOptions.defaults().withPersonExtraction(people));
        int failed = 0;
        List<String> printed = new ArrayList<>();
        for (Path page : pages) {
            try {
                ParsedPage parsed = parser.parse(Files.readAllBytes(page), page.getFileName().toString());
                String json = Json.write(parsed);
                if (outDir != null) {
                    Files.createDirectories(outDir);
                    String name = page.getFileName().toString().replaceFirst("\\.txt$", "") + ".json";
                    Files.writeString(outDir.resolve(name), json + "\n", StandardCharsets.UTF_8);
                } else {
                    printed.add(json);
                }
            } catch (PageParseException e) {
                failed++;
                err.println(page + ": " + e.reason() + ": " + e.getMessage());
            } catch (IOException e) {
                failed++;
                err.println(page + ": unreadable: " + e.getMessage());
            }
        }
        if (outDir == null) {
            if (pages.size() == 1) {
                printed.forEach(out::println);
            } else {
                out.println("[" + String.join(",\n", printed) + "]");
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static int usage(PrintStream to, String problem) {
        if (problem != null) {
            to.println("parse: " + problem);
        }
        to.println("usage: java -jar parser-cli.jar [-o OUT_DIR] [--no-people] PAGE...");
        to.println("  prints the page-level JSON of each page (what POST /api/parse returns);");
        to.println("  with -o, writes OUT_DIR/NAME.json per page instead");
        return problem == null ? 0 : 2;
    }
}
