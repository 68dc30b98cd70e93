package news.xuhui.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzz-style robustness: seeded random inputs and mutated seed pages must each give a result or a
 * {@link PageParseException} (never another exception) within a generous per-input timeout. Bounded time comes
 * from the parser's structure (linear passes, bounded look-ups), not from timing assertions.
 */
class ParserRobustnessTest {

    private static final PageParser PARSER = new PageParser();
    /**
     * A hang guard, not a speed target: far above what any input takes even on a loaded machine (20 MB took 21 s on two
     * cores shared with a full build and three others), so that only a parser that never finishes fails it.
     */
    private static final Duration LIMIT = Duration.ofSeconds(120);

    private static void survives(byte[] input, String label) {
        assertTimeoutPreemptively(LIMIT, () -> {
            try {
                ParsedPage p = PARSER.parse(input, label);
                assertNotNull(p.sourceFile());
                assertEquals(input.length, p.sourceFile().sizeBytes());
                assertNotNull(p.articles());
                for (Article a : p.articles()) {
                    assertNotNull(a.paragraphs());
                    assertNotNull(a.people());
                }
            } catch (PageParseException e) {
                assertNotNull(e.reason());
                assertNotNull(e.getMessage());
            } catch (RuntimeException e) {
                fail(label + ": runtime exception escaped the parser", e);
            }
        }, label);
    }

    static Stream<String> seeds() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("..", "seeds"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).map(Path::toString).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void mutatedSeedPagesNeverBreakTheParser(String seed) throws Exception {
        byte[] original = Files.readAllBytes(Path.of(seed));
        String text = new String(original, StandardCharsets.UTF_8);
        Random r = new Random(seed.hashCode());
        for (int round = 0; round < 25; round++) {
            survives(mutateText(text, r).getBytes(StandardCharsets.UTF_8), seed + "#text" + round);
            survives(mutateBytes(original, r), seed + "#bytes" + round);
        }
    }

    private static String mutateText(String s, Random r) {
        StringBuilder b = new StringBuilder(s);
        String[] junk = {"\n", "\n\n", " ", "# ", "## ", "(上接第1版)", "(下转第 2 版)", "（详见第 8-9 版）", "(来源：", "本报讯（",
            "记者 ", "书记 ", ":", "：", "、", "。", "，", "\u0000", "\ufeff", "\ufffd", "\r", "（", "）", "第", "版", "#"};
        int ops = 1 + r.nextInt(40);
        for (int i = 0; i < ops && b.length() > 0; i++) {
            int pos = r.nextInt(b.length());
            switch (r.nextInt(5)) {
                case 0 -> b.insert(pos, junk[r.nextInt(junk.length)]);
                case 1 -> b.delete(pos, Math.min(b.length(), pos + r.nextInt(50)));
                case 2 -> {
                    int from = r.nextInt(b.length());
                    int to = Math.min(b.length(), from + r.nextInt(200));
                    b.insert(pos, b.substring(from, to));
                }
                case 3 -> b.setCharAt(pos, (char) r.nextInt(0x10000));
                default -> {
                    int p2 = r.nextInt(b.length());
                    int a = Math.min(pos, p2);
                    int c = Math.max(pos, p2);
                    String cut = b.substring(a, c);
                    b.delete(a, c);
                    b.append(cut);
                }
            }
        }
        return b.toString();
    }

    private static byte[] mutateBytes(byte[] in, Random r) {
        byte[] b = in.clone();
        int ops = 1 + r.nextInt(20);
        for (int i = 0; i < ops && b.length > 0; i++) {
            b[r.nextInt(b.length)] = (byte) r.nextInt(256);
        }
        return b;
    }

    @Test
    void seededRandomInputs() {
        Random r = new Random(20240101L);
        for (int i = 0; i < 200; i++) {
            byte[] b = new byte[r.nextInt(i < 100 ? 64 : 20000)];
            r.nextBytes(b);
            survives(b, "random-bytes-" + i);
            StringBuilder s = new StringBuilder();
            int n = r.nextInt(5000);
            for (int k = 0; k < n; k++) {
                int kind = r.nextInt(10);
                s.append(kind < 6 ? (char) (0x4e00 + r.nextInt(0x5000)) : kind < 8 ? " \n，。、：#()（）".charAt(r.nextInt(11))
                        : (char) r.nextInt(0x80));
            }
            survives(s.toString().getBytes(StandardCharsets.UTF_8), "random-text-" + i);
        }
    }

    @Test
    void degenerateInputs() {
        survives(new byte[0], "empty");
        survives(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, "bom-only");
        survives(new byte[] {(byte) 0xff, (byte) 0xfe}, "utf16-bom-only");
        survives(new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}, "utf16-odd-length");
        survives("\n\n\n   \n\t\n".getBytes(StandardCharsets.UTF_8), "blank-lines");
        survives("#".repeat(10_000).getBytes(StandardCharsets.UTF_8), "hashes");
        survives("（".repeat(100_000).getBytes(StandardCharsets.UTF_8), "brackets");
        survives("本报讯（".repeat(20_000).getBytes(StandardCharsets.UTF_8), "bylines");
        survives("书记 张三:\n".repeat(20_000).getBytes(StandardCharsets.UTF_8), "headings");
        survives("、".repeat(200_000).getBytes(StandardCharsets.UTF_8), "list-marks");
        byte[] zeros = new byte[100_000];
        survives(zeros, "zeros");
    }

    @Test
    void binaryIsRejectedWithAClearReason() {
        byte[] b = new byte[4096];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i % 7 == 0 ? 0 : i % 31);
        }
        PageParseException e = assertThrows(PageParseException.class, () -> PARSER.parse(b, "x.bin"));
        assertTrue(List.of("binary", "undecodable").contains(e.reason()), e.reason());
    }

    @Test
    void oneHugeLine() throws Exception {
        String seed = Files.readString(Path.of("..", "seeds", "002_3b7337b637dd3bf7.txt"));
        String line = seed.replace('\n', ' ').repeat(60); // ~1 MB, no line breaks at all
        survives(line.getBytes(StandardCharsets.UTF_8), "one-huge-line");
    }

    @Test
    void twentyMegabytesOfText() throws Exception {
        List<String> pages = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("..", "seeds"))) {
            for (Path p : s.sorted().toList()) {
                pages.add(Files.readString(p));
            }
        }
        StringBuilder b = new StringBuilder();
        int k = 0;
        while (b.length() < 7_500_000) {
            b.append(pages.get(k++ % pages.size()));
        }
        byte[] big = b.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(big.length >= 19_000_000);
        survives(big, "twenty-megabytes");
    }

    @Test
    void overTheByteLimitIsRejected() {
        PageParser small = new PageParser(new ParserOptions(true, 1000, 5000));
        PageParseException e = assertThrows(PageParseException.class, () -> small.parse(new byte[1001], "big.txt"));
        assertEquals("too-large", e.reason());
        assertThrows(PageParseException.class, () -> PARSER.parse(null, "null.txt"));
    }
}
