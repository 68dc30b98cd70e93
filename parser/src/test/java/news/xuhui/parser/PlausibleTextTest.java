package news.xuhui.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class PlausibleTextTest {

    private final PageParser parser = new PageParser(ParserOptions.defaults().withPersonExtraction(false));

    @Test
    void oneLetterRepeatedIsRefusedWithAReason() {
        PageParseException e = assertThrows(PageParseException.class,
                () -> parser.parse("R".repeat(5000).getBytes(StandardCharsets.UTF_8), "r.txt"));
        assertEquals("no-articles", e.reason());
        assertTrue(e.getMessage().contains("no Chinese text"), e.getMessage());
    }

    @Test
    void aShortChinesePatternRepeatedIsRefused() {
        PageParseException e = assertThrows(PageParseException.class,
                () -> parser.parse("测试文本".repeat(500).getBytes(StandardCharsets.UTF_8), "t.txt"));
        assertEquals("no-articles", e.reason());
        assertTrue(e.getMessage().contains("pattern of 4 characters repeated"), e.getMessage());
        assertTrue(PlausibleText.problem("好".repeat(300)).contains("one character"));
    }

    @Test
    void latinTextWithoutChineseIsRefused() {
        String lorem = "The quick brown fox jumps over the lazy dog while the reporter files the story.\n".repeat(20);
        assertTrue(PlausibleText.problem(lorem).contains("no Chinese text"));
    }

    @Test
    void realPagesPass() throws Exception {
        try (var s = Files.list(Path.of("..", "seeds"))) {
            for (Path p : s.toList()) {
                assertNull(PlausibleText.problem(Files.readString(p)), p.toString());
            }
        }
        try (var s = Files.list(Path.of("src", "test", "resources", "dev", "pages"))) {
            for (Path p : s.toList()) {
                assertNull(PlausibleText.problem(Files.readString(p)), p.toString());
            }
        }
    }
}
