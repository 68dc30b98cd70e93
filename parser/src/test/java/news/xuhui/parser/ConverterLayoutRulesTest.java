package news.xuhui.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The rules for what OCR engines and converters print besides the text (vertical rules and tabs between columns,
 * headings on every short block, stray letters read from photos), one by one on made-up pages.
 */
class ConverterLayoutRulesTest {

    /** Two made-up articles, their paragraphs (each column of {@link #twoColumns} ends with a paragraph). */
    private static final List<String> NIGHT_MARKET = List.of(
            "枫林路夜市上周末重新开张，四十多个摊位沿着步行街一字排开，小吃、文创和旧书摊吸引了不少附近居民前来逛街。",
            "夜市由街道和商户联合会共同管理，摊主统一登记、统一着装，每晚十点前收摊并清扫干净，不影响周边住户休息。",
            "不少摊主是附近的年轻人，他们说夜市租金不高、人气很旺，第一个周末就卖出了三百多份手工点心和冰镇饮品。",
            "街道表示，下一步将根据居民的意见调整营业时间，并在入口处增设自行车停放点和垃圾分类回收箱，方便大家。");
    private static final List<String> RIVER_PATH = List.of(
            "沿河步道改造工程近日完工，新铺设的透水路面和木栈道连成一体，全长两公里，沿途还增设了十多处休息座椅。",
            "施工期间，工程队保留了岸边的老柳树，并在护栏上加装了夜间照明灯带，晚上散步的居民明显比以前多了起来。",
            "家住附近的一位老人说，过去河边杂草丛生、路面坑洼，如今一路走下来很舒心，他每天早晚都要来走上一圈。",
            "据介绍，步道沿线还将陆续设置科普展板和健身器材，让这条河道成为周边居民休闲锻炼的好去处。");
    private static final List<String> TITLES = List.of("枫林路夜市重新开张", "河畔新添散步好去处");

    private static ParsedPage parsePage(String text) throws Exception {
        return new PageParser(ParserOptions.defaults().withPersonExtraction(false))
                .parse(text.getBytes(StandardCharsets.UTF_8), "made-up.txt");
    }

    private static List<String> wrapped(List<String> paras, int width) {
        List<String> lines = new ArrayList<>();
        for (String p : paras) {
            lines.addAll(RelayoutScoringTest.wrap(p, width));
        }
        return lines;
    }

    /**
     * The two articles, each headline over its text set in two columns side by side; {@code row} joins a left and a
     * right cell (the right one null where the left column is longer).
     */
    private static String twoColumns(java.util.function.BinaryOperator<String> row) {
        StringBuilder page = new StringBuilder();
        List<List<String>> articles = List.of(NIGHT_MARKET, RIVER_PATH);
        for (int a = 0; a < 2; a++) {
            page.append(TITLES.get(a)).append('\n');
            List<String> lines = wrapped(articles.get(a), 14);
            int half = (lines.size() + 1) / 2;
            for (int i = 0; i < half; i++) {
                page.append(row.apply(lines.get(i), i + half < lines.size() ? lines.get(i + half) : null)).append('\n');
            }
            page.append('\n');
        }
        return page.toString();
    }

    private static void assertBothArticles(ParsedPage parsed) {
        assertEquals(2, parsed.articles().size(), parsed.toString());
        List<List<String>> articles = List.of(NIGHT_MARKET, RIVER_PATH);
        for (int a = 0; a < 2; a++) {
            assertEquals(TITLES.get(a), parsed.articles().get(a).title(), parsed.toString());
            assertEquals(articles.get(a), parsed.articles().get(a).paragraphs(), parsed.toString());
        }
    }

    @Test
    void columnsPartedByAVerticalRuleAreReadOneAfterTheOther() throws Exception {
        // the rule drawn between the columns is read as | (or 丨) standing in the gap
        for (String rule : List.of(" ", "|", "丨", "│")) {
            String page = twoColumns((left, right) -> right == null ? left
                    : left + " ".repeat(30 - TextCleaner.width(left)) + " " + rule + " " + right);
            assertBothArticles(parsePage(page));
        }
        // a | or two inside running text, or in a running head, is no column rule
        List<String> few = List.of("青溪报 | 第3版", "居民步行五分钟就能走进绿地", "就能走进 | 绿地");
        assertEquals(few, SideBySideColumns.withoutColumnRules(few));
    }

