package news.xuhui.parser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Development aid, not a test: lays out one development page's articles as {@link RelayoutScoringTest} does and prints
 * the page, the expected articles and the parsed ones. Arguments: layout width gold-file-name [kind] (run from
 * parser/); kind is one of {@link FormatRelayoutScoringTest}'s (plain when left out).
 */
public final class RelayoutDump {
    public static void main(String[] args) throws Exception {
        Path g = Path.of("src", "test", "resources", "dev", "gold", args[2]);
        ObjectNode gold = (ObjectNode) ParseScorer.JSON.readTree(g.toFile());
        ArrayNode kept = RelayoutScoringTest.scoredArticles(gold);
        if (args.length > 3 && args[3].equals("continued-top")) {
            kept = FormatRelayoutScoringTest.continuedFirst(gold, kept);
        }
        gold.set("articles", kept);
        gold.putNull("edition");
        String page = FormatRelayoutScoringTest.page(kept, args.length > 3 ? args[3] : "plain", args[0],
                Integer.parseInt(args[1]));
        System.out.println("===== PAGE\n" + page);
        Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "relayout-page.txt"), page);
        PageParser parser = new PageParser(ParserOptions.defaults().withPersonExtraction(false));
        ParsedPage parsed = parser.parse(page.getBytes(StandardCharsets.UTF_8), g.getFileName().toString());
        JsonNode pred = ParseScorer.JSON.valueToTree(parsed);
        System.out.println("===== GOLD");
        kept.forEach(RelayoutDump::show);
        System.out.println("===== PARSED");
        pred.get("articles").forEach(RelayoutDump::show);
        ParseScorer.Stats st = ParseScorer.scoreFile(gold, pred, true);
        st.rows.forEach(System.out::println);
    }

    private static void show(JsonNode a) {
        System.out.println("--- kicker=" + a.path("kicker") + " title=" + a.path("title") + " subtitle=" + a.path("subtitle")
                + " authors=" + a.path("authors") + " source=" + a.path("source") + " to=" + a.path("continuedToPage"));
        for (JsonNode p : ParseScorer.iter(a.get("paragraphs"))) {
            String t = ParseScorer.text(p);
            System.out.println("  | " + (t.length() > 60 ? t.substring(0, 30) + " … " + t.substring(t.length() - 25) : t));
        }
        for (JsonNode s : ParseScorer.iter(a.get("sections"))) {
            System.out.println("  section " + s.path("speaker") + " " + s.path("heading") + " paras=" + s.path("paragraphs").size());
        }
    }
}
