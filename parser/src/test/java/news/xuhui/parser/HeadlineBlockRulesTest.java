package news.xuhui.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The rules {@link SeedRelayoutScoringTest} asked for, one by one on made-up text: a kicker that holds commas, and a
 * speech's salutation under its headline.
 */
class HeadlineBlockRulesTest {

    private static final String KICKER = "深化改革扩大开放，为云山建成现代化新城贡献力量";
    private static final String TITLE = "云山区委全会审议通过实施方案";

    private static List<Article> parse(List<String> lines, String sep) throws Exception {
        String text = String.join(sep, lines) + "\n";
        return new PageParser(ParserOptions.defaults().withPersonExtraction(false))
                .parse(text.getBytes(StandardCharsets.UTF_8), "made-up.txt").articles();
    }

    private static List<String> paragraphs() {
        return List.of("中国共产党云山区第三届委员会第五次全体会议昨天下午举行，全会审议通过了实施方案。",
                "全会指出，要坚持稳中求进工作总基调，加快建设现代化新城，全力做好高质量发展的大文章。",
                "全会强调，要抓牢稳增长，拉动有效投资，加大产业招商力度，加快商业的转型升级，进一步做大经济总量。",
                "全会号召，全区广大党员干部要团结一心，真抓实干，奋力开创现代化新城建设的新局面。");
    }

    @Test
    void aKickerWithCommasOverItsTitleInAWideLayout() throws Exception {
        // one paragraph a line: the kicker's commas do not make it text when a headline line and text follow
        List<String> lines = new ArrayList<>(List.of(KICKER, TITLE));
        lines.addAll(paragraphs());
        List<Article> articles = parse(lines, "\n\n");
        assertEquals(1, articles.size(), articles.toString());
        assertEquals(KICKER, articles.get(0).kicker(), articles.toString());
        assertEquals(TITLE, articles.get(0).title(), articles.toString());
        assertEquals(4, articles.get(0).paragraphs().size(), articles.toString());
    }

    @Test
    void aKickerWithCommasSetAcrossNarrowColumns() throws Exception {
        // the kicker and the title are set across columns of 14: both are the headline block
        List<String> lines = new ArrayList<>(List.of(KICKER, TITLE + "今天"));
        for (String p : paragraphs()) {
            lines.addAll(RelayoutScoringTest.wrap(p, 14));
        }
        List<Article> articles = parse(lines, "\n\n");
        assertEquals(1, articles.size(), articles.toString());
        assertEquals(KICKER, articles.get(0).kicker(), articles.toString());
        assertEquals(TITLE + "今天", articles.get(0).title(), articles.toString());
    }

    @Test
    void aSentenceWithCommasOverAShortLineIsStillText() throws Exception {
        // the rule's guard: a paragraph ends its sentence, so a line with a full stop is never a kicker
        List<String> lines = new ArrayList<>(List.of(TITLE, KICKER + "。", "加快建设现代化新城"));
        lines.addAll(paragraphs());
        List<Article> articles = parse(lines, "\n\n");
        assertEquals(TITLE, articles.get(0).title(), articles.toString());
        assertEquals(KICKER + "。", articles.get(0).paragraphs().get(0), articles.toString());
    }

    @Test
    void aSalutationUnderTheHeadlineOpensTheText() throws Exception {
        // 同志们： under a speech's title (and its byline) is the text's first paragraph, not a second headline
        for (boolean byline : new boolean[] { false, true }) {
            List<String> lines = new ArrayList<>(List.of("2030年新年致辞"));
            if (byline) {
                lines.add("记者 柯明远");
            }
            lines.add("同志们：");
            lines.add("2030年即将到来。在这辞旧迎新的美好时刻，我谨代表区人民政府，向全区人民致以新年的问候。");
            lines.add("这一年，我们积极培育发展的新动能，一批新型研发机构落户云山，城区面貌焕然一新。");
            List<Article> articles = parse(lines, "\n\n");
            assertEquals(1, articles.size(), articles.toString());
            Article a = articles.get(0);
            assertEquals("2030年新年致辞", a.title(), a.toString());
            assertEquals("同志们：", a.paragraphs().get(0), a.toString());
            assertEquals(3, a.paragraphs().size(), a.toString());
        }
    }

