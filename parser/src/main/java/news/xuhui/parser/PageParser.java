package news.xuhui.parser;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Turns the raw bytes of one page file into articles. Thread-safe and free of framework dependencies so that it can
 * be unit-tested and benchmarked on its own.
 *
 * <p>Pipeline: {@link EncodingDetector} → {@link EscapedText} → {@link ConverterText} → lines → {@link VerticalLines} → {@link MarginLineNumbers} → {@link PlaceholderLines} → {@link MarkdownTables} → {@link TitleBylines} → {@link SideBySideColumns} → {@link RowOrderedColumns} → {@link CaptionBlocks} → {@link MastheadParser} → {@link PageAssembler} (headline zones,
 * {@link JumpMarkerExtractor}, {@link BylineExtractor}, paragraph rejoining with {@link JoinScorer} and
 * {@link InterleaveSplitter}) → {@link PeopleFinder}. Any failure inside is reported as a
 * {@link PageParseException}; nothing else escapes.
 */
public final class PageParser {

    /** Bumped whenever the output for the same input changes; travels with every event. */
    public static final String VERSION = "1.11.0";

    /**
     * Person recognition reads at most this many characters per page (a real page has a few thousand); beyond it,
     * articles of an abnormal input are returned without people so that parsing time stays bounded.
     */
    static final int PERSON_TEXT_BUDGET = 1_000_000;

    private final ParserOptions options;

    public PageParser() {
        this(ParserOptions.defaults());
    }

    public PageParser(ParserOptions options) {
        this.options = options == null ? ParserOptions.defaults() : options;
        HanlpSupport.warmUp();
    }

    public ParserOptions options() {
        return options;
    }

    public ParsedPage parse(byte[] content, String fileName) throws PageParseException {
        if (content == null) {
            throw new PageParseException("empty", "No content was given");
        }
        if (content.length > options.maxBytes()) {
            throw new PageParseException("too-large",
                    "The page has " + content.length + " bytes; the limit is " + options.maxBytes());
        }
        String name = baseName(fileName);
        if (content.length == 0) {
            return new ParsedPage(new SourceFile(name, sha256Hex(content), 0, "UTF-8"), null, List.of(), List.of());
        }
        EncodingDetector.Decoded decoded = EncodingDetector.decode(content);
        SourceFile source = new SourceFile(name, sha256Hex(content), content.length, decoded.encoding());
        try {
            return parseText(source, decoded.text());
        } catch (PageParseException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new PageParseException("parser-error", "The page could not be parsed: " + e);
        }
    }

    private ParsedPage parseText(SourceFile source, String raw) throws PageParseException {
        String text = EscapedText.decoded(raw);
        String implausible = PlausibleText.problem(text);
        if (implausible != null) {
            throw new PageParseException("no-articles", implausible);
        }
        List<String> lines = ConverterText.withoutHeadlineMarks(CaptionBlocks.without(RowOrderedColumns.unweave(
                SideBySideColumns.unfold(TitleBylines.split(MarkdownTables.read(
                        PlaceholderLines.without(MarginLineNumbers.without(VerticalLines.joined(
                                splitLines(ConverterText.normalize(text), options.maxLineLength()))))))))));
        MastheadParser.Result masthead = MastheadParser.parse(lines);
        LayoutPlanner.Plan plan = LayoutPlanner.plan(withoutRunningHeads(lines.subList(masthead.linesUsed(), lines.size())));
        PageAssembler.Result r = new PageAssembler(plan.lines(), masthead.labels(), plan.headlines(),
                new java.util.HashSet<>(plan.breaks()), plan.body(), plan.pageEnd(),
                plan.column(), plan.subheads()).run(0);
        List<Article> articles = new ArrayList<>(r.articles().size());
        int budget = PERSON_TEXT_BUDGET;
        List<PeopleFinder.Proposals> proposals = new ArrayList<>(r.articles().size());
        for (ArticleDraft d : r.articles()) {
            PeopleFinder.Proposals p = null;
            if (options.personExtraction() && budget > 0) {
                p = people(d, budget);
                budget -= d.bodyChars + 200;
            }
            proposals.add(p);
        }
        // a name accepted in one article of the page counts in the others that name it (see PeopleFinder#propose)
        Set<String> pageNames = new java.util.HashSet<>();
        for (PeopleFinder.Proposals p : proposals) {
            if (p != null) {
                pageNames.addAll(p.names(Set.of()));
            }
        }
        for (int k = 0; k < r.articles().size(); k++) {
            PeopleFinder.Proposals p = proposals.get(k);
            articles.add(r.articles().get(k).toArticle(p == null ? List.of() : p.names(pageNames)));
        }
        return new ParsedPage(source, masthead.edition(), articles, r.teasers(), VERSION,
                ParseWarnings.of(r.articles(), articles, r.droppedHeadlines()));
    }

