package news.xuhui.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Layout stage 0, for pages from PDF-to-markdown converters: brings their marks to the one form the later stages
 * read. Image placeholders are not text, a link is its text and so is emphasis inside a line; a whole line in bold
 * is a heading like a {@code #} line; within a run of heading lines the most prominent (fewest {@code #}) is the title
 * and the others kicker or subtitle by position; a short plain line right before such a run is its kicker; lines
 * wrapped with single newlines are one paragraph. Pages without these marks pass unchanged.
 */
final class MarkdownNormalizer {

    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]{0,200}\\]\\([^)]{0,500}\\)");
    /** An inline link: its text in brackets, the target (no spaces) in parentheses right after. */
    private static final Pattern LINK = Pattern.compile("(?<!!)\\[([^\\[\\]\\n]{1,200})\\]\\([^()\\s]{1,500}\\)");
    /** An autolink: a web address in angle brackets. */
    private static final Pattern AUTOLINK = Pattern.compile("<(?:https?|ftp)://[^<>\\s]{1,500}>");
    /**
     * Emphasis inside a line: text between a pair of ** __ * or _ that touches it on both sides; a single * or _ not
     * right after a latin letter or digit (2*3*4 and file_name_1 stay as they are).
     */
    private static final Pattern EMPHASIS = Pattern.compile(
            "(\\*\\*|__)(?=\\S)(.{1,200}?)(?<=\\S)\\1|(?<![A-Za-z0-9*_])([*_])(?=[^\\s*_])([^*_\\n]{1,200}?)(?<=[^\\s*_])\\3(?![*_])");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s*(.+?)\\s*#*$");
    /** A thematic break: three or more of one of - * _ (spaces between allowed), nothing else. */
    private static final Pattern RULE = Pattern.compile("^(?:-[ \\t]*){3,}$|^(?:\\*[ \\t]*){3,}$|^(?:_[ \\t]*){3,}$");
    /** Blockquote marks at a line start: one or more {@code >}, each with the spaces after it. */
    private static final Pattern QUOTE = Pattern.compile("^\\s*(?:>[ \\t]?)+");
    /** A bullet list item's mark at a line start (- , * , + , • ) before text that is no mark itself. */
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s{0,3}[-*+•][ \\t]+(?=[^\\s*_\\-])");
    private static final Pattern BOLD_LINE = Pattern.compile("^(?:\\*\\*|__)(.+?)(?:\\*\\*|__)$");
    /** Bold is set smaller than a marked heading: ranked after ### . */
    private static final int BOLD_LEVEL = 4;
    /** A kicker over a heading is a short line (one printed line of a headline). */
    private static final int KICKER_MAX_CHARS = 24;

    private MarkdownNormalizer() {
    }

    static List<String> normalize(List<String> page) {
        List<String> lines = withoutParagraphEmphasis(page);
        List<String> out = new ArrayList<>(lines.size());
        boolean any = false;
        boolean changed = false;
        for (String line : lines) {
            String s = line;
            String stripped = s.strip();
            if (stripped.length() >= 3 && "-*_".indexOf(stripped.charAt(0)) >= 0 && RULE.matcher(stripped).matches()) {
                // why: converters draw the rules printed between articles as ---; a rule carries no text, and as a
                // blank line it still parts what it parted on paper
                changed = true;
                out.add("");
                continue;
            }
            if (stripped.startsWith("#")) {
                Matcher h = HEADING.matcher(stripped);
                if (h.matches() && wholeMarker(h.group(2))) {
                    // why: converters that mark every short block a heading (MinerU) mark the jump marker and the
                    // source under an article too (# （下转第3版）); they close the article above, no headline opens one
                    s = h.group(2);
                    changed = true;
                    out.add(s);
                    continue;
                }
            }
            if (stripped.startsWith(">")) {
                // why: a converter marks text set indented (a quotation, a boxed aside) as a blockquote; on a news
                // page it is still a paragraph of its article, read without the marks
                s = QUOTE.matcher(s).replaceFirst("");
                changed = true;
            }
            Matcher item = LIST_ITEM.matcher(s);
            if (item.find()) {
                // why: converters take a paragraph's first-line indent for a list item (- 正文…, its other lines
                // indented under it); on a news page the item is a paragraph of its article, read without the mark
                s = s.substring(item.end());
                changed = true;
            }
            if (s.indexOf("![") >= 0) {
                String without = IMAGE.matcher(s).replaceAll("");
                if (without.isBlank() && !s.isBlank()) {
                    any = true;
                    out.add("");
                    continue;
                }
                s = without;
            }
            if (s.indexOf("](") >= 0 || s.indexOf("://") >= 0) {
                // why: a converter keeps the page's links as [text](target); the printed text is the words, and the
                // target's characters would be read as text and widen the line
                String without = AUTOLINK.matcher(LINK.matcher(s).replaceAll("$1")).replaceAll("");
                changed |= !without.equals(s);
                s = without;
            }
            String t = s.strip();
            Matcher b = BOLD_LINE.matcher(t);
            if (b.matches() && !b.group(1).isBlank()) {
                s = "#".repeat(BOLD_LEVEL) + " " + b.group(1).strip();
                any = true;
            } else if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0) {
                // why: converters keep the emphasis set inside running text (a bold lead-in, italics); the marks are
                // no text, and one opening a line would read as a bold heading
                String plain = EMPHASIS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                        m.group(2) != null ? m.group(2) : m.group(4)));
                changed |= !plain.equals(s);
                s = plain;
            }
            out.add(s);
        }
        if (!any && !hasHeadings(out)) {
            return changed || lines != page ? out : page;
        }
        relevel(out);
        return joinSoftWraps(out);
    }

    /** A mark opening emphasis at a line's start: ** or __, or a single * or _, before text. */
    private static final Pattern EMPHASIS_OPEN = Pattern.compile("^\\s*(\\*\\*|__|\\*|_)(?=[^\\s*_])");
    /** A paragraph set in emphasis is this many printed lines at least, or holds a sentence's end. */
    static final int EMPHASIS_PARAGRAPH_LINES = 3;

    /**
     * Emphasis round a whole paragraph of several printed lines (a lead set in bold or a kai face, which converters
     * mark so): the mark opening its first line and the one closing its last line are taken off. Why: the marks are
     * no text, and the inline rule sees one line at a time, so they stayed in the paragraph. A block in emphasis that
     * is two lines and no sentence may be a wrapped headline in bold, and is left to the heading rules.
     */
    static List<String> withoutParagraphEmphasis(List<String> lines) {
        List<String> out = null;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = EMPHASIS_OPEN.matcher(lines.get(i));
            int end = m.find() ? emphasisEnd(lines, i, m.group(1)) : -1;
            if (end < 0) {
                if (out != null) {
                    out.add(lines.get(i));
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines.subList(0, i));
            }
            String mark = m.group(1);
            out.add(lines.get(i).substring(m.end()));
            out.addAll(lines.subList(i + 1, end));
            String last = lines.get(end).stripTrailing();
            out.add(last.substring(0, last.length() - mark.length()));
            i = end;
        }
        return out == null ? lines : out;
    }

    /** The line that closes the emphasis {@code mark} opened at line {@code i}'s start, the block a paragraph; or -1. */
    private static int emphasisEnd(List<String> lines, int i, String mark) {
        StringBuilder text = new StringBuilder(lines.get(i));
        if (text.toString().stripTrailing().endsWith(mark)) {
            return -1; // closed on its own line: a bold line, a heading
        }
        for (int k = i + 1; k < lines.size() && !lines.get(k).isBlank(); k++) {
            String l = lines.get(k).stripTrailing();
            text.append(l);
            if (l.endsWith(mark) && (mark.length() == 2 || !l.endsWith(mark + mark))) {
                String inner = text.substring(0, text.length() - mark.length());
                boolean paragraph = k - i + 1 >= EMPHASIS_PARAGRAPH_LINES || TextCleaner.containsAny(inner, "。！？!?");
                return paragraph && inner.indexOf(mark, lines.get(i).indexOf(mark) + mark.length()) < 0 ? k : -1;
            }
        }
        return -1;
    }

    /** Whether the whole text is one jump marker or source line ((下转第3版), （来源：区文旅局）, 来源：某某). */
    static boolean wholeMarker(String text) {
        String t = text.strip();
        JumpMarkerExtractor.Marker m = JumpMarkerExtractor.find(t);
        return m != null && m.start() == 0 && m.end() == t.length();
    }

    /**
     * A converter wraps a paragraph with single newlines and separates paragraphs with blank lines: consecutive plain
     * lines are one paragraph. A line ending in two spaces (a hard break) is joined too: why: converters that keep
     * the printed lines mark each line end so, and in markdown only a blank line parts paragraphs.
     */
    private static List<String> joinSoftWraps(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            int lastIndex = out.size() - 1;
            if (lastIndex >= 0 && plain(line) && plain(out.get(lastIndex))) {
                String before = out.get(lastIndex).stripTrailing();
                String after = line.strip();
                boolean latin = !before.isEmpty() && !after.isEmpty() && before.charAt(before.length() - 1) < 0x80
                        && Character.isLetterOrDigit(before.charAt(before.length() - 1))
                        && after.charAt(0) < 0x80 && Character.isLetter(after.charAt(0));
                out.set(lastIndex, before + (latin ? " " : "") + after);
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /** A line of paragraph text: not blank, not a heading, list item, table row or quote. */
    private static boolean plain(String line) {
        String t = line.strip();
        return !t.isEmpty() && level(line) == 0 && !t.startsWith("|") && !t.startsWith(">") && !t.startsWith("- ")
                && !t.startsWith("* ") && !t.startsWith("```");
    }

    private static boolean hasHeadings(List<String> lines) {
        for (String l : lines) {
            if (l.stripLeading().startsWith("#")) {
                return true;
            }
        }
        return false;
    }

    /** Each run of heading lines (blank lines between allowed): the title becomes {@code #}, the rest {@code ##}. */
    private static void relevel(List<String> lines) {
        double widest = widestPlainLine(lines);
        int i = 0;
        while (i < lines.size()) {
            if (level(lines.get(i)) == 0) {
                i++;
                continue;
            }
            List<Integer> run = new ArrayList<>();
            int j = i;
            while (j < lines.size() && (level(lines.get(j)) > 0 || lines.get(j).isBlank())) {
                if (level(lines.get(j)) > 0) {
                    run.add(j);
                }
                j++;
            }
            if (run.size() <= 4) {
                int min = 7;
                for (int k : run) {
                    min = Math.min(min, level(lines.get(k)));
                }
                boolean titled = false;
                for (int k : run) {
                    Matcher m = HEADING.matcher(lines.get(k).strip());
                    if (!m.matches()) {
                        continue;
                    }
                    boolean title = !titled && m.group(1).length() == min;
                    titled |= title;
                    lines.set(k, (title ? "# " : "## ") + m.group(2));
                }
            }
            // a short plain line just before the run, after a blank line or at the top: the run's kicker
            int before = i - 1;
            while (before >= 0 && lines.get(before).isBlank()) {
                before--;
            }
            if (before >= 0 && level(lines.get(before)) == 0 && kicker(lines.get(before))
                    && (before == 0 || lines.get(before - 1).isBlank()) && before < i - 1
                    && !tailOfLineAbove(lines, before, widest)) {
                lines.set(before, "## " + lines.get(before).strip());
            }
            i = j;
        }
    }

    /**
     * Whether the short line is the rest of the line above it, which the column wrapped (converters that keep every
     * printed line a block of its own set a blank line between them): it closes a bracket it does not open, or the
     * line above breaks off after a mark that runs on (、，：；), or the line above fills the column (it is as wide as
     * the widest plain line of the page) with running text that ends no sentence: the column broke it there.
     */
    private static boolean tailOfLineAbove(List<String> lines, int at, double widest) {
        String t = TextCleaner.clean(lines.get(at).strip());
        int depth = 0;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            depth += "（(【「《“".indexOf(c) >= 0 ? 1 : "）)】」》”".indexOf(c) >= 0 ? -1 : 0;
            if (depth < 0) {
                return true;
            }
        }
        int k = at - 1;
        while (k >= 0 && lines.get(k).isBlank()) {
            k--;
        }
        if (k < 0 || level(lines.get(k)) > 0) {
            return false;
        }
        String above = TextCleaner.clean(lines.get(k).strip());
        boolean fillsColumn = TextCleaner.width(above) / 2.0 >= widest - ParserOptions.FULL_LINE_TOLERANCE
                && TextCleaner.containsAny(above, "，：；、") && !TextCleaner.endsSentence(above);
        return !above.isEmpty() && ("、，：；,:;".indexOf(above.charAt(above.length() - 1)) >= 0 || fillsColumn);
    }

    /** The printed width of the widest line that is no heading (a column's width where lines are printed lines). */
    private static double widestPlainLine(List<String> lines) {
        double widest = 0;
        for (String l : lines) {
            if (!l.isBlank() && level(l) == 0) {
                widest = Math.max(widest, TextCleaner.width(TextCleaner.clean(l.strip())) / 2.0);
            }
        }
        return widest;
    }

    private static boolean kicker(String line) {
        String t = TextCleaner.clean(line.strip());
        return !t.isEmpty() && t.length() <= KICKER_MAX_CHARS && TextCleaner.cjkCount(t) >= 2 && !TextCleaner.hasAddress(t)
                && !PageAssembler.CREDIT_LINE.matcher(t).matches()
                && !TextCleaner.endsSentence(t) && !TextCleaner.containsAny(t, "，。；,;")
                && Furniture.classify(t) == Furniture.Kind.NONE && JumpMarkerExtractor.find(t) == null
                && !t.startsWith("（") && !t.startsWith("(") && !t.startsWith("—");
    }

    private static int level(String line) {
        String t = line.strip();
        int n = 0;
        while (n < t.length() && t.charAt(n) == '#') {
            n++;
        }
        return n > 0 && n <= 6 && n < t.length() ? n : 0;
    }
}