    @Test
    void parallelSubheadsStayInTheirReportAsParagraphs() throws Exception {
        // short lines between paragraphs opening alike (牢牢把握…) head a report's sections: not new articles, and
        // each a paragraph of its own; the text under them does not open a story (no dateline, date or 近日)
        List<String> lines = new ArrayList<>(List.of(TITLE, paragraphs().get(0),
                "坚持改革的正确方向", "要以新思想为根本遵循，深入领会其中的精神要义和实践要求，一步一个脚印谋划推进改革。",
                "坚持以人民为中心", "要聚焦民生所急，用改革的方法解决群众急难愁盼问题，让改革成果更多惠及全区人民。"));
        List<Article> articles = parse(lines, "\n\n");
        assertEquals(1, articles.size(), articles.toString());
        assertEquals(List.of(paragraphs().get(0), "坚持改革的正确方向", lines.get(3), "坚持以人民为中心", lines.get(5)),
                articles.get(0).paragraphs(), articles.toString());
    }

    @Test
    void aSalutationUnderAHeadlineInANarrowColumn() throws Exception {
        // after the article before has ended (its source on a line of its own), a short title over a salutation over
        // an evenly set column: the title is a headline, the salutation the first paragraph of its text
        List<String> lines = new ArrayList<>(List.of(TITLE));
        lines.addAll(RelayoutScoringTest.wrap(paragraphs().get(0), 14));
        lines.add("（来源：区委办）");
        lines.add("2030年新年致辞");
        lines.add("同志们：");
        lines.addAll(RelayoutScoringTest.wrap("2030年即将到来。在这辞旧迎新的美好时刻，我谨代表区人民政府，向全区人民和关心"
                + "支持云山发展的海内外朋友，致以新年的问候和诚挚的祝福！", 14));
        lines.addAll(RelayoutScoringTest.wrap("这一年，我们积极培育发展的新动能，一批新型研发机构落户云山，城区面貌焕然一新。", 14));
        List<Article> articles = parse(lines, "\n\n");
        assertEquals(2, articles.size(), articles.toString());
        Article a = articles.get(1);
        assertEquals("2030年新年致辞", a.title(), a.toString());
        assertEquals("同志们：", a.paragraphs().get(0), a.toString());
        assertEquals(3, a.paragraphs().size(), a.toString());
    }

    @Test
    void aTitleALittleWiderThanTheColumnAfterEndMatter() throws Exception {
        // after a jump marker, a line half a character over a column of 14 with no punctuation (a title set to about
        // the column's width) over an evenly set column: the next article's headline, not its first line of text
        List<String> lines = new ArrayList<>(List.of(TITLE, "中国共产党云山区第三届委", "员会第五次全体会议昨天下", "午举行。"));
        lines.add("（下转第2版）");
        lines.add("云山区发布城市更新6个重点项目");
        String text = "对标党的二十大关于实施城市更新行动的重要部署，云山深入贯彻落实总体要求，以城市更新作为高质量发展的重要"
                + "途径和抓手，优化空间布局，提升城区品质。";
        lines.addAll(RelayoutScoringTest.wrap(text, 14));
        List<Article> articles = parse(lines, "\n\n");
        Article last = articles.get(articles.size() - 1);
        assertEquals("云山区发布城市更新6个重点项目", last.title(), articles.toString());
        assertEquals(List.of(text), last.paragraphs(), articles.toString());
    }

