package news.xuhui.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The small rules one by one, on made-up text. */
class ParserRulesTest {

    @Test
    void ocrSpacesAreRemovedButLatinWordsKeepTheirs() {
        assertEquals("2024年1月1日", TextCleaner.clean("2024 年 1 月 1 日"));
        assertEquals("徐溪报", TextCleaner.clean("徐 溪 报"));
        assertEquals("游客爱上了City Walk活动", TextCleaner.clean("游客爱上了 City  Walk 活动"));
        assertEquals("记者", TextCleaner.clean("\ufffd记者"));
    }

    @Test
    void jumpMarkersSourcesAndTeasers() {
        JumpMarkerExtractor.Marker m = JumpMarkerExtractor.find("于民。（下转第2版）");
        assertEquals(JumpMarkerExtractor.Kind.CONTINUED_TO, m.kind());
        assertEquals("2", m.value());
        assertEquals(JumpMarkerExtractor.Kind.CONTINUED_FROM, JumpMarkerExtractor.find("(上接第1版)").kind());
        JumpMarkerExtractor.Marker see = JumpMarkerExtractor.find("（详见第8-9版）");
        assertEquals(JumpMarkerExtractor.Kind.TEASER, see.kind());
        assertEquals("8-9", see.value());
        JumpMarkerExtractor.Marker src = JumpMarkerExtractor.find("(来源：区体育局)");
        assertEquals(JumpMarkerExtractor.Kind.SOURCE, src.kind());
        assertEquals("区体育局", src.value());
        assertNull(JumpMarkerExtractor.find("全会审议通过了决议。"));
        assertEquals(Integer.valueOf(12), JumpMarkerExtractor.pageNumber("十二"));
    }

    @Test
    void bylinesAndSpeakers() {
        BylineExtractor.NewsByline nb = BylineExtractor.newsByline("本报讯 （记者 苏晚晴 通讯员 孟岩）3月12日上午");
        assertEquals(List.of("苏晚晴", "孟岩"), nb.authors());
        assertEquals("3月12日上午", nb.rest());
        assertEquals(List.of("郁青禾", "白若溪"), BylineExtractor.bylineLine("记者 郁青禾 白若溪"));
        assertNull(BylineExtractor.bylineLine("文化惠民、以文兴商"));
        BylineExtractor.Speaker sp = BylineExtractor.speaker("区文旅局党组书记、局长", "裴思远:");
        assertEquals("裴思远", sp.name());
        assertEquals("区文旅局党组书记、局长", sp.role());
        assertNull(BylineExtractor.speaker("居民朋友们", "大家好:"));
        assertEquals("夏知秋", BylineExtractor.authorLine("青溪区区长 夏知秋").name());
    }

    @Test
    void peopleAreNamesWithEvidenceAndNeverPlacesOrOrganisations() {
        List<String> people = PeopleFinder.find(List.of(
                "区委书记林书远主持会议。区领导白若溪、陆晨阳、顾明川出席。林书远指出，要把上海、北京的经验用好，"
                        + "推动徐家汇商圈和浦江沿岸发展。区人民法院、区政府办负责人参加。"), List.of());
        assertTrue(people.containsAll(List.of("林书远", "白若溪", "陆晨阳", "顾明川")), people.toString());
        for (String bad : List.of("上海", "北京", "徐家汇", "浦江", "区人民法院", "区政府办")) {
            assertFalse(people.contains(bad), bad + " is not a person: " + people);
        }
    }

    @Test
    void mastheadFieldsSpreadOverLines() {
        MastheadParser.Result r = MastheadParser.parse(List.of("YUN SHAN BAO", "本期 12 版", "第 3 期", "（总第 880 期）",
                "# 雲 山 報", "2023 年", "11 月 5 日", "星期日", "癸卯年九月廿二", "准印证号(B)0001", "", "正文第一段很长很长，"
                        + "这是正文，不是报头。"));
        Edition e = r.edition();
        assertNotNull(e);
        assertEquals("云山报", e.paper());
        assertEquals("2023-11-05", e.date());
        assertEquals("星期日", e.weekday());
        assertEquals("癸卯年九月廿二", e.lunarDate());
        assertEquals(Integer.valueOf(3), e.issueNumber());
        assertEquals(Integer.valueOf(880), e.totalIssueNumber());
        assertEquals(Integer.valueOf(12), e.pageCount());
        assertEquals(10, r.linesUsed());
        assertNull(MastheadParser.parse(List.of("青溪区召开防汛工作部署会", "5月20日下午，青溪区召开会议。")).edition());
    }

    @Test
    void aJumpMarkerUnderTheMastheadIsNotThePageNumber() {
        MastheadParser.Result r = MastheadParser.parse(List.of("# 云山报", "2023 年 11 月 5 日 星期日", "第 2 版",
                "（上接第1版）", "正文第一段很长很长，这是正文，不是报头。"));
        assertEquals(Integer.valueOf(2), r.edition().page());
        assertEquals(3, r.linesUsed(), "the marker stays with the article it continues");
    }

