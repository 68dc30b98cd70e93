package news.xuhui.query.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.qute.Engine;
import io.quarkus.qute.ReflectionValueResolver;

/**
 * The facet list tag marks a count taken in a sample of the matches as about so many (≈), and only such a count: the
 * seeds' archive is too small for the search page's tests to ever sample, so the tag is rendered here on its own.
 */
class FacetListTagTest {

    @Test
    void aSampledCountIsShownAsAboutSoManyAnExactOneAsItIs() throws IOException {
        String html = render(List.of(new SearchPage.FacetLink("新华社", 1200, true, "/?source=a"),
                new SearchPage.FacetLink("本报", 7, false, "/?source=b")));
        Document doc = Jsoup.parse(html);
        assertEquals(List.of("≈1200", "7"), doc.select("#facet-x .facet-count").eachText());
        assertEquals(List.of("新华社", "本报"), doc.select("#facet-x .facet-name").eachText());
        assertEquals(List.of("/?source=a", "/?source=b"), doc.select("#facet-x a.facet").eachAttr("href"));
    }

    private static String render(List<SearchPage.FacetLink> entries) throws IOException {
        String template;
        try (InputStream in = FacetListTagTest.class.getResourceAsStream("/templates/tags/facetlist.html")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Engine engine = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver()).build();
        return engine.parse(template).data("id", "facet-x").data("entries", entries).render();
    }
}
