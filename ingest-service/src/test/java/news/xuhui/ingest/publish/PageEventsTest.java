package news.xuhui.ingest.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import news.xuhui.parser.Article;
import news.xuhui.parser.Edition;
import news.xuhui.parser.PageParser;
import news.xuhui.parser.ParsedPage;
import news.xuhui.parser.SourceFile;
import news.xuhui.parser.Teaser;

class PageEventsTest {

    private static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @Test
    void oneEventPerArticleAndAPageEventListingThem() {
        Edition edition = new Edition("某报", "2024-01-01", "星期一", null, 1, 100, 8, 1);
        Article first = new Article("引题", "标题一", null, List.of("张三"), "区委办", null, 2, List.of("第一段。"),
                List.of(), List.of("张三"));
        Article second = new Article(null, "标题二", null, List.of(), null, 1, null, List.of("正文。"), List.of(),
                List.of());
        ParsedPage page = new ParsedPage(new SourceFile("p1.txt", SHA, 42, "UTF-8"), edition, List.of(first, second),
                List.of(new Teaser("导读", "8-9")));

        PageEvents events = PageEvents.of(page, Instant.parse("2024-01-01T00:00:00Z"));

        assertEquals(2, events.articles().size());
        ArticleEvent a = events.articles().get(0);
        assertEquals(ArticleEvent.SCHEMA_VERSION, a.schemaVersion());
        assertEquals("0123456789abcdef-00", a.articleId());
        assertEquals(SHA, a.pageId());
        assertEquals("标题一", a.title());
        assertEquals("引题", a.kicker());
        assertEquals(Integer.valueOf(2), a.continuedToPage());
        assertEquals(List.of("张三"), a.authors());
        assertEquals(new EventEdition("某报", "2024-01-01", "星期一", null, 1, 100, 8, 1), a.edition());
        assertEquals(PageParser.VERSION, a.parserVersion());
        assertEquals("2024-01-01T00:00:00Z", a.parsedAt());
        assertEquals(1, events.articles().get(1).ordinal());

        PageEvent p = events.page();
        assertEquals(SHA, p.pageId());
        assertEquals(List.of("0123456789abcdef-00", "0123456789abcdef-01"), p.articleIds());
        assertEquals("8-9", p.teasers().get(0).seePages());
        assertEquals(List.of(), events.withdrawn(), "a first publication withdraws nothing");
    }

    @Test
    void replacingAnEarlierPublicationWithdrawsTheIdsTheNewParseNoLongerHas() {
        Article only = new Article(null, "标题", null, List.of(), null, null, null, List.of("正文。"), List.of(),
                List.of());
        ParsedPage page = new ParsedPage(new SourceFile("p.txt", SHA, 1, "UTF-8"), null, List.of(only), List.of(),
                "2.0.0", List.of());
        PageEvents events = PageEvents.of(page, Instant.parse("2024-01-01T00:00:00Z"))
                .replacing(List.of("0123456789abcdef-00", "0123456789abcdef-01", "0123456789abcdef-02"));

        assertEquals(List.of("0123456789abcdef-00"), events.page().articleIds());
        assertEquals(List.of("0123456789abcdef-01", "0123456789abcdef-02"), events.withdrawn());
        assertEquals("2.0.0", events.page().parserVersion(), "the version the parse carries is recorded");
        assertEquals("2.0.0", events.articles().get(0).parserVersion());
    }

    @Test
    void recordedVersionCanDifferFromTheParsersOwn() {
        ParsedPage page = new ParsedPage(new SourceFile("p.txt", SHA, 1, "UTF-8"), null, List.of(), List.of());
        assertEquals("0.1.0", PageEvents.of(page, Instant.now(), "0.1.0").page().parserVersion());
    }

    @Test
    void pageWithoutArticlesStillHasAPageEvent() {
        ParsedPage empty = new ParsedPage(new SourceFile("e.txt", SHA, 0, "UTF-8"), null, List.of(), List.of());
        PageEvents events = PageEvents.of(empty, Instant.now());
        assertTrue(events.articles().isEmpty());
        assertTrue(events.page().articleIds().isEmpty());
    }
}