    @Test
    void undecodableBytesAreRejected() throws Exception {
        byte[] b = {(byte) 0x81, (byte) 0x20, (byte) 0xff, (byte) 0x80, (byte) 0xfe, 0x00, (byte) 0x81, (byte) 0x30};
        PageParseException e = assertThrows(PageParseException.class, () -> EncodingDetector.decode(b));
        assertTrue(List.of("undecodable", "binary").contains(e.reason()));
        String text = "青溪区启动滨河步道更新工程。";
        assertEquals("GB18030", EncodingDetector.decode(text.getBytes(java.nio.charset.Charset.forName("GBK"))).encoding());
        assertEquals(text, EncodingDetector.decode(text.getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void pageFurnitureIsRecognised() {
        assertEquals(Furniture.Kind.DROP, Furniture.classify("3"));
        assertEquals(Furniture.Kind.DROP, Furniture.classify("要闻·国内"));
        assertEquals(Furniture.Kind.DROP, Furniture.classify("（本版编辑韩雨）"));
        assertEquals(Furniture.Kind.DROP, Furniture.classify("责任编辑：韩雨"));
        assertEquals(Furniture.Kind.END, Furniture.classify("（完）"));
        assertEquals(Furniture.Kind.DROP, Furniture.classify("图为3月17日，农民驾驶农机播种。新华社记者邹明摄"));
        assertEquals(Furniture.Kind.NONE, Furniture.classify("要闻发布会明天举行"));
        assertEquals(Furniture.Kind.NONE, Furniture.classify("3月7日，长河公园樱花季开幕。"));
        assertEquals(Furniture.Kind.NONE, Furniture.classify("编辑部主任王某"));
    }

    @Test
    void datelinesAndTrailingCredits() {
        BylineExtractor.NewsByline w = BylineExtractor.newsByline("新华社北京 3 月 18 日电（记者 闫书航 见习记者 程雨桐）记者从农业农村部获悉");
        assertEquals("新华社", w.source());
        assertEquals(List.of("闫书航", "程雨桐"), w.authors());
        assertEquals("记者从农业农村部获悉", w.rest());
        assertNull(BylineExtractor.newsByline("本报北京3月5日电 会议召开").source());
        assertEquals(List.of("孟可"), BylineExtractor.trailingCredit("（孟可）"));
        assertEquals(List.of("陶然"), BylineExtractor.trailingCredit("（记者 陶然）"));
        assertNull(BylineExtractor.trailingCredit("（会议）"));
        assertNull(BylineExtractor.trailingCredit("（详见附件）"));
    }

    @Test
    void namesCutByTheRecogniserAreRepairedAndFragmentsDropped() {
        List<String> people = PeopleFinder.find(List.of("杭立新指出，要对标国际一流。周明远要求，各部门主动服务。"
                + "获评的有：程晓舟、韦青、司马云帆、欧阳晓、庞一鸣。"), List.of("庞一鸣"));
        assertTrue(people.containsAll(List.of("周明远", "司马云帆", "韦青", "程晓舟")), people.toString());
        assertFalse(people.contains("明远") || people.contains("司马云"), people.toString());
    }

    /** Main code must stay general: no names from the seed pages, no seed file names or hashes, no dev-set text. */
    @Test
    void mainCodeHoldsNoSeedSpecifics() throws Exception {
        List<String> forbidden = new java.util.ArrayList<>(List.of("曹立强", "钟晓咏", "李新华", "黄冲"));
        try (Stream<Path> seeds = Files.list(Path.of("..", "seeds"))) {
            seeds.forEach(p -> {
                String n = p.getFileName().toString().replace(".txt", "");
                forbidden.add(n);
                if (n.contains("_")) {
                    forbidden.add(n.substring(n.indexOf('_') + 1));
                }
            });
        }
        // nor text of the development set: any six characters of a headline or a lead, file names
        try (Stream<Path> golds = Files.list(Path.of("src", "test", "resources", "dev", "gold"))) {
            for (Path g : golds.toList()) {
                forbidden.add(g.getFileName().toString().replace(".json", ""));
                for (var a : ParseScorer.JSON.readTree(g.toFile()).get("articles")) {
                    List<String> texts = new java.util.ArrayList<>();
                    for (String k : List.of("kicker", "title", "subtitle")) {
                        if (!a.path(k).isNull() && !a.path(k).isMissingNode()) {
                            texts.add(a.get(k).asText());
                        }
                    }
                    if (a.get("paragraphs").size() > 0) {
                        texts.add(a.get("paragraphs").get(0).asText());
                    }
                    for (String t : texts) {
                        String c = t.replaceAll("\\s", "");
                        for (int i = 0; i + 6 <= c.length(); i++) {
                            String w = c.substring(i, i + 6);
                            if (TextCleaner.cjkCount(w) == 6) {
                                forbidden.add(w);
                            }
                        }
                    }
                }
            }
        }
        // the parser's own package (other packages belong to other parts of the service)
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java", "news", "xuhui", "parser"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String s = Files.readString(f);
                for (String w : forbidden) {
                    assertFalse(s.contains(w), f + " contains " + w);
                }
            }
        }
    }

    /**
     * The lines of a short article the layout tests open their pages with, its one paragraph wrapped at {@code width}:
     * the running article a subhead, a box label or an editor's note follows.
     */
    private static List<String> openingArticle(int width) {
        List<String> lines = new java.util.ArrayList<>(List.of("云山区建成生活圈"));
        lines.addAll(RelayoutScoringTest.wrap("今年以来，云山区把十五分钟生活圈建设作为民生实事，已在八个街道建成服务站点。", width));
        return lines;
    }

    private static ParsedPage parsePage(String text) throws Exception {
        return new PageParser(ParserOptions.defaults().withPersonExtraction(false))
                .parse(text.getBytes(StandardCharsets.UTF_8), "made-up.txt");
    }

    @Test
    void theSameDatelineAgainGoesOnWithTheStory() throws Exception {
        String page = "云山市领导分别会见两地考察团\n\n"
                + "本报云山3月2日电3月1日，云山市领导会见了来自北方的考察团，介绍了本地的文旅资源。\n\n"
                + "双方就文旅合作交换了意见，表示将共同开发旅游线路。\n\n"
                + "本报云山3月2日电3月1日，云山市领导还会见了来自南方的考察团，介绍了本地的产业园区。\n\n"
                + "双方表示将加强产业合作，推动项目早日落地。\n";
        ParsedPage one = parsePage(page);
        assertEquals(1, one.articles().size(), one.toString());
        assertEquals(4, one.articles().get(0).paragraphs().size());
        // another date is another report
        ParsedPage two = parsePage(page.replace("本报云山3月2日电3月1日，云山市领导还", "本报云山3月3日电3月2日，云山市领导还"));
        assertEquals(2, two.articles().size(), two.toString());
    }

    /** Paragraphs printed in a column of 14 characters, every printed line its own paragraph. */
    private static String column(String... paragraphs) {
        List<String> lines = new java.util.ArrayList<>();
        for (String p : paragraphs) {
            lines.addAll(p.length() <= 14 ? List.of(p) : RelayoutScoringTest.wrap(p, 14));
        }
        return String.join("\n\n", lines) + "\n";
    }

    @Test
    void aShortLineAfterAFinishedParagraphInAColumnHeadsANewSubjectOnly() throws Exception {
        String first = "云山区推进老旧小区加装电梯";
        String body1 = "今年以来，云山区把老旧小区加装电梯作为民生实事，逐楼征求居民意见，已有三十多台电梯开工建设。";
        String body2 = "区住房部门介绍，加装电梯的居民楼将同步改造管线和楼道，让居民出行更加方便安全。";
        // a short plain line, then text on another subject: another article, the short line its headline
        ParsedPage two = parsePage(column(first, body1, body2, "湿地迎来候鸟",
                "青溪湿地公园里，候鸟迁徙高峰近日到来，观鸟爱好者在湖边记录到白鹭、苍鹭等二十余种鸟类。",
                "公园提醒游客文明观鸟，不要投喂和惊扰鸟群。"));
        assertEquals(2, two.articles().size(), two.toString());
        assertEquals("湿地迎来候鸟", two.articles().get(1).title());
        // the same short line over text that goes on with the article's subject: a subhead, the article runs on
        ParsedPage one = parsePage(column(first, body1, "加装电梯惠民生",
                "云山区加装电梯的老旧小区居民楼，今年还将同步改造管线和楼道，让居民出行更加方便安全。", body2));
        assertEquals(1, one.articles().size(), one.toString());
    }

    @Test
    void aShortLineAtTheTopOfAnEvenlySetColumnIsItsHeadline() throws Exception {
        // the first line of the text has no punctuation to show it is text; the column, every line of which fills it,
        // shows the short line above is not one of the text's lines
        ParsedPage page = parsePage(column("云山区推进加装电梯",
                "今年以来云山区把老旧小区加装电梯作为民生实事，逐楼征求居民意见，已有三十多台电梯开工建设。",
                "区住房部门介绍，加装电梯的居民楼将同步改造管线和楼道，让居民出行更加方便安全。",
                "不少居民表示，过去上下楼要歇好几次，如今坐电梯几十秒就到家门口，腿脚不便的老人也能常下楼走走了。",
                "下一步，云山区将总结加装电梯的经验，简化审批流程，让更多老旧小区的居民早日用上电梯。"));
        assertEquals(1, page.articles().size(), page.toString());
        assertEquals("云山区推进加装电梯", page.articles().get(0).title(), page.toString());
    }

    @Test
    void aDashLineUnderAHeadlineInAColumnIsItsSubtitle() throws Exception {
        // the subtitle fills the column and reads like an author line (a role and a name); it opens with a dash right
        // under the headline, and the first line of the text under it has no punctuation
        String lead = "云山区推进老旧小区加装电梯";
        String text = "今年以来云山区把老旧小区加装电梯作为民生实事，逐楼征求居民意见，已有三十多台电梯开工建设。";
        String more = "区住房部门介绍，加装电梯的居民楼将同步改造管线和楼道，让居民出行更加方便安全。";
        // the headline is set across the columns, wider than the column
        String again = "不少居民表示，过去上下楼要歇好几次，如今坐电梯几十秒就到家门口，腿脚不便的老人也能常下楼走走了。";
        ParsedPage page = parsePage(column(lead, text, more, again) + "\n“社区的事大家商量着办”（基层一线）\n\n"
                + column("——访青溪街道社区书记林小禾", "“加装电梯前后我们开了二十多次协调会议，楼上楼下的意见终于统一了。”",
                        "下一步，云山区将总结加装电梯的经验，简化审批流程，让更多老旧小区的居民早日用上电梯。"));
        assertEquals(2, page.articles().size(), page.toString());
        Article second = page.articles().get(1);
        String head = second.title() + (second.subtitle() == null ? "" : second.subtitle());
        assertTrue(head.endsWith("——访青溪街道社区书记林小禾"), page.toString());
        assertTrue(second.paragraphs().get(0).startsWith("“加装电梯前后"), page.toString());
    }

    @Test
    void aHeadlineAfterAClosingCreditInAColumnOverAFullFirstLineOfText() throws Exception {
        // the first line of the text fills the column and has only a 、 in it: still plainly text under the headline
        ParsedPage page = parsePage(column("云山区推进老旧小区加装电梯",
                "今年以来，云山区把老旧小区加装电梯作为民生实事，逐楼征求居民意见，已有三十多台电梯开工建设。",
                "区住房部门介绍，加装电梯的居民楼将同步改造管线和楼道，让居民出行更加方便安全。",
                "（本报云山3月2日电）", "青溪湿地迎来越冬候鸟",
                "白鹭、苍鹭、灰鹤和野鸭成群结队飞抵青溪湿地公园，观鸟爱好者在湖边记录到二十余种鸟类。",
                "公园提醒游客文明观鸟，不要投喂和惊扰鸟群。"));
        assertEquals(2, page.articles().size(), page.toString());
        assertEquals("青溪湿地迎来越冬候鸟", page.articles().get(1).title(), page.toString());
    }

    /**
     * Paragraphs printed in a column of {@code width} characters, one printed line a line, no blank lines between;
     * headline lines (not ending a sentence) are printed whole.
     */
    private static String tightColumn(int width, String... paragraphs) {
        List<String> lines = new java.util.ArrayList<>();
        for (String p : paragraphs) {
            lines.addAll(p.endsWith("。") ? RelayoutScoringTest.wrap(p, width) : List.of(p));
        }
        return String.join("\n", lines) + "\n";
    }

    @Test
    void aContactLineIsNeitherAMarkdownKickerNorPartOfOne() throws Exception {
        String page = "# 云山区推进老旧小区加装电梯\n\n"
                + "今年以来，云山区把老旧小区加装电梯作为民生实事，逐楼征求居民意见，已有三十多台电梯开工建设。\n\n"
                + "来信：qx@example.cn\n\n"
                + "## 青溪湿地公园观鸟季开幕\n\n"
                + "# 候鸟归来湖面热闹\n\n"
                + "青溪湿地公园里，候鸟迁徙高峰近日到来，观鸟爱好者在湖边记录到白鹭、苍鹭等二十余种鸟类。\n";
        ParsedPage parsed = parsePage(page);
        assertEquals(2, parsed.articles().size(), parsed.toString());
        Article second = parsed.articles().get(1);
        assertEquals("青溪湿地公园观鸟季开幕", second.kicker(), parsed.toString());
        assertEquals("候鸟归来湖面热闹", second.title(), parsed.toString());
    }

    @Test
    void aContactLineEndsTheArticleBeforeAPlainKicker() throws Exception {
        // wide paragraphs, no markdown: the kicker over the title follows a contact line, which nothing runs on from
        String page = "云山区推进老旧小区加装电梯\n\n"
                + "今年以来，云山区把老旧小区加装电梯作为民生实事，逐楼征求居民意见，已有三十多台电梯开工建设。"
                + "区住房部门介绍，加装电梯的居民楼将同步改造管线和楼道，让居民出行更加方便安全。\n\n"
                + "读者来信邮箱：duzhe2024@example.com\n\n"
                + "青溪湿地公园观鸟季开幕吸引市民、游客前往\n\n"
                + "“候鸟一年比一年多”\n\n"
                + "青溪湿地公园里，候鸟迁徙高峰近日到来，观鸟爱好者在湖边记录到白鹭、苍鹭等二十余种鸟类，"
                + "公园提醒游客文明观鸟，不要投喂和惊扰鸟群。\n";
        ParsedPage parsed = parsePage(page);
        assertEquals(2, parsed.articles().size(), parsed.toString());
        Article second = parsed.articles().get(1);
        String head = (second.kicker() == null ? "" : second.kicker()) + second.title();
        assertEquals("青溪湿地公园观鸟季开幕吸引市民、游客前往“候鸟一年比一年多”", head, parsed.toString());
        assertEquals(2, parsed.articles().get(0).paragraphs().size(), parsed.toString());
    }

    @Test
    void aHeadlineAfterAFullClosingDatelineInATightColumnStartsAnArticle() throws Exception {
        // the closing dateline fills the column; the headline under it is as wide as the column, not wider
        ParsedPage parsed = parsePage(tightColumn(13, "云山区推进老旧小区加装电梯",
                "今年以来，云山区把老旧小区加装电梯作为民生实事，逐楼征求居民意见，已有三十多台电梯开工建设。",
                "区住房部门介绍，加装电梯的居民楼将同步改造管线和楼道，让居民出行更加方便安全。",
                "（本报云山市3月12日电）", "青溪湿地迎来候鸟 观鸟季开启",
                "白鹭、苍鹭、灰鹤和野鸭成群结队飞抵青溪湿地公园，观鸟爱好者在湖边记录到二十余种鸟类。",
                "公园提醒游客文明观鸟，不要投喂和惊扰鸟群。"));
        assertEquals(2, parsed.articles().size(), parsed.toString());
        assertEquals("青溪湿地迎来候鸟观鸟季开启", parsed.articles().get(1).title().replace(" ", ""), parsed.toString());
    }

    @Test
    void aColonKickerInAColumnOverAHeadlineSetAcrossColumns() throws Exception {
        // the paragraph before ends with a sentence on a full line; the short line ending in a colon is not its tail
        // but the kicker of the headline set wider than the column under it
        ParsedPage parsed = parsePage(tightColumn(13, "云山区推进老旧小区加装电梯",
                "不少居民表示，过去上下楼要歇好几次，如今坐电梯几十秒就到家门口，腿脚不便的老人也能常下楼走走了。",
                "下一步，云山区将总结加装电梯的经验，简化审批流程，让更多老旧小区的居民早日用上电梯。",
                "区住房部门介绍，加装电梯的居民楼将同步改造管线和楼道，让居民出行更加方便安全。",
                "林小禾：", "扎根社区十五年 做居民的贴心人（身边的榜样）",
                "林小禾是青溪街道的一名社区工作者，十五年来，她走遍了辖区的每一栋楼，记下了每一户的难处。",
                "居民们说，有事找小禾，心里就踏实。"));
        assertEquals(2, parsed.articles().size(), parsed.toString());
        assertEquals("林小禾：", parsed.articles().get(1).kicker(), parsed.toString());
    }

    @Test
    void aQuotationFillingTheColumnUnderAHeadlineIsItsTitle() throws Exception {
        // the kicker is set across the columns; the quoted title under it is exactly as wide as the column
        ParsedPage parsed = parsePage(column("云山区推进老旧小区加装电梯",
                "今年以来，云山区把老旧小区加装电梯作为民生实事，逐楼征求居民意见，已有三十多台电梯开工建设。",
                "不少居民表示，过去上下楼要歇好几次，如今坐电梯几十秒就到家门口，腿脚不便的老人也能常下楼走走了。",
                "下一步，云山区将总结加装电梯的经验，简化审批流程，让更多老旧小区的居民早日用上电梯。")
                + "\n青溪街道社区工作者林小禾扎根社区十五年\n\n"
                + column("“有事就找小禾心里特别踏实”",
                        "今年五十岁的林小禾，是青溪街道的一名社区工作者，十五年来，她走遍了辖区的每一栋楼，记下了每一户的难处。",
                        "居民们说，有事找小禾，心里就踏实。"));
        assertEquals(2, parsed.articles().size(), parsed.toString());
        Article second = parsed.articles().get(1);
        String head = (second.kicker() == null ? "" : second.kicker()) + second.title();
        assertEquals("青溪街道社区工作者林小禾扎根社区十五年“有事就找小禾心里特别踏实”", head, parsed.toString());
        assertTrue(second.paragraphs().get(0).startsWith("今年五十岁"), parsed.toString());
    }

    @Test
    void aLineAWholeCharacterWiderThanTheColumnAfterAFinishedParagraphIsAHeadline() throws Exception {
        // the headline is 15 characters over a column of 14: too little over it to be told from OCR's ragged lines
        // anywhere, but after a finished paragraph, wider than every line around it, it is set across the columns
        String headline = "青溪湿地公园迎来首批越冬的候鸟";
        ParsedPage parsed = parsePage(column("云山区推进老旧小区加装电梯",
                "今年以来，云山区把老旧小区加装电梯作为民生实事，逐楼征求居民意见，已有三十多台电梯开工建设。",
                "不少居民表示，过去上下楼要歇好几次，如今坐电梯几十秒就到家门口，腿脚不便的老人也能常下楼走走了。",
                "下一步，云山区将总结加装电梯的经验，简化审批流程，让更多老旧小区的居民早日用上电梯。")
                + "\n" + headline + "\n\n"
                + column("白鹭、苍鹭、灰鹤和野鸭成群结队飞抵青溪湿地公园，观鸟爱好者在湖边记录到二十余种鸟类。",
                        "公园提醒游客文明观鸟，不要投喂和惊扰鸟群。"));
        assertEquals(2, parsed.articles().size(), parsed.toString());
        assertEquals(headline, parsed.articles().get(1).title(), parsed.toString());
    }

    @Test
    void aDashKickerFillingTheColumnAtTheTopOverAShortTitle() throws Exception {
        // the kicker fills the column and has a comma, so it could be the text's first line; it ends in a dash that
        // runs into the short title under it, and the text starts after the title
        ParsedPage parsed = parsePage(column("加装电梯再提速，云山街道——", "老旧小区居民上下楼不再难",
                "今年以来，云山区把老旧小区加装电梯作为民生实事，逐楼征求居民意见，已有三十多台电梯开工建设。",
                "不少居民表示，过去上下楼要歇好几次，如今坐电梯几十秒就到家门口，腿脚不便的老人也能常下楼走走了。",
                "下一步，云山区将总结加装电梯的经验，简化审批流程，让更多老旧小区的居民早日用上电梯。"));
        assertEquals(1, parsed.articles().size(), parsed.toString());
        Article a = parsed.articles().get(0);
        assertEquals("加装电梯再提速，云山街道——老旧小区居民上下楼不再难",
                (a.kicker() == null ? "" : a.kicker()) + a.title(), parsed.toString());
        assertTrue(a.paragraphs().get(0).startsWith("今年以来"), parsed.toString());
    }

    @Test
    void aFeaturesCreditLineIsAParagraphOfItsOwn() throws Exception {
        // the credit lines end no sentence; the text after the next headline must not run on from them
        String page = "# 云山区加装电梯三年成绩单\n\n"
                + "三年来，云山区共为老旧小区加装电梯四百余台，惠及居民一万余户。\n\n"
                + "策划：本报记者林小禾制图：青溪\n\n"
                + "资料来源：云山区住房保障局\n\n"
                + "# 湿地公园观鸟季开幕\n\n"
                + "青溪湿地公园里，候鸟迁徙高峰近日到来，观鸟爱好者在湖边记录到白鹭、苍鹭等二十余种鸟类。\n";
        ParsedPage parsed = parsePage(page);
        assertEquals(2, parsed.articles().size(), parsed.toString());
        assertEquals(List.of("三年来，云山区共为老旧小区加装电梯四百余台，惠及居民一万余户。", "策划：本报记者林小禾制图：青溪",
                "资料来源：云山区住房保障局"), parsed.articles().get(0).paragraphs(), parsed.toString());
        assertTrue(parsed.articles().get(1).paragraphs().get(0).startsWith("青溪湿地公园里"), parsed.toString());
    }

    @Test
    void aHeadlineInABrokenParagraphTitlesTheRoundUpOfQuotationsAfterTheHost() throws Exception {
        // the heading is dropped into the commentary's broken paragraph; its article is the run of quotations, each
        // with who said it, after the commentary ends
        String page = "# 让老旧小区焕发新活力（云山时评）\n\n"
                + "老旧小区改造是民生工程，也是发展工程，关系千家万户的日常生活。\n\n"
                + "改造要问需于民，从居民最关心的加装电梯、停车难和\n\n"
                + "# 百姓心声\n\n"
                + "管线老化等问题入手，让改造真正改到居民心坎上。\n\n"
                + "只要坚持共建共治共享，老旧小区一定能焕发新的活力。\n\n"
                + "加装电梯以后，我每天都能下楼晒太阳，心情也好多了。\n\n"
                + "——林小禾（青溪街道居民）\n\n"
                + "楼道亮了，路面平了，小区停车也比以前方便多了。\n\n"
                + "——顾明川（云山街道居民）\n\n"
                + "希望以后改造的时候多听听我们老年人的意见。\n\n"
                + "——白若溪（青溪街道居民）（下转第5版）\n";
        ParsedPage parsed = parsePage(page);
        assertEquals(2, parsed.articles().size(), parsed.toString());
        Article host = parsed.articles().get(0);
        assertEquals(3, host.paragraphs().size(), parsed.toString());
        Article roundUp = parsed.articles().get(1);
        assertEquals("百姓心声", roundUp.title(), parsed.toString());
        assertEquals(6, roundUp.paragraphs().size(), parsed.toString());
        assertEquals(Integer.valueOf(5), roundUp.continuedToPage(), parsed.toString());
    }

    private static final List<String> POCKET_PARK = List.of(
            "青溪街道今年在辖区内新建了三座口袋公园，居民下楼步行五分钟就能走进绿地，老人在树荫下下棋，孩子在草坪上奔跑。",
            "公园的设计方案先后三次征求周边居民意见，增加了无障碍坡道、休息座椅和夜间照明，还保留了原有的两棵老香樟树。",
            "街道负责人介绍，口袋公园由闲置边角地改造而成，占地不大却十分实用，明年还计划在沿河步道旁再建两座同类公园。",
            "附近居民白若溪说，以前这里堆放杂物，现在每天傍晚都有人来散步跳舞，邻里之间见面打招呼的机会也多了不少。",
            "据了解，新建公园将交由社区志愿者和物业共同维护，定期开展绿植认养、垃圾分类宣传和亲子自然课堂等活动。");

    /** A made-up article printed in a column of the given width, every printed line its own paragraph. */
    private static String column(String title, List<String> paras, int width) {
        StringBuilder page = new StringBuilder(title).append("\n\n");
        for (String p : paras) {
            for (int i = 0; i < p.length(); i += width) {
                page.append(p, i, Math.min(p.length(), i + width)).append("\n\n");
            }
        }
        return page.toString();
    }

    @Test
    void aColumnWiderThanUsualIsFoundByItsLinesAllBeingAsWide() throws Exception {
        ParsedPage parsed = parsePage(column("口袋公园开进居民家门口", POCKET_PARK, 26));
        assertEquals(1, parsed.articles().size(), parsed.toString());
        assertEquals("口袋公园开进居民家门口", parsed.articles().get(0).title());
        assertEquals(POCKET_PARK, parsed.articles().get(0).paragraphs(), parsed.toString());
        // whole paragraphs on lines never pile up at one width: the usual bound stays
        List<PrintedLine> whole = POCKET_PARK.stream().map(p -> PrintedLine.of(p, true)).toList();
        assertEquals(ParserOptions.NARROW_MAX_WIDTH, ColumnRuns.columnMaxWidth(whole));
    }

    @Test
    void markdownRulesAndBlockquotesCarryNoText() throws Exception {
        String page = "# 口袋公园开进居民家门口\n\n" + POCKET_PARK.get(0) + "\n\n> " + POCKET_PARK.get(1) + "\n\n"
                + POCKET_PARK.get(2) + "\n\n---\n\n# 沿河步道夜间照明完成改造\n\n" + POCKET_PARK.get(3) + "\n\n* * *\n\n"
                + POCKET_PARK.get(4) + "\n";
        ParsedPage parsed = parsePage(page);
        assertEquals(2, parsed.articles().size(), parsed.toString());
        assertEquals(POCKET_PARK.subList(0, 3), parsed.articles().get(0).paragraphs(), parsed.toString());
        assertEquals(POCKET_PARK.subList(3, 5), parsed.articles().get(1).paragraphs(), parsed.toString());
    }

    @Test
    void runningHeadsAndFoliosInTheFlowAreTakenOut() throws Exception {
        String head = "2023年9月8日　星期五　　第3版　　责任编辑：林某";
        StringBuilder page = new StringBuilder("口袋公园开进居民家门口\n");
        int n = 0;
        for (String p : POCKET_PARK) {
            for (int i = 0; i < p.length(); i += 15) {
                page.append(p, i, Math.min(p.length(), i + 15)).append('\n');
                if (++n % 9 == 0) {
                    page.append(head).append('\n');
                }
            }
        }
        page.append("— 3 —\n");
        ParsedPage parsed = parsePage(page.toString());
        assertEquals(1, parsed.articles().size(), parsed.toString());
        assertEquals(POCKET_PARK, parsed.articles().get(0).paragraphs(), parsed.toString());
        assertTrue(MastheadParser.isRunningHead("青溪日报 2023年9月8日 星期五"));
        assertTrue(MastheadParser.isRunningHead("第3版 城区新闻 2023年9月8日"));
        assertFalse(MastheadParser.isRunningHead("2023年9月8日上午，青溪街道召开居民议事会。"));
        assertFalse(MastheadParser.isRunningHead("星期五 责任编辑：林某"));
        // a column's line that happens to hold only a date and a weekday is text
        assertFalse(MastheadParser.isRunningHead("2023年9月8日（星期五），"));
    }

    @Test
    void aTitleAsWideAsTheColumnOverItsSubtitleAtThePageTopIsAHeadline() throws Exception {
        // the title fills the 11-character column exactly; the subtitle under it stops short; neither has a mark
        List<String> paras = List.of("今年，青溪街道在辖区内新建了三座口袋公园，居民下楼步行五分钟就能走进绿地。",
                POCKET_PARK.get(1), POCKET_PARK.get(2), POCKET_PARK.get(3));
        String page = column("口袋公园开进居民家门口\n\n三座新园今秋开放", paras, 11);
        ParsedPage parsed = parsePage(page);
        assertEquals(1, parsed.articles().size(), parsed.toString());
        Article a = parsed.articles().get(0);
        // the two lines are the headline block (whether a title wrapped in two or title and subtitle is for the
        // block stage to tell), not the first paragraph's opening
        assertEquals("口袋公园开进居民家门口三座新园今秋开放", a.title() + (a.subtitle() == null ? "" : a.subtitle()));
        assertEquals(paras, a.paragraphs(), parsed.toString());
    }

    @Test
    void halfWidthMarksBesideChineseAreReadAsFullWidth() throws Exception {
        assertEquals("今年，青溪街道新建三座公园：每座约（2000）平方米！", TextCleaner.clean("今年,青溪街道新建三座公园:每座约(2000)平方米!"));
        assertEquals("上午10:30开馆，票价1,000元", TextCleaner.clean("上午10:30开馆,票价1,000元"));
        assertEquals("新园取名（Pocket Park）", TextCleaner.clean("新园取名(Pocket Park)"));
        assertEquals("COVID(Omicron)", TextCleaner.clean("COVID(Omicron)"));
        assertEquals("公园开放了。明年再建两座。", TextCleaner.clean("公园开放了.明年再建两座."));
        assertEquals("居民说：“真方便。”又说“好”，", TextCleaner.clean("居民说:\"真方便.\"又说\"好\","));
        assertEquals("“口袋公园”开进家门口", TextCleaner.clean("\"口袋公园\"开进家门口"));
        assertEquals("City\"Walk\"2", TextCleaner.clean("City\"Walk\"2"));
        assertEquals("面积3.5公顷，见青溪网.cn……", TextCleaner.clean("面积3.5公顷,见青溪网.cn……"));
        // a credit in half-width brackets closes the article as a full-width one does
        ParsedPage parsed = parsePage(column("口袋公园开进居民家门口", POCKET_PARK.stream()
                .map(p -> p.replace('，', ',').replace('、', ',')).toList(), 13) + "(来源:青溪街道)\n");
        assertEquals(1, parsed.articles().size(), parsed.toString());
        assertEquals("青溪街道", parsed.articles().get(0).source(), parsed.toString());
        assertEquals(5, parsed.articles().get(0).paragraphs().size(), parsed.toString());
    }

    @Test
    void markdownHardBreaksAtPrintedLineEndsDoNotPartAParagraph() throws Exception {
        // each paragraph is two sentences, and a printed line happens to end right after the first one: a converter
        // that keeps printed lines marks that end with two spaces like every other, and only a blank line parts
        List<String> paras = List.of(POCKET_PARK.get(0) + POCKET_PARK.get(1), POCKET_PARK.get(2) + POCKET_PARK.get(3));
        StringBuilder page = new StringBuilder("# 口袋公园开进居民家门口\n\n");
        page.append(POCKET_PARK.get(0)).append("  \n").append(POCKET_PARK.get(1)).append("\n\n");
        page.append(POCKET_PARK.get(2)).append("  \n").append(POCKET_PARK.get(3)).append("\n");
        ParsedPage parsed = parsePage(page.toString());
        assertEquals(1, parsed.articles().size(), parsed.toString());
        assertEquals("口袋公园开进居民家门口", parsed.articles().get(0).title(), parsed.toString());
        assertEquals(paras, parsed.articles().get(0).paragraphs(), parsed.toString());
    }

    @Test
    void columnsPrintedSideBySideAreReadOneAfterTheOther() throws Exception {
        // as pdftotext -layout prints a page: each article's headline over its text in two columns, side by side
        StringBuilder page = new StringBuilder();
        List<List<String>> articles = List.of(POCKET_PARK.subList(0, 3), POCKET_PARK.subList(3, 5));
        List<String> titles = List.of("口袋公园开进居民家门口", "志愿者认养社区绿地");
        for (int a = 0; a < 2; a++) {
            page.append(titles.get(a)).append('\n');
            List<String> lines = new java.util.ArrayList<>();
            for (String p : articles.get(a)) {
                for (int i = 0; i < p.length(); i += 12) {
                    lines.add(p.substring(i, Math.min(p.length(), i + 12)));
                }
            }
            int half = (lines.size() + 1) / 2;
            for (int i = 0; i < half; i++) {
                String left = lines.get(i);
                page.append(left);
                if (i + half < lines.size()) {
                    page.append(" ".repeat(30 - TextCleaner.width(left))).append(lines.get(i + half));
                }
                page.append('\n');
            }
            page.append('\n');
        }
        ParsedPage parsed = parsePage(page.toString());
        assertEquals(2, parsed.articles().size(), parsed.toString());
        for (int a = 0; a < 2; a++) {
            assertEquals(titles.get(a), parsed.articles().get(a).title(), parsed.toString());
            assertEquals(articles.get(a), parsed.articles().get(a).paragraphs(), parsed.toString());
        }
        // spaces inside a line that line up on no other line are no column gap
        List<String> plain = List.of("青溪街道   新建三座口袋公园", "居民步行五分钟", "就能走进绿地");
        assertEquals(plain, SideBySideColumns.unfold(plain));
    }

    @Test
    void aHeadlinePairAfterAContactAddressOpensTheNextArticle() throws Exception {
        // the first article closes with its column's address; two short unmarked lines then head the next one
        List<String> first = List.of(POCKET_PARK.get(0), POCKET_PARK.get(1), "投稿邮箱：qx@a.cn");
        List<String> second = List.of("据了解，" + POCKET_PARK.get(2), POCKET_PARK.get(3), POCKET_PARK.get(4));
        String page = column("口袋公园开进居民家门口", first, 26)
                + column("青溪街道志愿者认养社区绿地共建共享美好家园\n\n“邻里共护一片绿”", second, 26);
        ParsedPage parsed = parsePage(page);
        assertEquals(2, parsed.articles().size(), parsed.toString());
        Article a = parsed.articles().get(1);
        assertEquals("青溪街道志愿者认养社区绿地共建共享美好家园“邻里共护一片绿”", (a.kicker() == null ? "" : a.kicker()) + a.title()
                + (a.subtitle() == null ? "" : a.subtitle()), parsed.toString());
        assertEquals(second, a.paragraphs(), parsed.toString());
        // and the layout stage already takes both lines for headlines, on the evidence of the pair itself
        LayoutPlanner.Plan plan = LayoutPlanner.plan(PageParser.splitLines(page, 20_000));
        assertTrue(plan.headlines().contains(plan.lines().indexOf("青溪街道志愿者认养社区绿地共建共享美好家园")), plan.toString());
    }

    @Test
    void fullWidthDigitsAndLettersAreReadAsAscii() throws Exception {
        // OCR reads the digits and latin letters of a column as full-width forms; the text is the same text
        List<String> paras = List.of("青溪街道今年新建口袋公园３座，总面积约１２００平方米，居民下楼步行５分钟就能走进绿地。",
                "２０２３年起，街道还将在沿河步道旁开设ＡＩ导览服务，预计年底前完成全部１５个点位的建设。");
        List<String> all = new java.util.ArrayList<>(POCKET_PARK.subList(0, 3));
        all.addAll(paras);
        ParsedPage parsed = parsePage(column("口袋公园开进居民家门口", all, 14));
        assertEquals(1, parsed.articles().size(), parsed.toString());
        assertEquals("口袋公园开进居民家门口", parsed.articles().get(0).title(), parsed.toString());
        assertEquals(List.of("青溪街道今年新建口袋公园3座，总面积约1200平方米，居民下楼步行5分钟就能走进绿地。",
                "2023年起，街道还将在沿河步道旁开设AI导览服务，预计年底前完成全部15个点位的建设。"),
                parsed.articles().get(0).paragraphs().subList(3, 5), parsed.toString());
        assertEquals("（下转第2版）", ConverterText.foldFullWidthAlnum("（下转第２版）"));
    }

    @Test
    void charactersThatPrintAsNothingAreDropped() throws Exception {
        // text copied from a PDF or a web page: zero-width spaces, soft hyphens and a BOM inside the column's lines
        String page = column("口袋公园开进居民家门口", POCKET_PARK, 14).replace("公园", "公\u00ad园")
                .replace("居民", "居\u200b民").replace("街道", "街\ufeff道");
        ParsedPage parsed = parsePage(page);
        assertEquals(1, parsed.articles().size(), parsed.toString());
        assertEquals("口袋公园开进居民家门口", parsed.articles().get(0).title(), parsed.toString());
        assertEquals(POCKET_PARK, parsed.articles().get(0).paragraphs(), parsed.toString());
        assertEquals("徐汇滨江", ConverterText.withoutInvisible("徐\u00ad汇\u200d滨\u2060江"));
    }

    @Test
    void imageReferencesAmongTheLinesAreNoText() throws Exception {
        // an OCR column with no blank lines: an image reference where the photo cuts it, another between paragraphs
        List<String> lines = new java.util.ArrayList<>(List.of("口袋公园开进居民家门口"));
        for (int k = 0; k < POCKET_PARK.size(); k++) {
            List<String> printed = new java.util.ArrayList<>(RelayoutScoringTest.wrap(POCKET_PARK.get(k), 14));
            if (k == 1) {
                printed.add(2, "<!-- image -->");
            }
            if (k == 3) {
                printed.add(0, "![](_page_0_Picture_3.jpeg)");
            }
            lines.addAll(printed);
        }
        ParsedPage parsed = parsePage(String.join("\n", lines) + "\n");
        assertEquals(1, parsed.articles().size(), parsed.toString());
        assertEquals("口袋公园开进居民家门口", parsed.articles().get(0).title(), parsed.toString());
        assertEquals(POCKET_PARK, parsed.articles().get(0).paragraphs(), parsed.toString());
        assertTrue(PlaceholderLines.isPlaceholder("[图片]") && PlaceholderLines.isPlaceholder(" <img src=\"a.png\" alt=\"\">"));
        assertTrue(PlaceholderLines.isPlaceholder("{3}------------------------------------------------")
                && PlaceholderLines.isPlaceholder("<!-- page break -->"));
        assertFalse(PlaceholderLines.isPlaceholder("【来源：新华社】") || PlaceholderLines.isPlaceholder("[1] 见图片说明")
                || PlaceholderLines.isPlaceholder("{3}年来"));
    }

    @Test
    void aHeadlineWrappedByItsColumnIsOneHeadline() throws Exception {
        // a title set in the column and wrapped inside its column tag's brackets, at the page top, over the column
        List<String> lines = new java.util.ArrayList<>(RelayoutScoringTest.wrap("口袋公园开进家门口（城区新貌）", 14));
        for (String p : POCKET_PARK) {
            lines.addAll(RelayoutScoringTest.wrap(p, 14));
        }
        assertEquals(List.of("口袋公园开进家门口（城区新貌", "）"), lines.subList(0, 2));
        ParsedPage parsed = parsePage(String.join("\n", lines) + "\n");
        assertEquals(1, parsed.articles().size(), parsed.toString());
        assertEquals("口袋公园开进家门口（城区新貌）", parsed.articles().get(0).title(), parsed.toString());
        assertEquals(POCKET_PARK, parsed.articles().get(0).paragraphs(), parsed.toString());
    }

    @Test
    void theWrappedTailOfALineIsNoMarkdownKicker() {
        // every printed line a block of its own: the tail of a wrapped credit over the next heading stays text
        List<String> wrapped = MarkdownNormalizer.normalize(List.of("# 口袋公园开进家门口", "", "居民下楼就能走进绿地。", "",
                "（本报记者柯明远、", "", "尹若楠）", "", "# 湿地迎来候鸟", "", "候鸟迁徙高峰近日到来。"));
        assertFalse(wrapped.contains("## 尹若楠）"), wrapped.toString());
        // a short line after a finished paragraph is still the kicker over the heading
        List<String> kicker = MarkdownNormalizer.normalize(List.of("# 口袋公园开进家门口", "", "居民下楼就能走进绿地。", "",
                "青溪街道", "", "# 湿地迎来候鸟", "", "候鸟迁徙高峰近日到来。"));
        assertTrue(kicker.contains("## 青溪街道"), kicker.toString());
    }

    @Test
    void aMarkdownLinkIsItsText() {
        List<String> out = MarkdownNormalizer.normalize(List.of("# 口袋公园开进家门口", "",
                "[青溪街道](http://example.cn/a.htm)今年新建了三座口袋公园。", "", "（来源：[区绿化市容局](https://example.cn/s)）",
                "", "详见 <https://example.cn/p/1>", "", "![图](x.png) [1] 与 [注](#n1)"));
        assertEquals(List.of("# 口袋公园开进家门口", "", "青溪街道今年新建了三座口袋公园。", "", "（来源：区绿化市容局）", "", "详见 ", "",
                " [1] 与 注"), out);
    }

    @Test
    void emphasisInsideALineIsNoText() {
        List<String> out = MarkdownNormalizer.normalize(List.of("# 口袋公园开进家门口", "",
                "**青溪街道**今年新建了*三座*口袋公园，_居民_下楼__五分钟__就到。", "", "2*3*4 与 file_name_1 不变。"));
        assertEquals(List.of("# 口袋公园开进家门口", "", "青溪街道今年新建了三座口袋公园，居民下楼五分钟就到。", "",
                "2*3*4 与 file_name_1 不变。"), out);
    }

    @Test
    void twoHyphensBesideChineseAreADash() {
        assertEquals("——写在建区七十周年之际", TextCleaner.clean("--写在建区七十周年之际"));
        assertEquals("青溪街道推进——", TextCleaner.clean("青溪街道推进−−"));
        assertEquals("——张三委员（某协会会长）", TextCleaner.clean("––张三委员(某协会会长)"));
        assertEquals("2020--2021年", TextCleaner.clean("2020--2021年"));
        assertEquals("青溪-滨江线", TextCleaner.clean("青溪-滨江线"));
        assertEquals("青溪---滨江", TextCleaner.clean("青溪---滨江"));
    }

    @Test
    void markdownTablesAreABoxOfFiguresOrColumnsOfText() {
        // a box of figures: no text of the article, taken out
        List<String> box = List.of("前文", "", "| 项目 | 2019年 | 2020年 |", "|---|---|---|", "| 总量（万元） | 1,200 | 1,350 |", "",
                "后文");
        assertEquals(List.of("前文", "", "", "", "后文"), MarkdownTables.read(box));
        // two columns of text taken for a table: the left column's lines, then the right one's, each a block
        List<String> columns = List.of("| 青溪街道今年在辖区内新建了 | 公园的设计方案先后三次征求 |", "| :--- | :--- |",
                "| 三座口袋公园，居民下楼步行 | 周边居民意见。 |");
        assertEquals(List.of("", "青溪街道今年在辖区内新建了", "", "三座口袋公园，居民下楼步行", "", "公园的设计方案先后三次征求", "",
                "周边居民意见。", ""), MarkdownTables.read(columns));
        // an HTML table (MinerU, docling) is read as the same markdown rows
        assertEquals("前文\n| 项目 | 2019年 |\n|---|---|\n| 总量 | 1,200 |\n后文", ConverterText.tables(
                "前文<table><tr><th>项目</th><th>2019年</th></tr><tr><td>总量</td><td><b>1,200</b></td></tr></table>后文"));
        // start tags without their end are text, read in one pass
        String unclosed = "<table><tr><td>甲".repeat(20000);
        assertEquals(unclosed, ConverterText.tables(unclosed));
        // rows without the rule under the first are no table
        List<String> bars = List.of("|甲|乙|", "|丙|丁|");
        assertEquals(bars, MarkdownTables.read(bars));
    }

    @Test
    void htmlRemnantsOfAConverterAreLineBreaksBoldAndCharacters() throws Exception {
        // a converter that went through HTML: bold headline lines, paragraphs in tags, printed lines parted by <br>,
        // indents and marks as entities
        String page = "<strong>青溪街道</strong>\n\n<b>口袋公园开进居民家门口</b>\n\n"
                + "<p>&nbsp;&nbsp;青溪街道今年新建了三座口袋公园，<br>居民下楼步行五分钟就能走进绿地，<br/>老人在树荫下下棋。</p>\n\n"
                + "&nbsp;&nbsp;公园设计方案征求了居民意见，<br>\n增加了无障碍坡道&amp;休息座椅，&ldquo;很贴心&rdquo;。\n";
        ParsedPage parsed = parsePage(page);
        assertEquals(1, parsed.articles().size(), parsed.toString());
        Article a = parsed.articles().get(0);
        // both lines are bold alike: which is the kicker is not told, the headline block is the two lines
        assertEquals("青溪街道口袋公园开进居民家门口", (a.kicker() == null ? "" : a.kicker()) + a.title()
                + (a.subtitle() == null ? "" : a.subtitle()), parsed.toString());
        assertEquals(List.of("青溪街道今年新建了三座口袋公园，居民下楼步行五分钟就能走进绿地，老人在树荫下下棋。",
                "公园设计方案征求了居民意见，增加了无障碍坡道&休息座椅，“很贴心”。"), a.paragraphs(), parsed.toString());
        // angle brackets that are no known tag are text
        assertEquals("a<c>b", ConverterText.html("a<c>b"));
        // a break tag at the end of a source line is one line end, not a blank line (which would part a paragraph
        // where the printed line ends with a sentence)
        assertEquals("老人在树荫下下棋。\n孩子在草坪上奔跑。", ConverterText.html("老人在树荫下下棋。<br/>\n孩子在草坪上奔跑。"));
        ParsedPage one = parsePage("<b>口袋公园开进居民家门口</b>\n\n<p>&nbsp;&nbsp;" + String.join("<br/>\n", POCKET_PARK.get(0)
                .replace("，", "，\u0000").replace("。", "。\u0000").split("\u0000")) + "</p>\n\n<p>&nbsp;&nbsp;" + POCKET_PARK.get(1)
                + "</p>\n");
        assertEquals(POCKET_PARK.subList(0, 2), one.articles().get(0).paragraphs(), one.toString());
    }

    @Test
    void bulletsAndLenticularBracketsAroundHeadlinesAreMarksNotText() throws Exception {
        // a kicker after a bullet and a title in 【】 over a column; a bracketed source line stays a source
        String page = "◆ 青溪街道推进城市微更新\n\n【口袋公园开进居民家门口】\n\n"
                + column("", POCKET_PARK.subList(0, 3), 14).strip() + "\n\n【来源：区绿化局】\n";
        ParsedPage parsed = parsePage(page);
        assertEquals(1, parsed.articles().size(), parsed.toString());
        Article a = parsed.articles().get(0);
        assertEquals("青溪街道推进城市微更新口袋公园开进居民家门口", (a.kicker() == null ? "" : a.kicker()) + a.title(),
                parsed.toString());
        assertEquals(POCKET_PARK.subList(0, 3), a.paragraphs(), parsed.toString());
        assertEquals("区绿化局", a.source(), parsed.toString());
        // a bullet before a line of text is dropped too; brackets inside a line are text
        assertEquals(List.of("第一，加快建设。", "记者在【现场】看到"),
                ConverterText.withoutHeadlineMarks(List.of("● 第一，加快建设。", "记者在【现场】看到")));
    }

    @Test
    void anInternIsABylineRole() {
        assertEquals(List.of("郁青禾", "白若溪"), BylineExtractor.bylineLine("记者 郁青禾 实习生 白若溪"));
    }

    @Test
    void aBracketedCreditOverAHeadlineWithABylineEndsTheArticleBefore() throws Exception {
        // the credit closing the first article runs over two column lines; the next headline has a byline under it
        String page = column("口袋公园开进居民家门口", POCKET_PARK.subList(0, 3), 14)
                + "（本报记者 郁青禾 白若\n\n溪 林书远）\n\n志愿者认养社区绿地\n\n本报记者 夏知秋\n\n"
                + column("", POCKET_PARK.subList(3, 5), 14).strip() + "\n";
        ParsedPage parsed = parsePage(page);
        assertEquals(2, parsed.articles().size(), parsed.toString());
        assertEquals("志愿者认养社区绿地", parsed.articles().get(1).title(), parsed.toString());
        assertEquals(List.of("夏知秋"), parsed.articles().get(1).authors(), parsed.toString());
        assertEquals(POCKET_PARK.subList(3, 5), parsed.articles().get(1).paragraphs(), parsed.toString());
        String firstText = String.join("", parsed.articles().get(0).paragraphs()) + parsed.articles().get(0).authors();
        assertTrue(firstText.contains("林书远"), parsed.toString());
    }

    @Test
    void shortLinesAfterASourceLineOverAnEvenlySetColumnAreAHeadline() throws Exception {
        // a tight column (no blank lines): the first article ends with its source line; a kicker and a title that
        // read on into each other follow, over a column every line of which fills it
        List<String> court = List.of("青溪法院近日通过线上平台调解了一起合同纠纷，双方当事人分处两地，足不出户就达成了调解协议。",
                "法院负责人介绍，今年以来线上调解已办结案件二百余件，平均用时比线下缩短了一半以上，群众满意度明显提高。");
        StringBuilder page = new StringBuilder("口袋公园开进居民家门口\n");
        for (String p : POCKET_PARK.subList(0, 2)) {
            for (int i = 0; i < p.length(); i += 14) {
                page.append(p, i, Math.min(p.length(), i + 14)).append('\n');
            }
        }
        page.append("（来源：区绿化局）\n青溪法院\n线上“云调解”化解纠纷难题\n");
        for (String p : court) {
            for (int i = 0; i < p.length(); i += 14) {
                page.append(p, i, Math.min(p.length(), i + 14)).append('\n');
            }
        }
        ParsedPage parsed = parsePage(page.toString());
        assertEquals(2, parsed.articles().size(), parsed.toString());
        assertEquals("区绿化局", parsed.articles().get(0).source(), parsed.toString());
        Article a = parsed.articles().get(1);
        assertEquals("青溪法院线上“云调解”化解纠纷难题", (a.kicker() == null ? "" : a.kicker()) + a.title(), parsed.toString());
        assertEquals(court, a.paragraphs(), parsed.toString());
    }

    @Test
    void aFolioAtAColumnFootBetweenAKickerAndItsHeadlineIsTakenOut() throws Exception {
        // the column ends with the kicker; its foot holds the page number set right, the next column starts with the
        // running head and then the headline
        String page = tightColumn(13, "云山区推进老旧小区加装电梯",
                "不少居民表示，过去上下楼要歇好几次，如今坐电梯几十秒就到家门口，腿脚不便的老人也能常下楼走走了。",
                "下一步，云山区将总结加装电梯的经验，简化审批流程，让更多老旧小区的居民早日用上电梯。",
                "区住房部门介绍，加装电梯的居民楼将同步改造管线和楼道，让居民出行更加方便安全。",
                "林小禾：", "扎根社区十五年 做居民的贴心人（身边的榜样）",
                "林小禾是青溪街道的一名社区工作者，十五年来，她走遍了辖区的每一栋楼，记下了每一户的难处。",
                "居民们说，有事找小禾，心里就踏实。");
        page = page.replace("林小禾：\n", "林小禾：\n" + " ".repeat(40) + "4\n第4版\t要闻\t2023年5月4日\t星期四\n");
        ParsedPage parsed = parsePage(page);
        assertEquals(2, parsed.articles().size(), parsed.toString());
        assertEquals("林小禾：", parsed.articles().get(1).kicker(), parsed.toString());
        assertEquals("扎根社区十五年做居民的贴心人（身边的榜样）", parsed.articles().get(1).title(), parsed.toString());
    }

    @Test
    void aQuotationWithACommaUnderADashKickerAndOverABylineIsTheTitle() throws Exception {
        // a kicker running into its title with a dash, the title a quotation with a comma in it, a byline under it
        String page = "青溪街道推进社区微更新——\n“小事不小，件件放在心上”\n本报记者 夏知秋\n"
                + String.join("\n", RelayoutScoringTest.wrap(POCKET_PARK.get(0), 14)) + "\n"
                + String.join("\n", RelayoutScoringTest.wrap(POCKET_PARK.get(1), 14)) + "\n";
        ParsedPage parsed = parsePage(page);
        assertEquals(1, parsed.articles().size(), parsed.toString());
        Article a = parsed.articles().get(0);
        assertEquals("青溪街道推进社区微更新——“小事不小，件件放在心上”", (a.kicker() == null ? "" : a.kicker()) + a.title()
                + (a.subtitle() == null ? "" : a.subtitle()), parsed.toString());
        assertEquals(List.of("夏知秋"), a.authors(), parsed.toString());
        assertEquals(POCKET_PARK.subList(0, 2), a.paragraphs(), parsed.toString());
    }

    @Test
    void creditLinesWrappedByTheColumnOverAHeadlineWithABylineEndTheArticleBefore() throws Exception {
        // a feature closes with its credit lines (role：who), each wrapped by the column; the next article's headline
        // is set across the columns and has a byline under it: the credit lines are not part of that headline
        List<String> court = List.of("青溪法院近日通过线上平台调解了一起合同纠纷，双方当事人分处两地，足不出户就达成了调解协议。",
                "法院负责人介绍，今年以来线上调解已办结案件二百余件，平均用时比线下缩短了一半以上，群众满意度明显提高。");
        StringBuilder page = new StringBuilder("口袋公园开进居民家门口\n");
        for (String p : POCKET_PARK.subList(0, 2)) {
            RelayoutScoringTest.wrap(p, 14).forEach(l -> page.append(l).append('\n'));
        }
        page.append("采访整理：本报记者夏知秋数据\n来源：区统计局\n内容统筹：本报编辑林小禾图表\n设计：本报美术部\n");
        page.append("青溪法院线上调解化解纠纷难题（法治一线）\n本报记者 白若溪 通讯员 许青山\n");
        for (String p : court) {
            RelayoutScoringTest.wrap(p, 14).forEach(l -> page.append(l).append('\n'));
        }
        ParsedPage parsed = parsePage(page.toString());
        assertEquals(2, parsed.articles().size(), parsed.toString());
        Article first = parsed.articles().get(0);
        assertTrue(String.join("", first.paragraphs()).contains("内容统筹：本报编辑林小禾图表设计：本报美术部"), parsed.toString());
        Article a = parsed.articles().get(1);
        assertNull(a.kicker(), parsed.toString());
        assertEquals("青溪法院线上调解化解纠纷难题（法治一线）", a.title(), parsed.toString());
        assertEquals(List.of("白若溪", "许青山"), a.authors(), parsed.toString());
        assertEquals(court, a.paragraphs(), parsed.toString());
    }

    @Test
    void aQuotationNearlyAsWideAsTheColumnUnderADashKickerStaysItsOwnLine() throws Exception {
        // a tight column of 12: a kicker running into its title with a dash, set across the columns; under it the title,
        // a quotation with a comma that all but fills the column; the text under it opens with a quotation too
        List<String> paras = List.of("“以前楼道里堆满杂物，晚上走路都得摸黑，现在干净亮堂了。”居民白若溪笑着说。",
                "今年以来，青溪街道对辖区内二十栋老楼完成了改造，加装了照明设施，粉刷了楼道墙面，还清理了多年的堆积物。");
        String page = "口袋公园开进居民家门口\n" + String.join("\n", RelayoutScoringTest.wrap(POCKET_PARK.get(0), 12)) + "\n"
                + String.join("\n", RelayoutScoringTest.wrap(POCKET_PARK.get(1), 12)) + "\n"
                + "青溪街道推进老旧小区改造，居民说——\n“住得舒心，心里更暖”\n"
                + String.join("\n", RelayoutScoringTest.wrap(paras.get(0), 12)) + "\n"
                + String.join("\n", RelayoutScoringTest.wrap(paras.get(1), 12)) + "\n";
        ParsedPage parsed = parsePage(page);
        assertEquals(2, parsed.articles().size(), parsed.toString());
        Article a = parsed.articles().get(1);
        assertEquals("青溪街道推进老旧小区改造，居民说——“住得舒心，心里更暖”", (a.kicker() == null ? "" : a.kicker()) + a.title()
                + (a.subtitle() == null ? "" : a.subtitle()), parsed.toString());
        assertEquals(paras, a.paragraphs(), parsed.toString());
    }

    @Test
    void aKickerEndingInAColonSetWiderThanTheColumnEndsTheParagraphAbove() throws Exception {
        // a tight column of 12: a paragraph ends with a full stop; the next article's kicker ends in a colon and is set
        // wider than the column, over a title set across the columns
        List<String> paras = List.of("林小禾是青溪街道的一名社区工作者，十五年来，她走遍了辖区的每一栋楼，记下了每一户的难处。",
                "居民们说，有事找小禾，心里就踏实，她的电话号码大家都记在心里。");
        // the paragraph before the kicker ends with a line that fills the column
        String last = "街道负责人说，明年还将在沿河步道旁再建两座公园。";
        String page = "口袋公园开进居民家门口\n" + String.join("\n", RelayoutScoringTest.wrap(POCKET_PARK.get(0), 12)) + "\n"
                + String.join("\n", RelayoutScoringTest.wrap(last, 12)) + "\n"
                + "青溪区表彰的十名优秀社区工作者：\n扎根社区十五年 做居民的贴心人（身边的榜样）\n"
                + String.join("\n", RelayoutScoringTest.wrap(paras.get(0), 12)) + "\n"
                + String.join("\n", RelayoutScoringTest.wrap(paras.get(1), 12)) + "\n";
        ParsedPage parsed = parsePage(page);
        assertEquals(2, parsed.articles().size(), parsed.toString());
        assertEquals(List.of(POCKET_PARK.get(0), last), parsed.articles().get(0).paragraphs(), parsed.toString());
        Article a = parsed.articles().get(1);
        assertEquals("青溪区表彰的十名优秀社区工作者：", a.kicker(), parsed.toString());
        assertEquals("扎根社区十五年做居民的贴心人（身边的榜样）", a.title(), parsed.toString());
        assertEquals(paras, a.paragraphs(), parsed.toString());
    }

    @Test
    void fullStopsOcrReadAsOtherMarksAreFullStopsBesideChinese() {
        assertEquals("居民登记信息。工作人员", TextCleaner.clean("居民登记信息°工作人员"));
        assertEquals("活动结束。", TextCleaner.clean("活动结束｡"));
        assertEquals("活动结束。下一步", TextCleaner.clean("活动结束. 下一步"));
        assertEquals("居民表示，电梯很方便", TextCleaner.clean("居民表示, 电梯很方便"));
        // a degree sign after a digit is one, and a comma amid figures stays
        assertEquals("气温达到30°", TextCleaner.clean("气温达到30°"));
        assertEquals("共3,000人", TextCleaner.clean("共3,000人"));
    }

    @Test
    void listItemMarksOfAConverterAreNoText() throws Exception {
        ParsedPage page = parsePage("# 云山区推进老旧小区加装电梯\n\n"
                + "- 今年以来，云山区把老旧小区加装电梯作为民生实事，\n  逐楼征求居民意见，已有三十多台电梯开工建设。\n\n"
                + "* 区住房部门介绍，加装电梯的居民楼将同步改造管线和楼道。\n");
        assertEquals(1, page.articles().size(), page.toString());
        assertEquals(List.of("今年以来，云山区把老旧小区加装电梯作为民生实事，逐楼征求居民意见，已有三十多台电梯开工建设。",
                "区住房部门介绍，加装电梯的居民楼将同步改造管线和楼道。"), page.articles().get(0).paragraphs());
    }

    @Test
    void lineNumbersInTheMarginAreTakenOffWhenTheyGoUp() {
        List<String> numbered = List.of("云山区把老旧小区加装电梯作为    5", "民生实事，逐楼征求居民意见", "已有三十多台电梯开工建设    10",
                "", "区住房部门介绍，加装电梯的    15");
        assertEquals(List.of("云山区把老旧小区加装电梯作为", "民生实事，逐楼征求居民意见", "已有三十多台电梯开工建设", "",
                "区住房部门介绍，加装电梯的"), MarginLineNumbers.without(numbered));
        // two figures at line ends, or numbers that do not go up, are the text's own
        List<String> figures = List.of("全年接待游客    1200", "其中外地游客    800", "本地游客    400");
        assertEquals(figures, MarginLineNumbers.without(figures));
        assertEquals(figures.subList(0, 2), MarginLineNumbers.without(figures.subList(0, 2)));
    }

    @Test
    void aClosingQuotationMarkWrappedOntoTheNextLineStaysInItsParagraph() throws Exception {
        ParsedPage page = parsePage(column("云山区推进加装电梯",
                "今年以来，云山区把老旧小区加装电梯作为民生实事，已有三十多台电梯开工建设。")
                + "\n“加装电梯以后，上下楼方便\n\n多了，真是办到了心坎上。\n\n”居民王阿姨说。\n\n"
                + column("区住房部门介绍，加装电梯的居民楼将同步改造管线和楼道。"));
        assertEquals(1, page.articles().size(), page.toString());
        assertTrue(page.articles().get(0).paragraphs().contains("“加装电梯以后，上下楼方便多了，真是办到了心坎上。”居民王阿姨说。"),
                page.toString());
    }

    @Test
    void aBlankLineOnAPageWithoutBlankLinesBetweenParagraphsPartsArticlesOnOneSubject() throws Exception {
        String first = tightColumn(14, "云山区推进老旧小区加装电梯",
                "今年以来，云山区把老旧小区加装电梯作为民生实事，逐楼征求居民意见，已有三十多台电梯开工建设。",
                "区住房部门介绍，加装电梯的居民楼将同步改造管线和楼道，让居民出行更加方便安全。",
                "不少居民表示，过去上下楼要歇好几次，如今坐电梯几十秒就到家门口，腿脚不便的老人也能常下楼走走了。",
                "下一步，云山区将总结加装电梯的经验，简化审批流程，让更多老旧小区的居民早日用上电梯。");
        String second = tightColumn(14, "青溪区老旧小区电梯开工",
                "青溪区加装电梯项目近日开工，区住房部门逐楼征求居民意见，首批十台电梯年内建成。",
                "区住房部门介绍，加装电梯的居民楼将同步改造楼道，让居民出行更加方便，施工期间将设置临时通道。",
                "青溪区还将总结加装电梯的经验，简化审批流程，让更多老旧小区的居民早日用上电梯。");
        ParsedPage page = parsePage(first + "\n" + second);
        assertEquals(2, page.articles().size(), page.toString());
        assertEquals("青溪区老旧小区电梯开工", page.articles().get(1).title(), page.toString());
    }

    @Test
    void aPageMarkingParagraphsByIndentHasItsHeadlinesUnindented() throws Exception {
        // no blank line anywhere; each paragraph's first line indented by two ideographic spaces; the second headline
        // fills the column, so only its missing indent tells it from a paragraph's line
        List<String> lines = new java.util.ArrayList<>();
        String[][] articles = {
            {"云山区推进老旧小区加装电梯",
                "今年以来，云山区把老旧小区加装电梯作为民生实事，逐楼征求居民意见，已有三十多台电梯开工建设。",
                "区住房部门介绍，加装电梯的居民楼将同步改造管线和楼道，让居民出行更加方便安全。",
                "不少居民表示，过去上下楼要歇好几次，如今坐电梯几十秒就到家门口，腿脚不便的老人也能常下楼走走了。"},
            {"青溪湿地公园迎来越冬候鸟",
                "青溪湿地公园里，候鸟迁徙高峰近日到来，观鸟爱好者在湖边记录到白鹭、苍鹭等二十余种鸟类。",
                "公园提醒游客文明观鸟，不要投喂和惊扰鸟群，观鸟时请与鸟群保持距离。",
                "据介绍，公园今年新建了两处观鸟平台，并在湖心岛种植了适合候鸟栖息的水生植物。"}};
        for (String[] a : articles) {
            lines.add(a[0]);
            for (int p = 1; p < a.length; p++) {
                List<String> printed = new java.util.ArrayList<>(RelayoutScoringTest.wrap(a[p], 12));
                printed.set(0, "\u3000\u3000" + printed.get(0));
                lines.addAll(printed);
            }
        }
        ParsedPage page = parsePage(String.join("\n", lines) + "\n");
        assertEquals(2, page.articles().size(), page.toString());
        assertEquals("青溪湿地公园迎来越冬候鸟", page.articles().get(1).title(), page.toString());
        assertEquals(3, page.articles().get(1).paragraphs().size(), page.toString());
    }

    @Test
    void runningHeadsWithTheirFieldsInOtherFormsAreFurniture() {
        // the paper's name with its Latin name, a bare page number set apart first, the page in Chinese numerals
        assertTrue(MastheadParser.isRunningHead("青溪日报  QINGXI DAILY  2023.9.8"));
        assertTrue(MastheadParser.isRunningHead("07  城区新闻  2023年9月8日"));
        assertTrue(MastheadParser.isRunningHead("2023年9月8日 | 城区新闻 | 07"));
        assertTrue(MastheadParser.isRunningHead("第七版 城区新闻  责任编辑/林某  美编/叶某"));
        // a Latin word beside no paper name, a number run into the text, a jump marker's page, a lone page: no head
        assertFalse(MastheadParser.isRunningHead("城区新闻 QINGXI 2023年9月8日"));
        assertFalse(MastheadParser.isRunningHead("2023年9月8日 12人参加"));
        assertFalse(MastheadParser.isRunningHead("下转第七版 城区新闻"));
        assertFalse(MastheadParser.isRunningHead("第七版"));
    }

    @Test
    void jumpMarkersWithoutBracketsAloneOnTheirLine() throws Exception {
        JumpMarkerExtractor.Marker bare = JumpMarkerExtractor.find("下转第3版");
        assertEquals(JumpMarkerExtractor.Kind.CONTINUED_TO, bare.kind());
        assertEquals("3", bare.value());
        assertEquals(Integer.valueOf(12), JumpMarkerExtractor.pageNumber(JumpMarkerExtractor.find("转第十二版").value()));
        assertNull(JumpMarkerExtractor.find("转第3版的文章说明了情况"));
    }

    @Test
    void aJumpMarkerRunOnAfterTheLastSentenceEndsTheArticle() throws Exception {
        JumpMarkerExtractor.Marker runOn = JumpMarkerExtractor.runOnJump("已有三十多台电梯开工建设。(下转第 3 版)");
        assertEquals("3", runOn.value());
        assertEquals("已有三十多台电梯开工建设。".length(), runOn.start());
        assertNull(JumpMarkerExtractor.runOnJump("居民说起（转第3版）"), "not after a sentence's end");
        // the marker run on after the last sentence breaks across printed lines: no line holds it whole
        // (…安全。（下转 | 第三版）)
        String page = column("云山区推进老旧小区加装电梯",
                "今年以来，云山区把老旧小区加装电梯作为民生实事，逐楼征求居民意见，已有三十多台电梯开工建设。",
                "区住房部门介绍，加装电梯的居民楼将同步改造管线和楼道，让居民出行更加方便安全。（下转第三版）",
                "青溪湿地公园迎来越冬候鸟",
                "青溪湿地公园里，候鸟迁徙高峰近日到来，观鸟爱好者在湖边记录到白鹭、苍鹭等二十余种鸟类。");
        Article a = parsePage(page).articles().get(0);
        assertEquals(Integer.valueOf(3), a.continuedToPage(), a.toString());
        assertEquals("区住房部门介绍，加装电梯的居民楼将同步改造管线和楼道，让居民出行更加方便安全。", a.paragraphs().get(1));
    }

    @Test
    void reportedAfterTheNamesOfABylineIsNoName() {
        assertEquals(List.of("林青禾"), BylineExtractor.bylineLine("本报记者 林青禾 报道"));
        assertEquals(List.of("林青禾", "叶若溪"), BylineExtractor.bylineLine("记者 林青禾 叶若溪 报道"));
    }

    @Test
    void aPageTopHeadlineWrappedIntoFullLinesEndsOverTheFirstLineOfRunningText() throws Exception {
        // the title fills both its lines (a quotation left open across the break); the line under it has commas
        String title = "青溪区推进城市更新工作打造“十五分钟社区生活圈”示范街区";
        List<String> lines = new java.util.ArrayList<>(RelayoutScoringTest.wrap(title, 14));
        lines.addAll(RelayoutScoringTest.wrap("今年以来，青溪区把城市更新作为民生实事，逐街征求居民意见，已有十多个街区完成改造。", 14));
        lines.addAll(RelayoutScoringTest.wrap("区规划部门介绍，改造后的街区将同步增设社区食堂和养老服务点，让居民办事更加方便。", 14));
        lines.addAll(RelayoutScoringTest.wrap("不少居民表示，过去买菜要走二十分钟，如今出门几分钟就到菜场，老人也能常下楼走走了。", 14));
        lines.add("青溪湿地公园迎来越冬候鸟");
        lines.addAll(RelayoutScoringTest.wrap("青溪湿地公园里，候鸟迁徙高峰近日到来，观鸟爱好者在湖边记录到白鹭、苍鹭等二十余种鸟类。", 14));
        lines.addAll(RelayoutScoringTest.wrap("公园提醒游客文明观鸟，不要投喂和惊扰鸟群，观鸟时请与鸟群保持距离。", 14));
        assertEquals(2, RelayoutScoringTest.wrap(title, 14).size());
        Article a = parsePage(String.join("\n\n", lines) + "\n").articles().get(0);
        assertEquals(title, a.title(), a.toString());
        assertTrue(a.paragraphs().get(0).startsWith("今年以来"), a.toString());
    }

    @Test
    void aHeadlineAtAMarkedStartIsToldByItsShapeWhateverItsBreaksCut() throws Exception {
        // full, full, short, no mark of running text, then running text: inside a paragraph only the last line falls
        // short, and it ends a sentence
        List<String> lines = new java.util.ArrayList<>(List.of("青溪区推进老旧小区改造工作", "城市更新行动今年再添十个", "示范街区"));
        lines.addAll(RelayoutScoringTest.wrap("今年以来，青溪区把城市更新作为民生实事，逐街征求居民意见，已有十多个街区完成改造。", 13));
        lines.addAll(RelayoutScoringTest.wrap("区规划部门介绍，改造后的街区将同步增设社区食堂和养老服务点，让居民办事更加方便。", 13));
        lines.addAll(RelayoutScoringTest.wrap("不少居民表示，过去买菜要走二十分钟，如今出门几分钟就到菜场，老人也能常下楼走走了。", 13));
        lines.add("青溪湿地公园迎来越冬候鸟");
        lines.addAll(RelayoutScoringTest.wrap("青溪湿地公园里，候鸟迁徙高峰近日到来，观鸟爱好者在湖边记录到白鹭、苍鹭等二十余种鸟类。", 13));
        lines.addAll(RelayoutScoringTest.wrap("公园提醒游客文明观鸟，不要投喂和惊扰鸟群，观鸟时请与鸟群保持距离。", 13));
        Article a = parsePage(String.join("\n\n", lines) + "\n").articles().get(0);
        assertEquals("青溪区推进老旧小区改造工作城市更新行动今年再添十个示范街区", a.title(), a.toString());
        assertTrue(a.paragraphs().get(0).startsWith("今年以来"), a.toString());
    }

    @Test
    void aKickerWrappedOntoAShortLineEndingInADashLeadsIntoTheTitle() throws Exception {
        // (经过三个月的紧张施工，青溪老 | 街——) after a finished paragraph: a kicker with a comma, not running text
        List<String> lines = new java.util.ArrayList<>(List.of("云山区推进老旧小区加装电梯"));
        lines.addAll(RelayoutScoringTest.wrap("今年以来，云山区把老旧小区加装电梯作为民生实事，已有三十多台电梯开工建设。", 14));
        lines.addAll(RelayoutScoringTest.wrap("区住房部门介绍，加装电梯的居民楼将同步改造管线和楼道，让居民出行更方便。", 14));
        lines.addAll(RelayoutScoringTest.wrap("经过三个月的紧张施工，青溪老街——", 14));
        lines.add("重现百年石板路风貌");
        lines.addAll(RelayoutScoringTest.wrap("青溪老街改造近日完工，修缮后的石板路和沿街老建筑向市民开放，吸引不少游客前来。", 14));
        lines.addAll(RelayoutScoringTest.wrap("街道介绍，改造中保留了老街原有的石板和门楼，并为沿街商铺统一设计了店招。", 14));
        List<Article> articles = parsePage(String.join("\n\n", lines) + "\n").articles();
        assertEquals(2, articles.size(), articles.toString());
        Article a = articles.get(1);
        assertEquals("经过三个月的紧张施工，青溪老街——重现百年石板路风貌",
                (a.kicker() == null ? "" : a.kicker()) + a.title(), articles.toString());
        assertTrue(a.paragraphs().get(0).startsWith("青溪老街改造"), articles.toString());
    }

    @Test
    void aNumberedSubheadBetweenParagraphsStaysInItsArticle() throws Exception {
        // a short line opening with a section number (二、…, （一）…) between paragraphs of a running article: a subhead of
        // that article, its own paragraph, not the headline of a new one
        for (String subhead : List.of("二、织密便民服务网络", "（一）做实社区养老服务")) {
            List<String> lines = openingArticle(13);
            lines.add(subhead);
            lines.addAll(RelayoutScoringTest.wrap("区里介绍，服务站点将同步设置助餐点和医疗服务室，让居民在家门口办成更多事情。", 13));
            lines.addAll(RelayoutScoringTest.wrap("不少居民表示，过去办事要跑好几个地方，如今走几分钟就能办好，老人也更方便了。", 13));
            lines.add("青溪湿地迎来候鸟");
            lines.addAll(RelayoutScoringTest.wrap("青溪湿地公园里，候鸟迁徙高峰近日到来，观鸟爱好者在湖边记录到二十余种鸟类。", 13));
            List<Article> articles = parsePage(String.join("\n\n", lines) + "\n").articles();
            assertEquals("云山区建成生活圈", articles.get(0).title(), articles.toString());
            assertEquals(subhead, articles.get(0).paragraphs().get(1), articles.toString());
            assertTrue(articles.get(0).paragraphs().get(2).startsWith("区里介绍"), articles.toString());
            assertTrue(articles.stream().noneMatch(a -> subhead.equals(a.title())), articles.toString());
        }
    }

    @Test
    void aMarkdownHeadingAfterABlockMarkOverTextIsASubhead() throws Exception {
        // ### ■… inside a running article with text under it marks a section of it; a heading under it would make it
        // a kicker
        String page = "# 云山区打造十五分钟生活圈\n\n今年以来，云山区把十五分钟生活圈建设作为民生实事，已在八个街道建成服务站点，"
                + "覆盖全区大部分居民小区。\n\n### ■织密便民服务网络\n\n区里介绍，服务站点将同步设置助餐点和医疗服务室，让居民在家门口"
                + "办成更多事情。不少居民表示，过去办事要跑好几个地方，如今走几分钟就能办好。\n";
        List<Article> articles = parsePage(page).articles();
        assertEquals(1, articles.size(), articles.toString());
        assertEquals("云山区打造十五分钟生活圈", articles.get(0).title(), articles.toString());
        assertTrue(String.join("", articles.get(0).paragraphs()).contains("织密便民服务网络"), articles.toString());
    }

    @Test
    void aBoxLabelAfterTheTextStaysInTheArticle() throws Exception {
        // 相关链接 / 记者手记 on a line of their own after an article's text: the label of a box printed with it, text of
        // the article (its own paragraph), not a headline nor a byline (记者 手记)
        for (String label : List.of("相关链接", "记者手记")) {
            List<String> lines = openingArticle(14);
            lines.addAll(RelayoutScoringTest.wrap("区里介绍，服务站点将同步设置助餐点和医疗服务室，让居民在家门口办成更多事情。", 14));
            lines.add(label);
            lines.addAll(RelayoutScoringTest.wrap("据了解，生活圈建设已列入今年区政府实事项目，明年将覆盖全区所有街道。", 14));
            List<Article> articles = parsePage(String.join("\n\n", lines) + "\n").articles();
            assertEquals(1, articles.size(), articles.toString());
            Article a = articles.get(0);
            assertTrue(articles.stream().noneMatch(x -> label.equals(x.title())), articles.toString());
            assertEquals(List.of(), a.authors(), a.toString());
            assertEquals(label, a.paragraphs().get(2), a.toString());
            assertTrue(a.paragraphs().get(3).startsWith("据了解"), a.toString());
        }
    }

    @Test
    void anEditorsNoteOpensTheArticleUnderItsHeadline() throws Exception {
        // 编者按：… under a headline opens the article's text as a dateline does: the line over it is the headline, and
        // the story's own dateline after the note goes on in the same article
        List<String> lines = openingArticle(14);
        lines.add("社区食堂开进老小区");
        lines.addAll(RelayoutScoringTest.wrap("编者按：社区食堂事关老人一日三餐，本报今起推出系列报道，敬请关注。", 14));
        lines.addAll(RelayoutScoringTest.wrap("本报讯（记者 柯明远）云山区又有三家社区食堂近日开门迎客，老人用餐可享优惠。", 14));
        lines.addAll(RelayoutScoringTest.wrap("食堂负责人介绍，菜品每周更换，还为行动不便的老人提供送餐上门服务。", 14));
        List<Article> articles = parsePage(String.join("\n\n", lines) + "\n").articles();
        assertEquals(2, articles.size(), articles.toString());
        Article a = articles.get(1);
        assertEquals("社区食堂开进老小区", a.title(), a.toString());
        assertTrue(a.paragraphs().get(0).startsWith("编者按："), a.toString());
        assertEquals(3, a.paragraphs().size(), a.toString());
    }

    @Test
    void twoColumnLinesRunTogetherAreNoHeadlineAcrossTheColumns() throws Exception {
        // OCR lost a line break: two printed lines of a paragraph on one line twice the column's width, after a full
        // line that leaves the sentence open; a headline set across the columns never stands inside a sentence
        String first = "今年以来，云山区把十五分钟生活圈建设作为民生实事，在八个街道建成集助餐点医疗服务室图书角和健身房于一体的社区服务站点。";
        List<String> printed = new java.util.ArrayList<>(RelayoutScoringTest.wrap(first, 14));
        printed.set(2, printed.get(2) + printed.remove(3));
        List<String> lines = new java.util.ArrayList<>(List.of("云山区建成生活圈"));
        lines.addAll(printed);
        lines.addAll(RelayoutScoringTest.wrap("区里介绍，服务站点将同步设置助餐点和医疗服务室，让居民在家门口办成更多事情。", 14));
        lines.add("青溪湿地迎来候鸟");
        lines.addAll(RelayoutScoringTest.wrap("青溪湿地公园里，候鸟迁徙高峰近日到来，观鸟爱好者在湖边记录到二十余种鸟类。", 14));
        List<Article> articles = parsePage(String.join("\n\n", lines) + "\n").articles();
        assertTrue(articles.stream().noneMatch(a -> a.title() != null && a.title().startsWith("街道建成")), articles.toString());
        assertEquals(first, articles.get(0).paragraphs().get(0).replaceFirst("^云山区建成生活圈", ""), articles.toString());
    }

    @Test
    void aWrappedHeadlineWhoseShortLastLineIsCentredIsOneHeadline() throws Exception {
        // pdftotext -layout on a flush-left column: the headline's full first line has no room to be centred, its short
        // last line is led by spaces; a paragraph's short last line is flush left
        List<String> lines = centredOpeningArticle();
        lines.addAll(List.of("青溪湿地公园迎来今冬第一批", "     越冬候鸟"));
        lines.addAll(RelayoutScoringTest.wrap("青溪湿地公园里，候鸟迁徙高峰近日到来，观鸟爱好者在湖边记录到二十余种鸟类。", 14));
        lines.addAll(RelayoutScoringTest.wrap("公园提醒游客文明观鸟，不要投喂和惊扰鸟群。", 14));
        List<Article> articles = parsePage(String.join("\n\n", lines) + "\n").articles();
        assertEquals(2, articles.size(), articles.toString());
        assertEquals("青溪湿地公园迎来今冬第一批越冬候鸟", articles.get(1).title(), articles.toString());
        assertTrue(articles.get(1).paragraphs().get(0).startsWith("青溪湿地公园里"), articles.toString());
    }

    @Test
    void aBulletedSubheadBetweenParagraphsKeepsItsMarkAndStaysInItsArticle() throws Exception {
        // ■… between a finished paragraph and running text marks a section of the running article; over a headline's
        // other lines the bullet is decoration (see bracket-heads)
        List<String> lines = openingArticle(13);
        lines.add("■织密便民服务网络");
        lines.addAll(RelayoutScoringTest.wrap("区里介绍，服务站点将同步设置助餐点和医疗服务室，让居民在家门口办成更多事情。", 13));
        lines.addAll(RelayoutScoringTest.wrap("不少居民表示，过去办事要跑好几个地方，如今走几分钟就能办好，老人也更方便了。", 13));
        lines.add("青溪湿地迎来候鸟");
        lines.addAll(RelayoutScoringTest.wrap("青溪湿地公园里，候鸟迁徙高峰近日到来，观鸟爱好者在湖边记录到二十余种鸟类。", 13));
        List<Article> articles = parsePage(String.join("\n\n", lines) + "\n").articles();
        assertEquals("云山区建成生活圈", articles.get(0).title(), articles.toString());
        assertEquals("■织密便民服务网络", articles.get(0).paragraphs().get(1), articles.toString());
        assertTrue(articles.stream().noneMatch(a -> "织密便民服务网络".equals(a.title())), articles.toString());
    }

    @Test
    void aBylineAfterTheLastParagraphCreditsTheArticleItCloses() throws Exception {
        // 文/某 on a line of its own after the text, a new headline under it: the byline printed at the article's end,
        // not the next article's
        List<String> lines = openingArticle(14);
        lines.add("文/柯明远");
        lines.add("青溪湿地迎来候鸟");
        lines.addAll(RelayoutScoringTest.wrap("青溪湿地公园里，候鸟迁徙高峰近日到来，观鸟爱好者在湖边记录到二十余种鸟类。", 14));
        List<Article> articles = parsePage(String.join("\n\n", lines) + "\n").articles();
        assertEquals(2, articles.size(), articles.toString());
        assertEquals(List.of("柯明远"), articles.get(0).authors(), articles.toString());
        assertEquals(List.of(), articles.get(1).authors(), articles.toString());
        // over text, not after it, a byline opens the article below it
        List<String> opening = openingArticle(14);
        opening.add("青溪湿地迎来候鸟");
        opening.add("文/柯明远");
        opening.addAll(RelayoutScoringTest.wrap("青溪湿地公园里，候鸟迁徙高峰近日到来，观鸟爱好者在湖边记录到二十余种鸟类。", 14));
        List<Article> under = parsePage(String.join("\n\n", opening) + "\n").articles();
        assertEquals(List.of("柯明远"), under.get(1).authors(), under.toString());
    }

    @Test
    void aColonKickerAfterAFullLastLineOverATitleAndADatelineIsAHeadline() throws Exception {
        // the paragraph's last line fills the column and ends its sentence; the kicker ending in a colon under it opens
        // no quotation of the paragraph's: a title-like line and a new story's dateline follow
        String last = "区里介绍，服务站点还将设置助餐点和医疗服务室，让居民在家门口办成更多事。";
        List<String> lines = new java.util.ArrayList<>(List.of("云山区建成生活圈"));
        lines.addAll(RelayoutScoringTest.wrap("今年以来，云山区把十五分钟生活圈建设作为民生实事，已在八个街道建成服务站点，受到居民欢迎。", 12));
        lines.addAll(RelayoutScoringTest.wrap(last, 12));
        lines.add("区政府声明：");
        lines.add("青溪湿地保护范围今日起扩大");
        lines.addAll(RelayoutScoringTest.wrap("新华社云山5月20日电青溪湿地公园保护范围今起扩大，新增的区域将实行封闭管理，请游客不要进入。", 12));
        lines.addAll(RelayoutScoringTest.wrap("公园提醒游客文明游园，不要投喂和惊扰鸟群，共同守护湿地生态。", 12));
        List<Article> articles = parsePage(String.join("\n", lines) + "\n").articles();
        assertEquals(2, articles.size(), articles.toString());
        assertEquals(last, articles.get(0).paragraphs().get(articles.get(0).paragraphs().size() - 1), articles.toString());
        Article b = articles.get(1);
        assertEquals("区政府声明：青溪湿地保护范围今日起扩大",
                (b.kicker() == null ? "" : b.kicker()) + b.title() + (b.subtitle() == null ? "" : b.subtitle()), b.toString());
    }

    @Test
    void fullColumnHeadlineLinesOverADatelineAreHeadlineLines() throws Exception {
        // a kicker ending in a colon that fills the column and a title wrapped by it, over a story's dateline: lines
        // free of running text's marks there are the story's headline, not a paragraph running into the dateline
        List<String> lines = openingArticle(15);
        lines.add("云山区第三届社区运动会的冠军：");
        lines.add("八旬老人坚持晨练三十年（身边");
        lines.add("的榜样）");
        lines.addAll(RelayoutScoringTest.wrap("本报讯（记者 柯明远）在日前闭幕的社区运动会上，八十一岁的老人夺得了太极拳项目的冠军。", 15));
        lines.addAll(RelayoutScoringTest.wrap("老人说，坚持锻炼让他身体硬朗，也结识了许多朋友。", 15));
        List<Article> articles = parsePage(String.join("\n", lines) + "\n").articles();
        assertEquals(2, articles.size(), articles.toString());
        Article b = articles.get(1);
        assertEquals("云山区第三届社区运动会的冠军：八旬老人坚持晨练三十年（身边的榜样）",
                (b.kicker() == null ? "" : b.kicker()) + b.title() + (b.subtitle() == null ? "" : b.subtitle()), b.toString());
        assertTrue(b.paragraphs().get(0).startsWith("在日前闭幕的社区运动会上"), b.toString());
    }

    @Test
    void aQuestionLineRunTogetherWithTheNextIsNoHeadline() throws Exception {
        // a paragraph opening with questions: its first line fills the column, its next two lines were run together
        // by a lost line break; the first line alone looks like a title, but text's question marks on both tell text
        String asked = "我们为什么会生病？人类可能永远健康吗？怎样养成良好的生活习惯？怎样远离疾病的困扰？答案就在日常点滴之中。";
        List<String> printed = new java.util.ArrayList<>(RelayoutScoringTest.wrap(asked, 14));
        printed.set(1, printed.get(1) + printed.remove(2));
        List<String> lines = openingArticle(14);
        lines.addAll(RelayoutScoringTest.wrap("不少居民表示，过去办事要跑好几个地方，如今走几分钟就能办好，老人也更方便了。", 14));
        lines.addAll(printed);
        lines.addAll(RelayoutScoringTest.wrap("区里介绍，服务站点将同步设置助餐点和医疗服务室，让居民在家门口办成更多事情。", 14));
        lines.addAll(RelayoutScoringTest.wrap("下一步，云山区将继续完善服务站点的功能，推动更多服务事项下沉到社区。", 14));
        List<Article> articles = parsePage(String.join("\n", lines) + "\n").articles();
        assertEquals(1, articles.size(), articles.toString());
        assertTrue(articles.get(0).paragraphs().contains(asked), articles.toString());
    }

    @Test
    void aShortLineRepeatedBesideThePageFrameIsFurniture() throws Exception {
        // pdftotext closing each column chunk with the page's foot and opening the next with its head, the paper's name
        // on a line of its own among them: here it falls between a kicker and its title set across the columns
        List<String> frame = List.of("责任编辑：王某", "4", "城南周报", "2020年5月4日  星期一");
        List<String> lines = new java.util.ArrayList<>(frame.subList(2, 4));
        lines.addAll(openingArticle(14));
        lines.addAll(frame);
        lines.addAll(RelayoutScoringTest.wrap("区里介绍，服务站点将同步设置助餐点和医疗服务室，让居民在家门口办成更多事情。", 14));
        lines.add("青溪湿地：");
        lines.addAll(frame);
        lines.add("候鸟迁徙高峰到来 观鸟爱好者齐聚湖畔（生态观察）");
        lines.addAll(RelayoutScoringTest.wrap("青溪湿地公园里，候鸟迁徙高峰近日到来，观鸟爱好者在湖边记录到二十余种鸟类。", 14));
        lines.addAll(frame);
        List<Article> articles = parsePage(String.join("\n\n", lines) + "\n").articles();
        assertEquals(2, articles.size(), articles.toString());
        Article b = articles.get(1);
        assertEquals("青溪湿地：候鸟迁徙高峰到来观鸟爱好者齐聚湖畔（生态观察）", (b.kicker() == null ? "" : b.kicker()) + b.title(),
                b.toString());
    }

    @Test
    void aQuotedColumnLineUnderAnEvidencedDashKickerIsTheTitle() throws Exception {
        // the kicker is set across the columns and runs into its title with a dash; the title, a quotation, fills the
        // column line under it, and the text opens with the same quotation going on after it
        List<String> lines = openingArticle(15);
        lines.add("云山区坚持为老人提供无差别的上门便民服务——");
        lines.add("“在社区里得到了很好的照顾”");
        lines.addAll(RelayoutScoringTest.wrap("“在社区里得到了很好的照顾和帮助，我非常感谢这里的志愿者！”八十岁的居民王大爷说。", 15));
        lines.addAll(RelayoutScoringTest.wrap("今年以来，社区志愿者上门服务老人三千余人次，帮助老人解决各类难题。", 15));
        List<Article> articles = parsePage(String.join("\n\n", lines) + "\n").articles();
        assertEquals(2, articles.size(), articles.toString());
        Article b = articles.get(1);
        assertEquals("云山区坚持为老人提供无差别的上门便民服务——“在社区里得到了很好的照顾”",
                (b.kicker() == null ? "" : b.kicker()) + b.title(), b.toString());
        assertTrue(b.paragraphs().get(0).startsWith("“在社区里得到了很好的照顾和帮助，"), b.toString());
    }

    /**
     * The lines of the short article the pdftotext -layout tests open their pages with: its title centred, its two
     * paragraphs wrapped at 14.
     */
    private static List<String> centredOpeningArticle() {
        List<String> lines = new java.util.ArrayList<>(List.of("      云山区建成生活圈"));
        lines.addAll(RelayoutScoringTest.wrap("今年以来，云山区把十五分钟生活圈建设作为民生实事，已在八个街道建成服务站点。", 14));
        lines.addAll(RelayoutScoringTest.wrap("区里介绍，服务站点将同步设置助餐点和医疗服务室，让居民在家门口办成更多事情。", 14));
        return lines;
    }

    @Test
    void aCentredColumnTagUnderAFullTitleLineClosesTheHeadline() throws Exception {
        // pdftotext -layout: the title fills the column (no room to centre it), its column tag in brackets centred
        // under it; a note in brackets after text would be flush left
        List<String> lines = centredOpeningArticle();
        lines.add("“青溪湿地是我们共同的家园”");
        lines.add("    （生态文明 人人参与）");
        lines.addAll(RelayoutScoringTest.wrap("“今天是我第一次来观鸟。”在青溪湿地公园，市民李女士举着望远镜说，公园里的候鸟越来越多了。", 14));
        lines.addAll(RelayoutScoringTest.wrap("公园提醒游客文明观鸟，不要投喂和惊扰鸟群。", 14));
        List<Article> articles = parsePage(String.join("\n\n", lines) + "\n").articles();
        assertEquals(2, articles.size(), articles.toString());
        assertEquals("“青溪湿地是我们共同的家园”（生态文明人人参与）", articles.get(1).title(), articles.toString());
    }

    @Test
    void aLoneCentredCharacterUnderAFullTitleLineEndsTheTitle() throws Exception {
        // pdftotext -layout: the title's full first line and its last character wrapped alone onto a line, centred
        List<String> lines = centredOpeningArticle();
        lines.add("青溪湿地公园迎来今冬第一批候");
        lines.add("      鸟");
        lines.addAll(RelayoutScoringTest.wrap("青溪湿地公园里，候鸟迁徙高峰近日到来，观鸟爱好者在湖边记录到二十余种鸟类。", 14));
        lines.addAll(RelayoutScoringTest.wrap("公园提醒游客文明观鸟，不要投喂和惊扰鸟群。", 14));
        List<Article> articles = parsePage(String.join("\n\n", lines) + "\n").articles();
        assertEquals(2, articles.size(), articles.toString());
        assertEquals("青溪湿地公园迎来今冬第一批候鸟", articles.get(1).title(), articles.toString());
    }

    @Test
    void aCentredTitleAfterTheBlankLineBetweenArticlesFollowsACreditLine() throws Exception {
        // a tight page (no blank line between paragraphs) closes an article with a credit line that ends no sentence;
        // the blank line after it is the gap between articles, and the centred title under it starts the next one
        List<String> lines = new java.util.ArrayList<>(List.of("      云山区建成生活圈"));
        lines.addAll(RelayoutScoringTest.wrap("今年以来，云山区把十五分钟生活圈建设作为民生实事，已在八个街道建成服务站点。", 13));
        lines.addAll(RelayoutScoringTest.wrap("不少居民表示，过去办事要跑好几个地方，如今走几分钟就能办好，老人也更方便了。", 13));
        lines.addAll(RelayoutScoringTest.wrap("区里介绍，服务站点将同步设置助餐点和医疗服务室，让居民在家门口办成更多事情。", 13));
        lines.addAll(RelayoutScoringTest.wrap("下一步，云山区将继续完善服务站点的功能，推动更多服务事项下沉到社区。", 13));
        lines.add("版式设计：云山区融媒体中心");
        lines.add("");
        lines.add("青溪湿地公园迎来今冬第一");
        lines.add("       批候鸟");
        lines.addAll(RelayoutScoringTest.wrap("青溪湿地公园里，候鸟迁徙高峰近日到来，观鸟爱好者在湖边记录到二十余种鸟类。", 13));
        lines.addAll(RelayoutScoringTest.wrap("公园提醒游客文明观鸟，不要投喂和惊扰鸟群。", 13));
        List<Article> articles = parsePage(String.join("\n", lines) + "\n").articles();
        assertEquals(2, articles.size(), articles.toString());
        assertEquals("青溪湿地公园迎来今冬第一批候鸟", articles.get(1).title(), articles.toString());
    }
}
