package news.xuhui.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The layout stages on their own, on fictional pages written for them. */
class LayoutPlannerTest {

    private final PageParser parser = new PageParser(ParserOptions.defaults().withPersonExtraction(false));

    private ParsedPage parse(String page) throws PageParseException {
        return parser.parse(page.getBytes(StandardCharsets.UTF_8), "t.txt");
    }

    /** Two stories set in columns of 10 and 13 characters, read one after the other, no headline between them. */
    static final String TWO_COLUMNS = String.join("\n\n",
            "云溪区图书馆新馆正式向市民开放",
            "本月，云溪区图书馆新馆",
            "正式向市民开放，馆内设",
            "有少儿阅览区、自习区和",
            "展览区，藏书超过二十万",
            "册。开放首日，前来参观",
            "的市民络绎不绝，不少家",
            "长带着孩子一起借阅图书",
            "。馆方表示，新馆将延长",
            "开放时间，方便上班族在",
            "晚间前来阅读和学习。",
            "长河公园的樱花近日进入盛花",
            "期，园内两千余株樱花竞相开",
            "放，吸引大批市民前来观赏。",
            "公园管理处提醒游客错峰出行",
            "，文明赏花，不要攀折花枝。",
            "为方便游客，公园还增开了两",
            "个临时出入口，并在主要路口",
            "安排志愿者引导游客有序通行",
            "。预计花期将持续到下月中旬",
            "，周末客流将达到高峰。");

    @Test
    void aChangeOfColumnWidthStartsAnotherArticle() throws Exception {
        List<Article> a = parse(TWO_COLUMNS).articles();
        assertEquals(2, a.size(), a.toString());
        assertEquals("云溪区图书馆新馆正式向市民开放", a.get(0).title(), "a line wider than its column is a headline");
        assertTrue(String.join("", a.get(1).paragraphs()).startsWith("长河公园的樱花近日进入盛花期"), a.toString());
        assertFalse(String.join("", a.get(0).paragraphs()).contains("樱花"), a.toString());
        List<ParseWarning> w = parse(TWO_COLUMNS).warnings();
        assertEquals(List.of(new ParseWarning(1, ParseWarning.Reason.WEAK_BOUNDARY,
                "this article was told apart from the one before only by a change of column width")), w,
                "the second article stands on the width change alone, and says so");
    }

    @Test
    void aHeadlineThatMatchesNoTextIsReportedNotLost() throws Exception {
        String page = String.join("\n\n",
                "滨江步道全线贯通",
                "记者从区建管委获悉，滨江步道最后一段近日完成施工，全长八公里的步道实现全线贯通，沿线新增三处驿站和两座观景平台。",
                "步道沿线还设置了健身设施和休息座椅，周边居民可以在这里散步、慢跑和骑行，节假日还将举办市集活动。",
                "秋季菊展下月开幕");
        ParsedPage p = parse(page);
        assertEquals(1, p.articles().size(), p.toString());
        assertTrue(p.warnings().stream().anyMatch(x -> x.reason().equals(ParseWarning.Reason.ORPHAN_HEADLINE)
                && x.article() == null && x.message().contains("秋季菊展下月开幕")), p.warnings().toString());
    }

    @Test
    void aCleanPageHasNoWarnings() throws Exception {
        ParsedPage p = parser.parse(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("..", "seeds",
                "001_9e6f3ed306513c76.txt")), "p.txt");
        assertEquals(List.of(), p.warnings());
        assertEquals(PageParser.VERSION, p.parserVersion());
    }

    @Test
    void columnRunsFindBothWidths() {
        List<PrintedLine> lines = TWO_COLUMNS.lines().map(l -> PrintedLine.of(l, false)).toList();
        ColumnRuns runs = ColumnRuns.of(lines);
        assertTrue(runs.narrowPage);
        int starts = 0;
        for (boolean b : runs.runStart) {
            starts += b ? 1 : 0;
        }
        assertEquals(1, starts, "one change of width");
    }

    /** Paragraphs printed one per line, headlines as short plain lines between them. */
    @Test
    void aShortPlainLineBetweenWideParagraphsIsAHeadline() throws Exception {
        String page = String.join("\n\n",
                "滨江步道全线贯通",
                "记者从区建管委获悉，滨江步道最后一段近日完成施工，全长八公里的步道实现全线贯通，沿线新增三处驿站和两座观景平台。",
                "步道沿线还设置了健身设施和休息座椅，周边居民可以在这里散步、慢跑和骑行，节假日还将举办市集活动。",
                "社区食堂开出新门店（民生一线）",
                "南塘街道第三家社区食堂日前开业，提供早中晚三餐，老年人凭卡用餐可享受优惠，开业首周每天接待居民四百余人次。",
                "街道相关负责人表示，将根据居民意见调整菜品，并探索为行动不便的老人提供送餐上门服务。");
        List<Article> a = parse(page).articles();
        assertEquals(2, a.size(), a.toString());
        assertEquals("滨江步道全线贯通", a.get(0).title());
        assertEquals("社区食堂开出新门店（民生一线）", a.get(1).title());
        assertEquals(2, a.get(1).paragraphs().size(), a.toString());
    }
}