    @Test
    void aColonKickerThatFillsTheColumnOverATitleAcrossTheColumns() throws Exception {
        // a column of 13 with no blank lines between its lines: after a finished article, a kicker ending in a colon
        // that happens to fill the column, then a title set across the columns: the kicker opens the next headline
        List<String> first = new ArrayList<>(List.of(TITLE));
        first.addAll(RelayoutScoringTest.wrap(paragraphs().get(0), 13));
        // the article ends on a line that fills the column: only the headline across the columns ends it there
        first.addAll(RelayoutScoringTest.wrap("全会指出，坚持稳中求进总基调，加快建设现代化新城，全力做好高质量发展的大文章。", 13));
        List<String> second = new ArrayList<>(List.of("黄立强参加云山区代表团审议：", "把握大局、抢抓机遇、积极作为持续提升城区能级和核心竞争力"));
        for (String p : paragraphs().subList(2, 4)) {
            second.addAll(RelayoutScoringTest.wrap(p, 13));
        }
        List<Article> articles = parse(List.of(String.join("\n", first), String.join("\n", second)), "\n\n");
        Article last = articles.get(articles.size() - 1);
        assertEquals("黄立强参加云山区代表团审议：", last.kicker(), articles.toString());
        assertEquals("把握大局、抢抓机遇、积极作为持续提升城区能级和核心竞争力", last.title(), articles.toString());
        assertEquals(paragraphs().subList(2, 4), last.paragraphs(), articles.toString());
    }

    @Test
    void aLongTitleWithoutPunctuationOnOneLineOverNarrowColumns() throws Exception {
        // a title of 40-odd characters printed on one line across columns of 14, under a colon kicker: no sentence of
        // running text goes that long without a comma
        String kicker = "云山区委书记参加代表团审议：";
        String title = "深入推进城市更新行动加快建设宜居宜业宜游宜学的现代化国际大都市中心城区全面提升云山城区品质";
        assertEquals(true, title.length() > ParserOptions.WIDE_HEADLINE_MAX_WIDTH);
        List<String> lines = new ArrayList<>(List.of(kicker, title));
        for (String p : paragraphs()) {
            lines.addAll(RelayoutScoringTest.wrap(p, 14));
        }
        List<Article> articles = parse(lines, "\n\n");
        assertEquals(1, articles.size(), articles.toString());
        assertEquals(kicker, articles.get(0).kicker(), articles.toString());
        assertEquals(title, articles.get(0).title(), articles.toString());
        assertEquals(paragraphs(), articles.get(0).paragraphs(), articles.toString());
        // the rule's guard: a line with a comma or a stop in it is no such title
        assertEquals(false, LayoutPlanner.unpunctuated("城市更新行动加快推进，宜居宜业宜游宜学"));
    }

    @Test
    void aLongTitleWithoutPunctuationInAWideLayout() throws Exception {
        // one paragraph a line (paragraphs far wider than the title): the same title of 40-odd characters under its
        // colon kicker heads the text
        String kicker = "云山区委书记参加代表团审议：";
        String title = "深入推进城市更新行动加快建设宜居宜业宜游宜学的现代化国际大都市中心城区全面提升云山城区品质";
        List<String> paras = List.of(paragraphs().get(0) + paragraphs().get(1), paragraphs().get(2) + paragraphs().get(3));
        List<String> lines = new ArrayList<>(List.of(kicker, title));
        lines.addAll(paras);
        List<Article> articles = parse(lines, "\n\n");
        assertEquals(1, articles.size(), articles.toString());
        assertEquals(kicker, articles.get(0).kicker(), articles.toString());
        assertEquals(title, articles.get(0).title(), articles.toString());
        assertEquals(paras, articles.get(0).paragraphs(), articles.toString());
    }

