package news.xuhui.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage before the page is cut into lines: undoes what converters do to the characters of the whole text. Characters
 * that print as nothing (zero-width spaces, soft hyphens, a BOM inside the text) are dropped. OCR reads
 * latin letters and digits as their full-width forms (ＡＢＣ１２３), which are folded to ASCII so that dates, page
 * numbers and words read as they do elsewhere; converters that go through HTML leave tags and entities ({@code <br>},
 * {@code <p>}, {@code <strong>}, {@code &nbsp;}, {@code <table>}), which are turned into the line breaks, bold
 * marks, characters and markdown table rows they stand for. Text without any of these passes unchanged (the same
 * instance).
 */
final class ConverterText {

    /** The inline tags converters leave, with or without attributes; anything else in angle brackets is text. */
    private static final Pattern TAG = Pattern.compile(
            "</?(?:br|p|div|span|strong|b|em|i|u|font|sup|sub|section|article|h[1-6]"
            // why: an HTML export wraps the page in its document's tags (<html><body>, <meta …>, <header>, lists);
            // none is text, and left in, a line of them is read as a paragraph of its own
            + "|html|head|body|meta|header|footer|main|nav|aside|center|small|big|ul|ol|li|blockquote|figure"
            + "|figcaption)(?:\\s[^<>]{0,200})?\\s*/?>|<!doctype[^<>]{0,200}>",
            Pattern.CASE_INSENSITIVE);
    /** A whole line in bold tags (a heading printed bold). */
    private static final Pattern BOLD_LINE = Pattern.compile(
            "^[ \\t]*<(strong|b|h[1-6])(?:\\s[^<>]{0,200})?>([^<>]+)</\\1>[ \\t]*$", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    /** A line break tag with the source line end after it: one break (the newline is only HTML's white space). */
    private static final Pattern BREAK_AT_LINE_END = Pattern.compile("<br\\s*/?>[ \\t]*(?=\\r?\\n)",
            Pattern.CASE_INSENSITIVE);
    /** The tags of an HTML table (MinerU and docling print tables so): its start and end, a row's and a cell's start. */
    private static final Pattern TABLE_START = Pattern.compile("<table\\b[^<>]{0,200}>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_END = Pattern.compile("</table\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROW_START = Pattern.compile("<tr\\b[^<>]{0,200}>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CELL_START = Pattern.compile("<t[dh]\\b[^<>]{0,200}>", Pattern.CASE_INSENSITIVE);
    /** Any tag left inside a cell (its end tag, bold, a line break). */
    private static final Pattern ANY_TAG = Pattern.compile("</?[a-zA-Z][^<>]{0,200}>");
    private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));");

    /** Bullets papers set before a kicker, a subhead or an item; they are decoration, not text. */
    private static final String BULLETS = "■□●○◆◇▲△★☆◎•▶►▪";
    private static final Pattern BULLET = Pattern.compile("^[\\s\u3000]*[" + BULLETS + "]+[\\s\u3000]*(\\S.*)$");
    /** A line wholly in lenticular brackets: a headline so set. */
    private static final Pattern BRACKETED = Pattern.compile("^[\\s\u3000]*【([^【】]+)】[\\s\u3000]*$");
    /** A bracketed headline has at least this many Chinese characters (a column title such as 【短评】 has two). */
    private static final int BRACKETED_MIN_CJK = 2;

    private ConverterText() {
    }

    /**
     * Lines without the marks papers set around headlines: a leading bullet (■ ● ◆ ▲ ★ …) before a kicker, subhead
     * or item is dropped, and a line wholly in 【】 (not a bracketed marker such as 【来源：…】) loses
     * its brackets. The text left is read as any other line; lists without such marks are returned as they are.
     */
    static List<String> withoutHeadlineMarks(List<String> lines) {
        List<String> out = null;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            String u = subheadBetweenParagraphs(lines, i) ? l : undecorated(l);
            if (u != l && out == null) {
                out = new ArrayList<>(lines.subList(0, i));
            }
            if (out != null) {
                out.add(u);
            }
        }
        return out == null ? lines : out;
    }

    /**
     * A short bulleted line free of punctuation between a finished paragraph and a line of running text (……。 |
     * ■小标题 | 正文，……): a subhead
     * inside the article, whose mark the layout stages read ({@link LayoutPlanner#markMarkedSubheads}); it keeps it.
     * Over a headline's other lines (a title, a byline) the bullet is decoration and goes.
     */
    private static boolean subheadBetweenParagraphs(List<String> lines, int i) {
        String t = TextCleaner.clean(lines.get(i));
        if (t.isEmpty() || BULLETS.indexOf(t.charAt(0)) < 0 || t.length() > ParserOptions.SUBHEAD_MAX_LENGTH + 2
                || TextCleaner.containsAny(t, "，。；：！？,;:!?（(【")) {
            return false; // a bulleted paragraph or brief (■本报讯……，……) loses its mark as before
        }
        String before = null;
        for (int k = i - 1; k >= 0 && before == null; k--) {
            String c = TextCleaner.clean(lines.get(k));
            before = c.isEmpty() ? null : c;
        }
        String after = null;
        for (int k = i + 1; k < lines.size() && after == null; k++) {
            String c = TextCleaner.clean(lines.get(k));
            after = c.isEmpty() ? null : c;
        }
        return before != null && after != null && TextCleaner.endsSentence(before)
                && BULLETS.indexOf(after.charAt(0)) < 0 && after.charAt(0) != '【' && after.charAt(0) != '#'
                && TextCleaner.containsAny(after, "，。；、,;");
    }