    private static PeopleFinder.Proposals people(ArticleDraft d, int budget) {
        List<String> texts = new ArrayList<>();
        texts.add((d.kicker == null ? "" : d.kicker + "\n") + (d.title == null ? "" : d.title + "\n")
                + (d.subtitle == null ? "" : d.subtitle));
        for (ArticleDraft.Para p : d.paras) {
            texts.add(p.text.toString());
        }
        List<String> known = new ArrayList<>(d.authors);
        for (ArticleDraft.SectionDraft s : d.sections) {
            if (s.speaker != null && s.speaker.name() != null) {
                known.add(s.speaker.name());
            }
            for (ArticleDraft.Para p : s.paras) {
                texts.add(p.text.toString());
            }
        }
        return PeopleFinder.propose(texts, known, budget);
    }

    /**
     * The lines without the running heads and feet repeated in them ({@link MastheadParser#isRunningHead}) and without
     * lines that are only a page number (a folio, often set right-aligned at a column foot): why: left among the
     * column's lines such a line parts a kicker from its headline, and the assembler would drop it anyway.
     */
    private static List<String> withoutRunningHeads(List<String> lines) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (String l : lines) {
            String c = TextCleaner.clean(l);
            if (framingLine(l, c)) {
                seen.merge(c, 1, Integer::sum);
            }
        }
        boolean[] head = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            head[i] = MastheadParser.isRunningHead(lines.get(i)) || Furniture.isPageNumber(TextCleaner.clean(lines.get(i)));
        }
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            String c = TextCleaner.clean(l);
            if (!head[i] && !(framingLine(l, c) && seen.get(c) >= FRAME_MIN_REPEATS && nextToHead(lines, head, i))) {
                out.add(l);
            }
        }
        return out;
    }

    /** Whether a running head or folio is among the two non-empty lines either side of line {@code i}. */
    private static boolean nextToHead(List<String> lines, boolean[] head, int i) {
        for (int dir = -1; dir <= 1; dir += 2) {
            int seen = 0;
            for (int k = i + dir; k >= 0 && k < lines.size() && seen < 2; k += dir) {
                if (lines.get(k).isBlank()) {
                    continue;
                }
                if (head[k]) {
                    return true;
                }
                seen++;
            }
        }
        return false;
    }

    /**
     * A short line printed this many times on a page, next to a running head or folio, is part of the page's frame
     * (see {@link #framingLine}).
     */
    static final int FRAME_MIN_REPEATS = 3;

    /**
     * A line that may be part of the frame a page prints at every column or page break: short, no sentence marks, not
     * markup, no brackets (a column tag wrapped off the titles of a series, …人物谱）, repeats as often), not a prompt
     * ending in a colon (记者：, 问：) and not a box label. Why: the paper's name, a section label or
     * the editors' line repeated at every break falls between a kicker and its title or inside a paragraph; printed
     * three times and more on one page, next to the dated running head or the folio it comes with, it is no text of
     * any article (headlines of a series repeat their words too, but not beside the page's furniture).
     */
    private static boolean framingLine(String raw, String c) {
        String r = raw.strip();
        return c.length() >= 2 && c.length() <= 30 && TextCleaner.cjkCount(c) >= 2 && !TextCleaner.endsWithColon(c)
                && !TextCleaner.containsAny(c, "，。；！？,;!?“”\"（）()【】《》") && "#|-*<>![".indexOf(r.charAt(0)) < 0
                && !PageAssembler.BOX_LABEL.matcher(c).matches();
    }

    /** Lines of the text; over-long lines are cut into pieces so that no line-level rule sees unbounded input. */
    static List<String> splitLines(String text, int maxLineLength) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                addLine(out, text.substring(start, i), maxLineLength);
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static void addLine(List<String> out, String line, int max) {
        if (line.length() <= max) {
            out.add(line);
            return;
        }
        int s = 0;
        while (s < line.length()) {
            int e = Math.min(line.length(), s + max);
            if (e < line.length() && Character.isHighSurrogate(line.charAt(e - 1))) {
                e--;
            }
            out.add(line.substring(s, e));
            s = e;
        }
    }

    private static String baseName(String fileName) {
        if (fileName == null) {
            return null;
        }
        int i = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return i >= 0 ? fileName.substring(i + 1) : fileName;
    }

    public static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