    @Test
    void aBylinePrintedOverTheHeadlineIsItsArticles() throws Exception {
        // each article's byline above its title: in a tight column, where a blank line parts the articles,
        // and in a narrow one with a blank line after every printed line (columns wider than the titles)
        List<String> other = List.of("社区食堂昨天开门迎客，不少老人一早就来排队，品尝新推出的几道家常菜。",
                "食堂由街道和爱心企业合办，每天供应早中晚三餐，六十岁以上老人凭卡就餐还能享受九折优惠。");
        for (String sep : List.of("\n", "\n\n")) {
            List<String> first = new ArrayList<>(List.of("本报记者 方晓岚 唐立群", TITLE));
            paragraphs().forEach(p -> first.addAll(RelayoutScoringTest.wrap(p, 18)));
            List<String> second = new ArrayList<>(List.of("文/范一鸣", "社区食堂开门迎客"));
            other.forEach(p -> second.addAll(RelayoutScoringTest.wrap(p, 18)));
            String page = String.join(sep, first) + "\n\n" + String.join(sep, second) + "\n";
            List<Article> articles = new PageParser(ParserOptions.defaults().withPersonExtraction(false))
                    .parse(page.getBytes(StandardCharsets.UTF_8), "made-up.txt").articles();
            assertEquals(2, articles.size(), articles.toString());
            assertEquals(TITLE, articles.get(0).title(), articles.toString());
            assertEquals(List.of("方晓岚", "唐立群"), articles.get(0).authors(), articles.toString());
            assertEquals(paragraphs(), articles.get(0).paragraphs(), articles.toString());
            assertEquals("社区食堂开门迎客", articles.get(1).title(), articles.toString());
            assertEquals(List.of("范一鸣"), articles.get(1).authors(), articles.toString());
            assertEquals(other, articles.get(1).paragraphs(), articles.toString());
        }
    }

    @Test
    void aBylineOverAHeadlineOfTwoLinesOpensOneBlock() {
        // the byline first in the zone, then the headline's two lines: one block, the byline's names its authors
        List<ZoneLine> zone = List.of(
                new ZoneLine(ZoneLine.Kind.BYLINE, 0, "本报记者 方晓岚", "本报记者方晓岚", List.of("方晓岚"), 0),
                new ZoneLine(ZoneLine.Kind.PLAIN, 0, "社区食堂开门迎客", "社区食堂开门迎客", null, 1),
                new ZoneLine(ZoneLine.Kind.PLAIN, 0, "老人吃饭更方便", "老人吃饭更方便", null, 2));
        List<ArticleDraft.Headline> blocks = HeadlineBlocks.of(zone);
        assertEquals(1, blocks.size());
        assertEquals("社区食堂开门迎客老人吃饭更方便", blocks.get(0).text());
        assertEquals(List.of("方晓岚"), blocks.get(0).authors);
    }

    @Test
    void aBylineOverTheHeadlineAfterTheArticleBeforesBracketedDateline() throws Exception {
        // the first article ends with its dateline in brackets, then comes the next article's byline over its title,
        // in a tight column (a blank line between the articles) and a narrow one (a blank line after every line): the
        // title is no first line of text and the dateline stays with the article before
        List<String> other = List.of("社区食堂昨天开门迎客，不少老人一早就来排队，品尝新推出的几道家常菜。",
                "食堂由街道和爱心企业合办，每天供应早中晚三餐，六十岁以上老人凭卡就餐还能享受九折优惠。");
        List<String> first = new ArrayList<>(List.of(TITLE));
        paragraphs().forEach(p -> first.addAll(RelayoutScoringTest.wrap(p, 18)));
        first.add("（本报云山5月3日电）");
        List<String> second = new ArrayList<>(List.of("文/范一鸣", "社区食堂开门迎客"));
        other.forEach(p -> second.addAll(RelayoutScoringTest.wrap(p, 18)));
        for (String sep : List.of("\n", "\n\n")) {
            String page = String.join(sep, first) + "\n\n" + String.join(sep, second) + "\n";
            List<Article> articles = new PageParser(ParserOptions.defaults().withPersonExtraction(false))
                    .parse(page.getBytes(StandardCharsets.UTF_8), "made-up.txt").articles();
            assertEquals(2, articles.size(), articles.toString());
            assertEquals(TITLE, articles.get(0).title(), articles.toString());
            assertEquals("（本报云山5月3日电）", articles.get(0).paragraphs().get(4), articles.toString());
            assertEquals("社区食堂开门迎客", articles.get(1).title(), articles.toString());
            assertEquals(List.of("范一鸣"), articles.get(1).authors(), articles.toString());
            assertEquals(other, articles.get(1).paragraphs(), articles.toString());
        }
    }
}