    @Test
    void columnsPartedByTabsAreReadOneAfterTheOther() throws Exception {
        // a text export that parts the columns by a tab and pads nothing: after a short left cell the tab lands
        // elsewhere than after a full one
        String page = twoColumns((left, right) -> right == null ? left : left + "\t" + right);
        assertBothArticles(parsePage(page));
        // tabs that indent or trail lines part no cells
        List<String> indented = new ArrayList<>();
        for (String l : wrapped(NIGHT_MARKET, 12)) {
            indented.add("\t" + l + "  \t");
        }
        assertEquals(indented, SideBySideColumns.tabbedCells(indented));
    }

    @Test
    void aJumpMarkerOrSourceMarkedAsAHeadingClosesTheArticleAbove() throws Exception {
        // a converter marking every short block a heading marks the jump marker and the source under an article too
        String page = "# 枫林路夜市重新开张\n\n" + String.join("\n\n", NIGHT_MARKET) + "\n\n# （下转第3版）\n\n"
                + "# 河畔新添散步好去处\n\n" + String.join("\n\n", RIVER_PATH) + "\n\n# （来源：城建中心）\n";
        ParsedPage parsed = parsePage(page);
        assertBothArticles(parsed);
        assertEquals(Integer.valueOf(3), parsed.articles().get(0).continuedToPage(), parsed.toString());
        assertEquals("城建中心", parsed.articles().get(1).source(), parsed.toString());
        assertTrue(MarkdownNormalizer.wholeMarker("（下转第3版）"));
        assertFalse(MarkdownNormalizer.wholeMarker("夜市开张（下转第3版）"));
    }

    @Test
    void strayLettersOcrReadsFromAPhotoAreNoText() throws Exception {
        // a photo cutting the column leaves a line of stray letters and marks inside a paragraph; another stands
        // between the articles
        List<String> specks = List.of("i", "J ·", "丨", "I l", "、 '", "■");
        StringBuilder page = new StringBuilder();
        int k = 0;
        List<List<String>> articles = List.of(NIGHT_MARKET, RIVER_PATH);
        for (int a = 0; a < 2; a++) {
            page.append(TITLES.get(a)).append('\n');
            int n = 0;
            for (String l : wrapped(articles.get(a), 14)) {
                page.append(l).append('\n');
                if (++n % 4 == 0) {
                    page.append(specks.get(k++ % specks.size())).append('\n');
                }
            }
            page.append('\n').append(specks.get(k++ % specks.size())).append("\n\n");
        }
        assertBothArticles(parsePage(page.toString()));
        // a wrapped end of the line above, a rule and a word ending a sentence are text
        assertFalse(PlaceholderLines.isSpeck("。”", "他笑着说：“这里真热闹"));
        assertFalse(PlaceholderLines.isSpeck("e", "市民争相用手机iPhon"));
        assertFalse(PlaceholderLines.isSpeck("APP。", "下载了这款"));
        assertFalse(PlaceholderLines.isSpeck("---", "夜市重新开张。"));
        assertFalse(PlaceholderLines.isSpeck("2", "夜市重新开张。"));
        assertTrue(PlaceholderLines.isSpeck("J ·", "夜市重新开张。"));
    }

