package news.xuhui.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Layout stage before the columns are read: a byline printed right of a headline, on its line, as layout-keeping
 * converters and OCR read it (河畔新添散步好去处&nbsp;&nbsp;&nbsp;&nbsp;本报记者 王某), is put on a line of its own under
 * the headline, and under a subtitle opening with a dash below it. Why: the later stages know a byline by its own
 * line; run on after the title it is read as part of the title and the article has no authors. The two are parted
 * by a wide gap (a tab, two or more spaces or an ideographic space) — a title may hold a single space. A line inside
 * columns printed side by side (a neighbour with a wide gap as well) is left to {@link SideBySideColumns}.
 */
final class TitleBylines {

    /** A wide gap inside a line: a tab, an ideographic space, or two spaces or more. */
    private static final Pattern GAP = Pattern.compile("[ \\u00a0]*(?:\\t|\\u3000|[ \\u00a0]{2})[\\s\\u3000]*");
    /** A headline is at most this wide beside its byline (in half-width columns: 40 Chinese characters). */
    static final int MAX_HEAD_WIDTH = 80;
    /** A subtitle's line: it opens with a dash (——访…, — 写在…). */
    private static final Pattern SUBTITLE = Pattern.compile("^[\\s\\u3000]*(?:——|—|--)");
    /** Marks a headline does not end with: the ends of sentences and clauses of running text. */
    private static final String TEXT_ENDS = "。，；、：:,;";

    private TitleBylines() {
    }

    static List<String> split(List<String> lines) {
        List<String> out = null;
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = headAndByline(lines.get(i));
            if (parts != null && !gapped(lines, i - 1) && !gapped(lines, i + 1)) {
                if (out == null) {
                    out = new ArrayList<>(lines.subList(0, i));
                }
                out.add(parts[0]);
                // a subtitle opening with a dash under the title is still the headline: the byline goes after it,
                // a blank line before it where the page sets blank lines between the headline's lines
                boolean blank = false;
                for (int next = subtitleAfter(lines, i); next > 0; next = subtitleAfter(lines, i)) {
                    blank = next > i + 1;
                    out.addAll(lines.subList(i + 1, next + 1));
                    i = next;
                }
                if (blank) {
                    out.add("");
                }
                out.add(parts[1]);
            } else if (out != null) {
                out.add(lines.get(i));
            }
        }
        return out == null ? lines : out;
    }

    /** The headline and the byline of a line that ends with a byline after a wide gap, or null. */
    static String[] headAndByline(String line) {
        String s = line.stripTrailing();
        Matcher m = GAP.matcher(s);
        int from = 0;
        while (m.find(from)) {
            String head = s.substring(0, m.start());
            String byline = s.substring(m.end());
            if (!head.isBlank() && BylineExtractor.bylineLine(byline) != null && headline(head)) {
                return new String[] {head, byline};
            }
            from = m.end();
        }
        return null;
    }

    private static boolean headline(String head) {
        String h = head.strip();
        return TextCleaner.cjkCount(h) >= 2 && TextCleaner.width(h) <= MAX_HEAD_WIDTH
                && TEXT_ENDS.indexOf(h.charAt(h.length() - 1)) < 0 && BylineExtractor.bylineLine(h) == null;
    }

    /** The index of a subtitle's line after line {@code i} and the blank lines after it, or -1. */
    private static int subtitleAfter(List<String> lines, int i) {
        int k = i + 1;
        while (k < lines.size() && lines.get(k).isBlank()) {
            k++;
        }
        return k < lines.size() && SUBTITLE.matcher(lines.get(k)).find() ? k : -1;
    }

    /** Whether line {@code i} (when it exists) has a wide gap between two pieces of text. */
    private static boolean gapped(List<String> lines, int i) {
        if (i < 0 || i >= lines.size()) {
            return false;
        }
        String s = lines.get(i).strip();
        return GAP.matcher(s).find();
    }
}
