package news.xuhui.query.web;

import static news.xuhui.query.web.WebPages.follow;
import static news.xuhui.query.web.WebPages.get;
import static news.xuhui.query.web.WebPages.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import news.xuhui.infra.InfraTestResource;
import news.xuhui.query.rest.GoldSeeds;

/** The search page over the seeds: hits with their words marked, facets and chips that filter, paging, empty. */
@QuarkusTest
@WithTestResource(InfraTestResource.class)
class SearchPageTest {

    static final String PAPER = "网页搜索报" + UUID.randomUUID().toString().substring(0, 6);
    static final String MINE = "/?paper=" + PAPER;
    private static List<GoldSeeds.Loaded> seeds;

    // loaded by the first test: RestAssured knows the application's port only once a test runs
    @BeforeEach
    void load() {
        synchronized (SearchPageTest.class) {
            if (seeds == null) {
                seeds = GoldSeeds.loadStored(PAPER);
            }
        }
    }

    static int total(Document page) {
        String total = one(page, "#total").text();
        assertTrue(total.matches("\\d+"), "digits only: " + total);
        return Integer.parseInt(total);
    }

    @Test
    void hitsMarkTheWordsInTitleAndSnippetAndSayWhereTheyAreFrom() {
        Document page = get(MINE + "&q=城市更新");
        Elements hits = page.select("ol#results > li.hit");
        long expected = seeds.stream().filter(l -> l.text().contains("城市更新")).count();
        assertTrue(expected > 0);
        assertEquals(expected, hits.size());
        assertEquals(expected, total(page));
        Element title = one(hits.first(), "a.hit-title");
        assertEquals("徐汇区发布<mark>城市更新</mark>6个重点项目", title.html(), "best hit first, its match marked");
        assertTrue(title.attr("href").matches("/articles/[0-9a-f]{16}-\\d{2}"), title.attr("href"));
        for (Element hit : hits) {
            assertEquals("城市更新", one(hit, ".snippet mark").text());
            assertEquals(List.of(), hit.select(".snippet *").stream().map(Element::tagName)
                    .filter(t -> !t.equals("mark")).toList(), "no markup from the text itself");
            for (String part : List.of(".edition-date", ".edition-page", ".source", ".authors")) {
                one(hit, part);
            }
            assertTrue(one(hit, ".edition-date").text().matches("\\d{4}-\\d{2}-\\d{2}"));
        }
        assertNull(page.selectFirst("#empty"));
        assertNull(page.selectFirst("#error"));
        assertEquals("城市更新", one(page, "input#q[name=q]").val(), "the box keeps the words");
        assertEquals(PAPER, one(page, "form#search[role=search] input[type=hidden][name=paper]").val(),
                "the active filter goes along with the next search");
    }

    @Test
    void aFacetAddsItsFilterAndItsChipRemovesIt() {
        Document all = get(MINE + "&q=徐汇");
        int before = total(all);
        Element source = one(all, "#facet-sources a.facet");
        String name = one(source, "span.facet-name").text();
        int count = Integer.parseInt(one(source, "span.facet-count").text());
        assertTrue(source.attr("href").contains("source="), source.attr("href"));

        Document filtered = follow(source);
        assertEquals(count, total(filtered));
        assertTrue(count < before, "the facet narrows the search");
        filtered.select("li.hit .source").forEach(s -> assertEquals(name, s.text()));
        assertEquals("徐汇", one(filtered, "#q").val());
        Elements chips = filtered.select("ul#chips > li > a.chip");
        assertEquals(2, chips.size(), "paper and source: " + chips);
        Element sourceChip = chips.stream().filter(c -> c.text().contains(name)).findFirst().orElseThrow();
        assertFalse(sourceChip.attr("href").contains("source="));
        assertEquals(before, total(follow(sourceChip)));

        Element person = one(all, "#facet-people a.facet");
        Document byPerson = follow(person);
        assertEquals(Integer.parseInt(one(person, ".facet-count").text()), total(byPerson));
    }

    @Test
    void aMonthFacetNarrowsTheDatesToThatMonth() {
        Element month = one(get(MINE), "#facet-months a.facet");
        String ym = one(month, ".facet-name").text();
        assertTrue(ym.matches("\\d{4}-\\d{2}"), ym);
        String href = month.attr("href");
        assertTrue(href.contains("from=" + ym + "-01"), href);
        assertTrue(href.matches(".*to=" + ym + "-(28|29|30|31).*"), href);
        Document page = follow(month);
        assertEquals(Integer.parseInt(one(month, ".facet-count").text()), total(page));
        page.select("li.hit .edition-date").forEach(d -> assertTrue(d.text().startsWith(ym), d.text()));
        assertEquals(ym + "-01", one(page, "input[name=from][type=date]").val());
    }

    @Test
    void pagesGoOnWithNextAndBackWithPrev() {
        Document first = get(MINE + "&size=2&sort=oldest");
        assertEquals(seeds.size(), total(first));
        assertNull(first.selectFirst("nav.pager a[rel=prev]"));
        assertEquals(2, first.select("li.hit").size());
        Document second = follow(one(first, "nav.pager a[rel=next]"));
        assertNotEquals(first.select("a.hit-title").eachAttr("href"), second.select("a.hit-title").eachAttr("href"));
        assertEquals("oldest", one(second, "select[name=sort] option[selected]").val());
        Document back = follow(one(second, "nav.pager a[rel=prev]"));
        assertEquals(first.select("a.hit-title").eachAttr("href"), back.select("a.hit-title").eachAttr("href"));
    }

    @Test
    void withoutWordsTheNewestArticlesShowAndNothingMatchingSaysSo() {
        Document newest = get(MINE);
        assertEquals(seeds.size(), total(newest));
        assertEquals("relevance", one(newest, "select[name=sort] option[selected]").val(),
                "the default, so that words typed next are ranked; without words it lists the newest first");
        List<String> dates = newest.select("li.hit .edition-date").eachText();
        assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates);

        Document none = get(MINE + "&q=汇徐");
        assertEquals(0, total(none));
        assertNotNull(none.selectFirst("#empty"));
        assertTrue(none.select("li.hit").isEmpty());
    }
}
