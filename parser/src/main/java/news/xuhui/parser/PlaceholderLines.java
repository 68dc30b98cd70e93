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
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            boolean placeholder = isPlaceholder(l);
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
