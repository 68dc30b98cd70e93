package news.xuhui.query.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import news.xuhui.query.text.CjkText;
import news.xuhui.query.text.SearchTerms;

/**
 * Nothing stored is missed: on the real paragraphs of the seeds' gold parses, every word cut from the text (one to six
 * Han characters, people's names) has all its index terms among the paragraph's terms, and the check confirms it; and a
 * word whose characters are in the paragraph only apart is refused by the check.
 */
class SearchExactnessTest {

    static List<String> paragraphs() throws Exception {
        List<String> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (var files = Files.list(Path.of("src/test/resources/gold"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode a : json.readTree(f.toFile()).get("articles")) {
                    a.get("paragraphs").forEach(p -> out.add(p.asText()));
                }
            }
        }
        return out;
    }

    static List<String> names() throws Exception {
        List<String> out = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (var files = Files.list(Path.of("src/test/resources/gold"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode a : json.readTree(f.toFile()).get("articles")) {
                    a.get("peopleMustInclude").forEach(p -> out.add(p.asText()));
                }
            }
        }
        return out;
    }

    @Test
    void everyWordOfTheTextIsFoundByTheIndexAndTheCheck() throws Exception {
        Random r = new Random(17);
        List<String> paragraphs = paragraphs();
        assertFalse(paragraphs.isEmpty());
        int tried = 0;
        for (String p : paragraphs) {
            int[] terms = new SearchTerms().add(p).codes();
            for (CjkText.Run run : CjkText.runs(CjkText.normalize(p))) {
                if (!run.han()) {
                    continue;
                }
                for (int k = 0; k < 3; k++) {
                    int len = 1 + r.nextInt(Math.min(6, run.length()));
                    int at = r.nextInt(run.length() - len + 1);
                    String word = run.text().substring(at, at + len);
                    SearchQuery q = SearchQuery.parse(word);
                    assertHeld(q, terms, p, word);
                    assertTrue(q.matches(List.of(p)), word + " in " + p);
                    tried++;
                }
            }
        }
        assertTrue(tried > 1000, "words tried: " + tried);
    }

    @Test
    void everyNameIsFoundInEveryParagraphThatHoldsIt() throws Exception {
        int found = 0;
        List<String> paragraphs = paragraphs();
        for (String name : names()) {
            SearchQuery q = SearchQuery.parse(name);
            for (String p : paragraphs) {
                if (p.contains(name)) {
                    assertHeld(q, new SearchTerms().add(p).codes(), p, name);
                    assertTrue(q.matches(List.of(p)), name + " in " + p);
                    found++;
                }
            }
        }
        assertTrue(found > 20, "names found: " + found);
    }

    @Test
    void aWordWhosePairsStandApartIsRefused() throws Exception {
        // 工作会议 in a text holding 工作, 作会 and 会议 only in other places: every index term, not the word
        String text = "开展工作。作会上讲话，会议结束";
        SearchQuery q = SearchQuery.parse("工作会议");
        assertHeld(q, new SearchTerms().add(text).codes(), text, "工作会议");
        assertFalse(q.matches(List.of(text)));
    }

    private static void assertHeld(SearchQuery q, int[] terms, String text, String word) {
        String codes = q.termCodes();
        for (String c : codes.substring(1, codes.length() - 1).split(",")) {
            assertTrue(Arrays.binarySearch(terms, Integer.parseInt(c)) >= 0, word + " term " + c + " in " + text);
        }
    }
}
