package news.xuhui.parser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Development aid, not a test: lays out one development page's articles as {@link FormatRelayoutScoringTest} does and
 * prints the page and the scoring rows. Arguments: kind layout width gold-file-name (run from parser/).
 */
public final class FormatDump {
    public static void main(String[] args) throws Exception {
        Path g = Path.of("src", "test", "resources", "dev", "gold", args[3]);
        ObjectNode gold = (ObjectNode) ParseScorer.JSON.readTree(g.toFile());
        ArrayNode kept = RelayoutScoringTest.scoredArticles(gold);
        gold.set("articles", kept);
        gold.putNull("edition");
        String page = FormatRelayoutScoringTest.page(kept, args[0], args[1], Integer.parseInt(args[2]));
        System.out.println("===== PAGE\n" + page);
        PageParser parser = new PageParser(ParserOptions.defaults().withPersonExtraction(false));
        ParsedPage parsed = parser.parse(page.getBytes(StandardCharsets.UTF_8), g.getFileName().toString());
        JsonNode pred = ParseScorer.JSON.valueToTree(parsed);
        System.out.println("===== PARSED");
        for (JsonNode a : pred.get("articles")) {
            System.out.println("--- kicker=" + a.path("kicker") + " title=" + a.path("title") + " subtitle="
                    + a.path("subtitle") + " authors=" + a.path("authors") + " source=" + a.path("source"));
            for (JsonNode p : ParseScorer.iter(a.get("paragraphs"))) {
                String t = ParseScorer.text(p);
                System.out.println("  | " + (t.length() > 60 ? t.substring(0, 30) + " … " + t.substring(t.length() - 25) : t));
            }
        }
        ParseScorer.scoreFile(gold, pred, true).rows.forEach(System.out::println);
    }
}
