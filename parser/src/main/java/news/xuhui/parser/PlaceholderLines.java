package news.xuhui.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Stage right after the page is cut into lines: takes out the lines converters emit in place of what is no text of the
 * page: where a photo or chart stands, markdown images ({@code ![](_page_0_Picture_3.jpeg)}), HTML image tags and
 * comments ({@code <!-- image -->}, {@code <!-- page break -->}, docling) and bracketed placeholders of OCR and text
 * exports ({@code [图片]}, {@code 【图】}); where the PDF's pages break, marker's separators ({@code {1}-----}). A
 * blank line next to such a line goes with it when the line stood between two blank lines, so the text reads as if
 * the placeholder were not there. Lists without such lines are returned as they are.
 */
final class PlaceholderLines {

    /** One or more placeholders, and nothing else, on a line. */
    private static final Pattern PLACEHOLDER = Pattern.compile("^(?:\\s*(?:!\\[[^\\]]{0,200}\\]\\([^)]{0,500}\\)"
            + "|<img\\b[^<>]{0,500}>|<!--[^<>]{0,200}-->"
            + "|[\\[【〔［]\\s*(?:图片|图|照片|图表|image|img|photo|picture|figure|fig)\\s*\\d{0,3}\\s*[\\]】〕］]"
            + "|\\{\\d{1,4}\\}-{3,}))+\\s*$",
            Pattern.CASE_INSENSITIVE);

    private PlaceholderLines() {
    }

    static List<String> without(List<String> lines) {
        List<String> out = null;
        String lastText = "";
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            boolean placeholder = isPlaceholder(l) || isSpeck(l, lastText);
            if (!placeholder && !l.isBlank()) {
                lastText = l;
            }
            if (placeholder && out == null) {
                out = new ArrayList<>(lines.subList(0, i));
            }
            if (placeholder) {
                // why: between blank lines the line is a block of its own; the text around it was one gap apart
                if (!out.isEmpty() && out.get(out.size() - 1).isBlank() && i + 1 < lines.size() && lines.get(i + 1).isBlank()) {
                    i++;
                }
            } else if (out != null) {
                out.add(l);
            }
        }
        return out == null ? lines : out;
    }

    /** Marks OCR reads from the dots, edges and rules of a photo or box; with a letter, a line of them is a speck. */
    private static final String SPECK_MARKS = "■□▲△●○◆◇·•|丨¦~^`_";
    /** A speck is this short: a few letters and marks where a photo stood (i, J ·, I l), no word of the page. */
    private static final int SPECK_MAX_CHARS = 4;

    /**
     * Whether the line is OCR's reading of a photo or a drawn rule as a few stray letters and marks (i, J ·, 丨, ■,
     * I l, 、 '): at most four of them, no Chinese character or digit, at least one Latin letter, drawing mark, comma
     * or 、. Why:
     * such a line stands inside a column where a photo cuts it, or between articles, and read as text it breaks the
     * paragraph or opens an article. A line of punctuation alone (。 ” wrapped from the line above), a rule of
     * ---/***, a word ending a sentence (APP。) and a Latin word going on from the line above (iPhon | e) are text.
     */
    static boolean isSpeck(String line, String lastText) {
        int n = 0;
        boolean letterOrMark = false;
        int first = -1;
        int last = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (TextCleaner.isSpace(c)) {
                continue;
            }
            if (++n > SPECK_MAX_CHARS || Character.isDigit(c) || TextCleaner.isCjk(c) && c != '丨'
                    || TextCleaner.isTerminal(c) || c == '.' && last >= 0 && Character.isLetter(line.charAt(last))) {
                return false;
            }
            // a comma or 、 ends no paragraph, so a line of marks holding one is no wrapped end of the text above
            letterOrMark |= Character.isLetter(c) && !TextCleaner.isCjk(c) || SPECK_MARKS.indexOf(c) >= 0
                    || "、，,".indexOf(c) >= 0;
            first = first < 0 ? i : first;
            last = i;
        }
        if (!letterOrMark) {
            return false;
        }
        String t = line.strip();
        if (t.length() >= 3 && t.chars().allMatch(c -> c == t.charAt(0))) {
            return false;
        }
        String before = lastText.stripTrailing();
        return before.isEmpty() || !(TextCleaner.isAsciiAlnum(before.charAt(before.length() - 1))
                && Character.isLetter(line.charAt(first)));
    }

    static boolean isPlaceholder(String line) {
        int i = 0;
        while (i < line.length() && TextCleaner.isSpace(line.charAt(i))) {
            i++;
        }
        if (i == line.length() || "![<【〔［{".indexOf(line.charAt(i)) < 0) {
            return false;
        }
        return PLACEHOLDER.matcher(line).matches();
    }
}
