package news.xuhui.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Fictional test pages, one artefact each, scored against hand-written expectations (src/test/resources/parse/
 * expected) with the seed scorer's definitions, plus direct assertions on the fields.
 */
class OwnPagesTest {

    private static final PageParser PARSER = new PageParser();

    static byte[] bytes(String name) throws IOException {
        try (InputStream in = OwnPagesTest.class.getResourceAsStream("/parse/pages/" + name)) {
            if (in == null) {
                throw new IOException("missing test page " + name);
            }
            return in.readAllBytes();
        }
    }

    static ParsedPage parse(String name) throws Exception {
        return PARSER.parse(bytes(name), name);
    }

    private static void assertExact(String page, String expected) throws Exception {
        JsonNode gold = SeedScoringTest.resource("/parse/expected/" + expected);
        ParsedPage parsed = parse(page);
        ParseScorer.Stats st = ParseScorer.scoreFile(gold, ParseScorer.JSON.valueToTree(parsed), true);
        String detail = page + ": " + st.summary() + "\n" + String.join("\n", st.rows);
        System.out.println(detail);
        assertEquals(st.i("n"), st.i("exact"), detail);
        assertEquals(st.i("jn"), st.i("jok"), detail);
        assertEquals(st.i("pred_n"), st.i("n"), "no extra articles: " + detail);
        assertEquals(st.i("ed_n"), st.i("ed_ok"), detail);
        assertEquals(st.i("teaser_n"), st.i("teaser_ok"), detail);
        assertEquals(st.i("ppl_n"), st.i("ppl_ok"), detail);
        assertEquals(st.i("pplp_n"), st.i("pplp_ok"), "only people listed: " + detail);
        assertEquals(0, st.i("cjk_spaces"), detail);
    }

    @ParameterizedTest
    @CsvSource({"same-narrow.txt,same-narrow.json", "same-markdown.txt,same-markdown.json", "same-wide.txt,same-wide.json",
        "interleaved.txt,interleaved.json", "detached.txt,detached.json", "roundup.txt,roundup.json",
        "enc-utf8-bom.txt,same-narrow.json", "enc-gb18030.txt,same-narrow.json",
        "enc-utf16le-bom.txt,same-narrow.json", "enc-utf16be-bom.txt,same-narrow.json",
        "briefs.txt,briefs.json", "wire.txt,wire.json", "qa.txt,qa.json", "people.txt,people.json",
        "continued.txt,continued.json", "pdf-markdown.txt,pdf-markdown.json"})
    void pageIsRecoveredExactly(String page, String expected) throws Exception {
        assertExact(page, expected);
    }

    /** A page as PDF-to-markdown converters write it: running head and foot, image, caption, bold and ### heads. */
    @Test
    void pdfMarkdownFurnitureIsNotText() throws Exception {
        ParsedPage p = parse("pdf-markdown.txt");
        String all = p.articles().toString();
        for (String furniture : List.of("![", "images/", "图为", "陶然 摄", "责任编辑", "— 1 —", "**", "###", "第01版")) {
            assertFalse(all.contains(furniture), furniture + " is not article text: " + all);
        }
        assertEquals("今年将完成三十个小区改造", p.articles().get(0).subtitle(), "a bold line under a ### head");
        assertEquals("聚焦民生实事", p.articles().get(1).kicker(), "a short plain line over a bold head");
    }

    @Test
    void sameArticleInThreeLayoutsGivesTheSameParagraphText() throws Exception {
        String narrow = joined(parse("same-narrow.txt"));
        assertEquals(narrow, joined(parse("same-markdown.txt")));
        assertEquals(narrow, joined(parse("same-wide.txt")));
        assertTrue(narrow.contains("滨河步道全长约8.6公里"), narrow);
    }

    private static String joined(ParsedPage p) {
        assertEquals(1, p.articles().size(), () -> "one article: " + p.articles());
        return String.join("", p.articles().get(0).paragraphs());
    }