    private static String undecorated(String line) {
        int i = 0;
        while (i < line.length() && TextCleaner.isSpace(line.charAt(i))) {
            i++;
        }
        if (i == line.length() || BULLETS.indexOf(line.charAt(i)) < 0 && line.charAt(i) != '【') {
            return line;
        }
        String s = line;
        Matcher b = BULLET.matcher(s);
        if (b.matches()) {
            s = b.group(1);
        }
        if (s.indexOf('【') >= 0) {
            Matcher m = BRACKETED.matcher(s);
            if (m.matches() && TextCleaner.cjkCount(m.group(1)) >= BRACKETED_MIN_CJK
                    && JumpMarkerExtractor.find(TextCleaner.clean(s)) == null) {
                s = m.group(1).strip();
            }
        }
        return s.equals(line) ? line : s;
    }

    static String normalize(String text) {
        return withoutCharSpacing(titleMarks(html(foldFullWidthAlnum(withoutInvisible(text)))));
    }

    /** A title OCR marked with look-alikes of 《》: doubled angle brackets or guillemets round text on one or two lines. */
    private static final Pattern LOOKALIKE_TITLE = Pattern.compile(
            "(?:<<|«)([^<>«»\\n]{0,40}?(?:\\n[^<>«»\\n]{0,40}?)?)(?:>>|»)");