    /** The text with a space between every two Chinese characters or marks, as Tesseract's chi_sim prints it. */
    private static String charSpaced(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            b.append(text.charAt(i));
            if (i + 1 < text.length() && text.charAt(i) > 0x2e80 && text.charAt(i + 1) > 0x2e80) {
                b.append(' ');
            }
        }
        return b.toString();
    }

    @Test
    void aPageOcrSpacedBetweenEveryCharacterIsReadAsPrinted() throws Exception {
        // a kicker and a byline over the first article
        StringBuilder page = new StringBuilder("周末去哪儿\n" + TITLES.get(0) + "\n本报记者 柳青禾\n");
        wrapped(NIGHT_MARKET, 14).forEach(l -> page.append(l).append('\n'));
        page.append('\n').append(TITLES.get(1)).append('\n');
        List<String> river = RIVER_PATH;
        wrapped(river, 14).forEach(l -> page.append(l).append('\n'));
        ParsedPage parsed = parsePage(charSpaced(page.toString()));
        assertEquals(2, parsed.articles().size(), parsed.toString());
        Article first = parsed.articles().get(0);
        // (on so small a page the kicker may be read as the title's first line: the headline is scored whole)
        assertEquals("周末去哪儿" + TITLES.get(0), (first.kicker() == null ? "" : first.kicker()) + first.title(),
                parsed.toString());
        assertEquals(List.of("柳青禾"), first.authors(), parsed.toString());
        assertEquals(NIGHT_MARKET, first.paragraphs(), parsed.toString());
        assertEquals(TITLES.get(1), parsed.articles().get(1).title(), parsed.toString());
        assertEquals(river, parsed.articles().get(1).paragraphs(), parsed.toString());
        // a letter-spaced headline on a page of ordinary text keeps its spaces (they are the headline's own)
        String ordinary = "周 末 去 哪 儿\n" + String.join("\n", NIGHT_MARKET);
        assertEquals(ordinary, ConverterText.withoutCharSpacing(ordinary));
    }

    @Test
    void theDocumentTagsOfAnHtmlExportAreNoText() throws Exception {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"></head>\n<body>\n");
        List<List<String>> articles = List.of(NIGHT_MARKET, RIVER_PATH);
        for (int a = 0; a < 2; a++) {
            page.append("<section>\n<h2>").append(TITLES.get(a)).append("</h2>\n<ul>\n");
            articles.get(a).forEach(p -> page.append("<li>").append(p).append("</li>\n"));
            page.append("</ul>\n</section>\n");
        }
        page.append("</body>\n</html>\n");
        assertBothArticles(parsePage(page.toString()));
    }

    @Test
    void aPhotoCaptionWrappedByTheColumnIsNoText() throws Exception {
        // between the articles, where the photo stands: a caption over three printed lines, then a credit alone;
        // in the first article's text a caption opened by the photo's pointer
        List<String> first = wrapped(NIGHT_MARKET, 14);
        first.add(5, "▲ 夜市入口处人头攒动，摊主");
        first.add(6, "们在招呼顾客。");
        String page = TITLES.get(0) + "\n" + String.join("\n", first) + "\n\n"
                + String.join("\n", RelayoutScoringTest.wrap("图为市民在夜市的文创摊位前挑选手工艺品。 通讯员 白若川 摄", 14))
                + "\n\n（摄影 白若川）\n\n"
                + TITLES.get(1) + "\n" + String.join("\n", wrapped(RIVER_PATH, 14)) + "\n";
        assertBothArticles(parsePage(page));
        // a paragraph that opens with 图为 but runs on past any caption's length is text
        List<String> long1 = RelayoutScoringTest.wrap("图为" + NIGHT_MARKET.get(0) + NIGHT_MARKET.get(1), 14);
        assertEquals(long1, CaptionBlocks.without(long1));
    }

    @Test
    void titleMarksReadAsTheirLatinLookAlikesAreTitleMarks() {
        assertEquals("她最爱读《城南旧事》和《小城故事》。", ConverterText.titleMarks("她最爱读<<城南旧事>>和«小城故事»。"));
        // wrapped by the column: the marks on two lines
        assertEquals("歌曲《城南\n晨光》唱响", ConverterText.titleMarks("歌曲«城南\n晨光»唱响"));
        // round Latin text only they stay
        assertEquals("cat <<EOF >> out", ConverterText.titleMarks("cat <<EOF >> out"));
    }

    @Test
    void columnsPrintedRowByRowAreReadColumnByColumn() throws Exception {
        // OCR ordering its boxes by height alone: under the headline, the left column's line, then the right one's
        // (a long article: a dozen lines of any text may join across every other line a few times)
        List<String> paras = new ArrayList<>(NIGHT_MARKET);
        paras.addAll(RIVER_PATH);
        List<String> lines = wrapped(paras, 14);
        int rows = (lines.size() + 1) / 2;
        StringBuilder page = new StringBuilder(TITLES.get(0)).append('\n');
        for (int i = 0; i < rows; i++) {
            page.append(lines.get(i)).append('\n');
            if (i + rows < lines.size()) {
                page.append(lines.get(i + rows)).append('\n');
            }
        }
        ParsedPage parsed = parsePage(page.toString());
        assertEquals(1, parsed.articles().size(), parsed.toString());
        assertEquals(TITLES.get(0), parsed.articles().get(0).title(), parsed.toString());
        assertEquals(paras, parsed.articles().get(0).paragraphs(), parsed.toString());
        // a short article after it, too few lines to show the order on their own, was read by the same engine
        List<String> shortOne = List.of(
                "图书馆新设的自习区本周开放，六十个座位配有台灯和插座，周末一早就坐满了学生。",
                "馆方表示，将视使用情况延长晚间开放时间，营造良好的学习氛围。");
        List<String> shortLines = wrapped(shortOne, 14);
        int shortRows = (shortLines.size() + 1) / 2;
        page.append("\n图书馆自习区开放\n");
        for (int i = 0; i < shortRows; i++) {
            page.append(shortLines.get(i)).append('\n');
            if (i + shortRows < shortLines.size()) {
                page.append(shortLines.get(i + shortRows)).append('\n');
            }
        }
        ParsedPage two = parsePage(page.toString());
        assertEquals(2, two.articles().size(), two.toString());
        assertEquals(paras, two.articles().get(0).paragraphs(), two.toString());
        assertEquals(shortOne, two.articles().get(1).paragraphs(), two.toString());
        // a column read in order stays as it is
        List<String> inOrder = wrapped(NIGHT_MARKET, 14);
        assertEquals(inOrder, RowOrderedColumns.unweave(inOrder));
    }

    @Test
    void aHeadlineAsWideAsTheColumnStaysOverColumnsPrintedRowByRow() throws Exception {
        // a title of exactly a column's width passes for the left column's first line: read so, every line after it
        // would go to the wrong column; only the true reading runs the left column's last line (…第) on into the right
        // column's first one (一个周末…)
        String title = "枫林路夜市重新开张迎来八方客";
        List<String> paras = new ArrayList<>(NIGHT_MARKET);
        paras.add(RIVER_PATH.get(0));
        List<String> lines = wrapped(paras, 14);
        assertEquals(TextCleaner.width(lines.get(0)), TextCleaner.width(title));
        int rows = (lines.size() + 1) / 2;
        List<String> printed = new ArrayList<>(List.of(title));
        for (int i = 0; i < rows; i++) {
            printed.add(lines.get(i));
            if (i + rows < lines.size()) {
                printed.add(lines.get(i + rows));
            }
        }
        List<String> expected = new ArrayList<>(List.of(title));
        expected.addAll(lines);
        assertEquals(expected, RowOrderedColumns.unweave(printed));
        ParsedPage parsed = parsePage(String.join("\n", printed) + "\n");
        assertEquals(1, parsed.articles().size(), parsed.toString());
        assertEquals(title, parsed.articles().get(0).title(), parsed.toString());
        assertEquals(paras, parsed.articles().get(0).paragraphs(), parsed.toString());
    }

    @Test
    void aColumnRuleWithNoSpacesAroundItPartsTheColumns() throws Exception {
        // a text export that pads the left cell to the rule and sets the right cell right after it: next to a full
        // left line the rule touches the text on both sides; it stands at the same place on every row
        for (String rule : List.of("|", "丨")) {
            String page = twoColumns((left, right) -> right == null ? left
                    : left + " ".repeat(28 - TextCleaner.width(left)) + rule + right);
            assertBothArticles(parsePage(page));
        }
        // a | inside running text, at no fixed place, is no column rule
        List<String> few = List.of("青溪报|第3版", "居民步行五分钟就能走进绿地", "就能走进|绿地");
        assertEquals(few, SideBySideColumns.withoutColumnRules(few));
    }

    @Test
    void aTabbedRowWithAnEmptyLeftCellIsTheRightColumns() throws Exception {
        // the left column parts its two paragraphs by a blank line: that row is only a tab and the right cell, which
        // goes on with the right cell above it (a paragraph running on)
        List<String> left = new ArrayList<>(RelayoutScoringTest.wrap(NIGHT_MARKET.get(0), 14));
        left.add("");
        left.addAll(RelayoutScoringTest.wrap(NIGHT_MARKET.get(1), 14));
        String last = NIGHT_MARKET.get(3) + NIGHT_MARKET.get(2);
        List<String> right = RelayoutScoringTest.wrap(last, 14);
        StringBuilder page = new StringBuilder(TITLES.get(0)).append('\n');
        boolean emptyLeft = false;
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            String l = i < left.size() ? left.get(i) : "";
            String r = i < right.size() ? right.get(i) : "";
            emptyLeft |= l.isEmpty() && !r.isEmpty();
            page.append(r.isEmpty() ? l : l + "\t" + r).append('\n');
        }
        assertTrue(emptyLeft);
        ParsedPage parsed = parsePage(page.toString());
        assertEquals(1, parsed.articles().size(), parsed.toString());
        assertEquals(List.of(NIGHT_MARKET.get(0), NIGHT_MARKET.get(1), last), parsed.articles().get(0).paragraphs(),
                parsed.toString());
    }

    @Test
    void aPageSavedAsAnEscapedJsonStringIsDecoded() throws Exception {
        // both articles, one paragraph a line, saved as the quoted JSON string a service returned: line ends as \n,
        // and (json.dumps' default) every Chinese character escaped
        StringBuilder page = new StringBuilder();
        List<List<String>> articles = List.of(NIGHT_MARKET, RIVER_PATH);
        for (int a = 0; a < 2; a++) {
            page.append(TITLES.get(a)).append('\n');
            articles.get(a).forEach(p -> page.append(p).append('\n'));
            page.append('\n');
        }
        String plain = page.toString().replace("\n", "\\n");
        StringBuilder ascii = new StringBuilder();
        plain.chars().forEach(c -> ascii.append(c > 126 ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        for (String escaped : List.of("\"" + plain + "\"", "\"" + ascii + "\"")) {
            assertBothArticles(parsePage(escaped));
        }
        // a page with real line ends that writes \n once is left as it is
        String named = "换行符写作\\n，制表符写作\\t。\n下一行\n";
        assertEquals(named, EscapedText.decoded(named));
    }

    @Test
    void aBylineBesideTheTitleIsTheArticlesByline() throws Exception {
        // the byline set right of the headline, read on the title's line after a wide gap (spaces, a tab)
        String page = TITLES.get(0) + "    本报记者 方晓岚 唐立群\n" + String.join("\n", wrapped(NIGHT_MARKET, 14)) + "\n\n"
                + TITLES.get(1) + "\t文/范一鸣\n" + String.join("\n", wrapped(RIVER_PATH, 14)) + "\n";
        ParsedPage parsed = parsePage(page);
        assertBothArticles(parsed);
        assertEquals(List.of("方晓岚", "唐立群"), parsed.articles().get(0).authors(), parsed.toString());
        assertEquals(List.of("范一鸣"), parsed.articles().get(1).authors(), parsed.toString());
        // a subtitle opening with a dash under the title is still the headline: the byline goes under it
        assertEquals(List.of("河畔新添散步好去处", "——沿河步道改造完工", "文/范一鸣", "正文"),
                TitleBylines.split(List.of("河畔新添散步好去处\u3000\u3000文/范一鸣", "——沿河步道改造完工", "正文")));
        // a title with one space in it keeps it; a line of text ending in a comma is no headline
        assertEquals(List.of("社区 新事", "记者 方晓岚"), TitleBylines.split(List.of("社区 新事  记者 方晓岚")));
        List<String> text = List.of("居民们都说，  记者 方晓岚");
        assertEquals(text, TitleBylines.split(text));
    }

    @Test
    void aTitleSetVerticallyIsReadAsOneLine() throws Exception {
        // the second title printed down a narrow column, one character a line, with and without blank lines between
        for (String gap : List.of("\n", "\n\n")) {
            String vertical = String.join(gap, TITLES.get(1).split(""));
            String page = TITLES.get(0) + "\n" + String.join("\n", wrapped(NIGHT_MARKET, 14)) + "\n\n" + vertical + "\n"
                    + String.join("\n", wrapped(RIVER_PATH, 14)) + "\n";
            assertBothArticles(parsePage(page));
        }
        // a two-character title of Chinese characters is one as well
        assertEquals(List.of("点评", "正文"), VerticalLines.joined(List.of("点", "评", "正文")));
        // a paragraph's last line of one mark, then a blank line, is no part of a title set without blank lines
        List<String> lines = List.of("正文的最后", "。", "", "新", "闻", "稿");
        assertEquals(List.of("正文的最后", "。", "", "新闻稿"), VerticalLines.joined(lines));
        // one short line alone, or a mark and a digit, are text
        List<String> text = List.of("正文", "好", "", "下一段", "。", "2");
        assertEquals(text, VerticalLines.joined(text));
    }

    @Test
    void aLeadParagraphInBoldOrItalicsIsReadWithoutTheMarks() throws Exception {
        // markdown marking a whole lead paragraph, wrapped over several lines, bold in one article and italic in the
        // other: the marks open its first line and close its last
        StringBuilder page = new StringBuilder();
        List<List<String>> articles = List.of(NIGHT_MARKET, RIVER_PATH);
        for (int a = 0; a < 2; a++) {
            page.append("# ").append(TITLES.get(a)).append("\n\n");
            String mark = a == 0 ? "**" : "*";
            for (int k = 0; k < 4; k++) {
                String block = String.join("\n", RelayoutScoringTest.wrap(articles.get(a).get(k), 20));
                page.append(k == 0 ? mark + block + mark : block).append("\n\n");
            }
        }
        assertBothArticles(parsePage(page.toString()));
        // two lines in bold with no sentence in them may be a wrapped headline: left to the heading rules
        List<String> head = List.of("**河畔新添", "散步好去处**", "");
        assertEquals(head, MarkdownNormalizer.withoutParagraphEmphasis(head));
    }

    @Test
    void twoArticlesSideBySideOneLongerAreReadOneAfterTheOther() throws Exception {
        // each article in a column of its own under its own headline, the right one three times as long: its last
        // lines (most of the page's) stand alone, indented to where its column starts
        List<String> longer = new ArrayList<>(RIVER_PATH);
        longer.addAll(RIVER_PATH.stream().map(p -> "此外，" + p).toList());
        longer.addAll(RIVER_PATH.stream().map(p -> "同时，" + p).toList());
        List<String> left = new ArrayList<>(List.of(TITLES.get(0)));
        left.addAll(wrapped(NIGHT_MARKET, 14));
        List<String> right = new ArrayList<>(List.of(TITLES.get(1)));
        right.addAll(wrapped(longer, 14));
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < right.size(); i++) {
            String l = i < left.size() ? left.get(i) : "";
            page.append(l).append(" ".repeat(32 - TextCleaner.width(l))).append(right.get(i)).append('\n');
        }
        ParsedPage parsed = parsePage(page.toString());
        assertEquals(2, parsed.articles().size(), parsed.toString());
        assertEquals(TITLES.get(0), parsed.articles().get(0).title(), parsed.toString());
        assertEquals(NIGHT_MARKET, parsed.articles().get(0).paragraphs(), parsed.toString());
        assertEquals(TITLES.get(1), parsed.articles().get(1).title(), parsed.toString());
        assertEquals(longer, parsed.articles().get(1).paragraphs(), parsed.toString());
    }

    @Test
    void aShortArticleBesideALongOneOnAPageOfOtherTextIsReadAsAColumn() throws Exception {
        // the left article three times as long as the right one, then a blank row and a third article across the
        // page: few of the page's lines set text on both sides, but the short one's lines do so one after the other
        List<String> longer = new ArrayList<>(NIGHT_MARKET);
        longer.addAll(NIGHT_MARKET.stream().map(p -> "此外，" + p).toList());
        longer.addAll(NIGHT_MARKET.stream().map(p -> "同时，" + p).toList());
        List<String> left = new ArrayList<>(List.of(TITLES.get(0)));
        left.addAll(wrapped(longer, 14));
        List<String> right = new ArrayList<>(List.of(TITLES.get(1)));
        right.addAll(wrapped(RIVER_PATH, 14));
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < left.size(); i++) {
            String r = i < right.size() ? right.get(i) : "";
            page.append(left.get(i)).append(" ".repeat(r.isEmpty() ? 0 : 32 - TextCleaner.width(left.get(i))))
                    .append(r).append('\n');
        }
        List<String> third = List.of("社区食堂昨天开门迎客，不少老人一早就来排队，品尝新推出的几道家常菜。",
                "食堂由街道和爱心企业合办，每天供应早中晚三餐，六十岁以上老人凭卡就餐还能享受九折优惠。");
        List<String> thirdText = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            thirdText.addAll(third);
        }
        page.append("\n社区食堂开门迎客\n").append(String.join("\n", wrapped(thirdText, 14))).append('\n');
        ParsedPage parsed = parsePage(page.toString());
        assertEquals(3, parsed.articles().size(), parsed.toString());
        assertEquals(TITLES.get(0), parsed.articles().get(0).title(), parsed.toString());
        assertEquals(longer, parsed.articles().get(0).paragraphs(), parsed.toString());
        assertEquals(TITLES.get(1), parsed.articles().get(1).title(), parsed.toString());
        assertEquals(RIVER_PATH, parsed.articles().get(1).paragraphs(), parsed.toString());
    }
}