    @ParameterizedTest
    @CsvSource({"same-narrow.txt,UTF-8", "enc-utf8-bom.txt,UTF-8", "enc-gb18030.txt,GB18030",
        "enc-utf16le-bom.txt,UTF-16LE", "enc-utf16be-bom.txt,UTF-16BE"})
    void encodingIsDetectedAndRecorded(String page, String encoding) throws Exception {
        byte[] raw = bytes(page);
        ParsedPage p = PARSER.parse(raw, "inbox/" + page);
        assertEquals(encoding, p.sourceFile().encoding());
        assertEquals(page, p.sourceFile().name());
        assertEquals(raw.length, p.sourceFile().sizeBytes());
        assertEquals(PageParser.sha256Hex(raw), p.sourceFile().sha256());
        assertEquals(64, p.sourceFile().sha256().length());
        assertEquals("青溪区启动滨河步道更新工程八点六公里绿色长廊串联十二个社区",
                nz(p.articles().get(0).kicker()) + nz(p.articles().get(0).title()) + nz(p.articles().get(0).subtitle()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Test
    void interleavedPairKeepsEachArticleApartAndDropsTheDuplicate() throws Exception {
        ParsedPage p = parse("interleaved.txt");
        assertEquals(2, p.articles().size());
        Article a = p.articles().get(0);
        Article b = p.articles().get(1);
        assertEquals("区卫健委", a.source());
        assertEquals("区政府办", b.source());
        assertEquals(Integer.valueOf(1), b.continuedFromPage());
        assertNull(b.title());
        assertEquals(2, a.paragraphs().size(), a.paragraphs().toString());
        String all = String.join("|", a.paragraphs()) + String.join("|", b.paragraphs());
        assertEquals(1, all.split("二十余名医务人员为居民提供服务", -1).length - 1, "duplicate fragment dropped: " + all);
        assertTrue(b.paragraphs().get(0).contains("更加便捷高效"), b.paragraphs().toString());
        assertFalse(all.contains("(来源") || all.contains("上接"), all);
    }

    @Test
    void detachedHeadlinesFindTheirBodiesAndTeaserIsLifted() throws Exception {
        ParsedPage p = parse("detached.txt");
        assertEquals(2, p.articles().size());
        assertEquals("青溪区召开防汛工作部署会", p.articles().get(0).title());
        assertEquals(Integer.valueOf(3), p.articles().get(0).continuedToPage());
        assertEquals("青溪区新增三处智慧停车场", p.articles().get(1).title());
        assertEquals(List.of(new Teaser("青溪区夏季文化节即将开幕", "6-7")), p.teasers());
        assertNull(p.edition());
    }

    @Test
    void roundupHasMastheadAndSpeakerSections() throws Exception {
        ParsedPage p = parse("roundup.txt");
        assertEquals(new Edition("青溪报", "2025-06-02", "星期一", "乙巳年五月初七", 15, 2046, 8, 1), p.edition());
        Article a = p.articles().get(0);
        assertEquals(3, a.sections().size(), a.sections().toString());
        assertEquals(new Section.Speaker("林书远", "青溪区委书记"), a.sections().get(0).speaker());
        assertEquals("区民政局局长 陆晨阳", a.sections().get(2).heading());
        assertTrue(a.sections().get(1).paragraphs().get(0).contains("重大项目早开工、早见效"),
                a.sections().get(1).paragraphs().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"same-narrow.txt", "interleaved.txt", "detached.txt", "roundup.txt"})
    void withoutPersonExtractionNoPeopleAreListed(String page) throws Exception {
        ParsedPage p = new PageParser(ParserOptions.defaults().withPersonExtraction(false)).parse(bytes(page), page);
        assertFalse(p.articles().isEmpty());
        for (Article a : p.articles()) {
            assertTrue(a.people().isEmpty());
            assertNotNull(a.paragraphs());
        }
    }

    /** Briefs page of another paper: inner-page header, bullets, untitled 本报讯 item, trailing credits, furniture. */
    @Test
    void briefsKeepTheirOwnHeadlinesAndCredits() throws Exception {
        ParsedPage p = parse("briefs.txt");
        assertEquals(new Edition("长河晚报", "2024-03-08", "星期五", null, null, null, null, 3), p.edition());
        assertEquals(4, p.articles().size(), p.articles().toString());
        assertNull(p.articles().get(1).title(), "an untitled item does not take an unrelated headline");
        assertEquals(List.of("孟可"), p.articles().get(2).authors());
        String all = p.articles().toString();
        for (String furniture : List.of("城区新闻", "本版编辑", "简讯", "■")) {
            assertFalse(all.contains(furniture), furniture + " is page furniture: " + all);
        }
        assertEquals(2, all.split("市民可拨打12345热线咨询", -1).length - 1, "a legitimately repeated sentence is kept: " + all);
    }

    @Test
    void wireDatelinesGiveSourceAndAuthorsAndCaptionsAreDropped() throws Exception {
        ParsedPage p = parse("wire.txt");
        assertEquals(2, p.articles().size());
        assertEquals("新华社", p.articles().get(0).source());
        assertEquals(List.of("闫书航", "程雨桐"), p.articles().get(0).authors());
        String all = p.articles().toString();
        assertFalse(all.contains("图为") || all.contains("摄") || all.contains("（完）") || all.contains("要闻"), all);
    }

    @Test
    void markdownNumberedSubheadsStayInTheirArticle() throws Exception {
        ParsedPage p = parse("qa.txt");
        assertEquals(1, p.articles().size());
        assertTrue(p.articles().get(0).paragraphs().contains("一、服务范围将继续扩大"), p.articles().get(0).paragraphs().toString());
    }

    @Test
    void peopleAreNeverPlacesOrganisationsOrFragments() throws Exception {
        List<String> people = parse("people.txt").articles().get(0).people();
        for (String bad : List.of("明远", "长江", "华新", "金鼎", "高桥", "博锐", "云溪", "马克", "施密", "司马云")) {
            assertFalse(people.contains(bad), bad + " is not a person: " + people);
        }
        assertTrue(people.containsAll(List.of("周明远", "邵春华", "江海涛", "司马云帆", "韦青")), people.toString());
    }

    @Test
    void widthChangeInsideAnArticleDoesNotSplitIt() throws Exception {
        ParsedPage p = parse("continued.txt");
        assertEquals(3, p.articles().size(), p.articles().toString());
        assertEquals(Integer.valueOf(6), p.articles().get(2).continuedToPage());
        assertEquals(2, p.articles().get(2).paragraphs().size());
    }
}