    /**
     * The title marks 《》 where OCR read them as their Latin look-alikes, {@code <<…>>} or «…», round Chinese text
     * (<<城南日报>>, «小城故事»). Why: Chinese text uses no other marks so, and the title inside is the work's name as
     * printed. Marks round Latin text only (<<EOF>>, «oui») stay as they are.
     */
    static String titleMarks(String s) {
        if (s.indexOf("<<") < 0 && s.indexOf('«') < 0) {
            return s;
        }
        // the title may be wrapped by the column (歌曲« | 城南晨光»): its marks are on two lines
        return LOOKALIKE_TITLE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                        ? "《" + m.group(1) + "》" : m.group()));
    }

    /** A page is char-spaced when at least this share of the pairs of Chinese characters side by side is spaced. */
    static final double CHAR_SPACED_SHARE = 0.5;
    /** ... and at least this many pairs are: a few spaced pairs are a letter-spaced headline, not the page. */
    static final int CHAR_SPACED_MIN_PAIRS = 40;

    /**
     * The text without the single spaces an OCR engine set between every two Chinese characters it read (Tesseract's
     * chi_sim prints 居 民 们 纷 纷 点 赞 ， 说 …), when most such pairs of the page are spaced. Why: the spaces
     * double a line's length in characters, so a headline's short line and a wrapped paragraph's full line no longer
     * differ as printed, and words (本报讯, names, datelines) are read apart. Gaps of two or more spaces (columns,
     * a headline's parts) are kept; a page of ordinary text, or one letter-spaced headline, is left as it is.
     */
    static String withoutCharSpacing(String s) {
        int spaced = 0;
        int tight = 0;
        for (int i = 1; i < s.length(); i++) {
            if (!wide(s.charAt(i))) {
                continue;
            }
            char before = s.charAt(i - 1);
            if (wide(before)) {
                tight++;
            } else if (i >= 2 && singleSpace(s, i - 1) && wide(s.charAt(i - 2))) {
                spaced++;
            }
        }
        if (spaced < CHAR_SPACED_MIN_PAIRS || spaced < CHAR_SPACED_SHARE * (spaced + tight)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i >= 1 && i + 1 < s.length() && singleSpace(s, i) && wide(s.charAt(i - 1)) && wide(s.charAt(i + 1))) {
                continue;
            }
            b.append(s.charAt(i));
        }
        return b.toString();
    }

    /** Whether {@code s} holds one space at {@code i} with no other white space beside it. */
    private static boolean singleSpace(String s, int i) {
        char c = s.charAt(i);
        return (c == ' ' || c == '\u00a0' || c == '\u3000') && (i == 0 || !TextCleaner.isSpace(s.charAt(i - 1)))
                && (i + 1 >= s.length() || !TextCleaner.isSpace(s.charAt(i + 1)));
    }

    /** A Chinese character or a full-width mark of Chinese text. */
    private static boolean wide(char c) {
        return TextCleaner.isCjk(c) || c >= '\u3000' && c <= '\u303f' || c >= '\uff01' && c <= '\uff5e'
                || "“”‘’…—·".indexOf(c) >= 0;
    }

    /** Characters that print as nothing: soft hyphen, zero-width space, (non-)joiners, word joiner, BOM. */
    private static boolean invisible(char c) {
        return c == '\u00ad' || c >= '\u200b' && c <= '\u200d' || c == '\u2060' || c == '\ufeff';
    }

    /**
     * The text without characters that print as nothing (copied from PDFs and web pages, they sit inside words):
     * why: left in, a line is wider than its printed width and its first or last character is not what was printed,
     * so widths, line-end marks and headline tests read it wrong before the line is cleaned.
     */
    static String withoutInvisible(String s) {
        return TextCleaner.without(s, i -> invisible(s.charAt(i)));
    }

    /** Full-width digits and latin letters as ASCII; other full-width marks (，（）％) are kept. */
    static String foldFullWidthAlnum(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean fw = c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ';
            if (fw && b == null) {
                b = new StringBuilder(s);
            }
            if (fw) {
                b.setCharAt(i, (char) (c - 0xFF01 + 0x21));
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * HTML remnants: a line break tag is a line end (one, with the source's own line end after it), a paragraph or
     * block tag closes a line, a line wholly in bold is a
     * markdown bold line, other known tags are dropped, and entities become their characters. Only text holding a
     * known tag or entity is touched.
     */
    static String html(String s) {
        if (s.indexOf('<') < 0 && s.indexOf('&') < 0) {
            return s;
        }
        String t = tables(s);
        boolean tags = TAG.matcher(t).find();
        boolean entities = ENTITY.matcher(t).find();
        if (!tags && !entities) {
            return t;
        }
        if (tags) {
            t = BREAK_AT_LINE_END.matcher(t).replaceAll("");
            t = BOLD_LINE.matcher(t).replaceAll(m -> Matcher.quoteReplacement("**" + m.group(2).strip() + "**"));
            t = TAG.matcher(t).replaceAll(m -> {
                String tag = m.group().toLowerCase(java.util.Locale.ROOT);
                boolean lineEnd = tag.startsWith("<br") || tag.startsWith("</p") || tag.startsWith("</div")
                        || tag.startsWith("</h") || tag.startsWith("</li") || tag.startsWith("</blockquote")
                        || tag.startsWith("</figcaption") || tag.startsWith("</body");
                return lineEnd ? "\n" : "";
            });
        }
        if (entities) {
            t = ENTITY.matcher(t).replaceAll(m -> Matcher.quoteReplacement(entity(m)));
        }
        return t;
    }

    /**
     * HTML tables as markdown tables, a row a line with a rule under the first, so that {@link MarkdownTables} reads
     * them as it reads a converter's markdown: why: left as tags, a table's cells run together into one line of text.
     * The text is scanned once (a start tag without its end does not make later ones scan the rest again).
     */
    static String tables(String s) {
        Matcher start = TABLE_START.matcher(s);
        if (!start.find()) {
            return s;
        }
        Matcher end = TABLE_END.matcher(s);
        StringBuilder b = new StringBuilder(s.length());
        int copied = 0;
        boolean more = true;
        while (more && end.find(start.end())) {
            // the innermost start before this end: the table whose end it is
            int bodyFrom = start.end();
            int tableFrom = start.start();
            while ((more = start.find()) && start.start() < end.start()) {
                bodyFrom = start.end();
                tableFrom = start.start();
            }
            b.append(s, copied, tableFrom).append(markdownRows(s.substring(bodyFrom, end.start())));
            copied = end.end();
            if (more && start.start() < copied) {
                more = start.find(copied);
            }
        }
        return copied == 0 ? s : b.append(s, copied, s.length()).toString();
    }

    private static String markdownRows(String body) {
        StringBuilder b = new StringBuilder("\n");
        boolean first = true;
        for (String row : ROW_START.split(body)) {
            String[] cells = CELL_START.split(row);
            if (cells.length < 2) {
                continue; // before the first cell: nothing of the row (thead, whitespace)
            }
            b.append('|');
            for (int k = 1; k < cells.length; k++) {
                String text = ANY_TAG.matcher(cells[k]).replaceAll("").replaceAll("\\s*\\R\\s*", "").replace('|', '｜');
                b.append(' ').append(text.strip()).append(" |");
            }
            b.append('\n');
            if (first) {
                b.append('|').append("---|".repeat(cells.length - 1)).append('\n');
                first = false;
            }
        }
        return b.toString();
    }

    private static String entity(java.util.regex.MatchResult m) {
        try {
            if (m.group(1) != null || m.group(2) != null) {
                int cp = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
                return Character.isValidCodePoint(cp) && cp >= 0x20 ? new String(Character.toChars(cp)) : "";
            }
        } catch (NumberFormatException e) {
            return m.group();
        }
        return switch (m.group(3)) {
            case "nbsp", "ensp", "emsp", "thinsp" -> "\u00a0";
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "ldquo" -> "“";
            case "rdquo" -> "”";
            case "lsquo" -> "‘";
            case "rsquo" -> "’";
            case "mdash" -> "—";
            case "hellip" -> "…";
            case "middot" -> "·";
            default -> m.group();
        };
    }
}
