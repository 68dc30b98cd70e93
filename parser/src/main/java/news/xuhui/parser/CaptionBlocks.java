package news.xuhui.parser;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Layout stage after the columns are read: takes out the photo captions OCR reads where a photo stands, wrapped by the
 * column over several lines (图为居民在新开放的社区食堂 | 用餐。 本报记者 王某 摄), opened by the photo's pointer
 * (▲ 志愿者为老人讲解…), or only the photographer's credit ((摄影 王某)). Why: the other stages know a caption by
 * its one line (图为…, … 摄); the wrapped rest of one is read as text, and between two articles it opens an article
 * of its own or, standing between one article's last line and the next headline, hides that headline. A blank line
 * next to a caption goes with it when the caption stood between blank lines. Pages without captions pass unchanged.
 */
final class CaptionBlocks {

    /** A caption is this long at most (a sentence or two and the credit). */
    static final int MAX_CHARS = 90;
    /** A caption's first line: 图为…, 上图：…, or the pointer ▲/△ a paper prints before one. */
    private static final Pattern START = Pattern.compile("^(?:图为|上图|下图|左图|右图|图[：:]|[▲△]\\s*\\S)");
    /** A photographer's credit on a line of its own: (摄影 王某), 摄影：王某, (图/王某). */
    private static final Pattern CREDIT = Pattern.compile(
            "^[（(]?(?:摄影|图片|图|供图)[：:/／\\s]*[\\u4e00-\\u9fff]{2,4}(?:[、\\s][\\u4e00-\\u9fff]{2,4})?[）)]?$");

    /** The photographer's credit after a caption's sentence: 本报记者 王某 摄, 通讯员 王某 摄, 新华社发. */
    private static final Pattern CREDIT_START = Pattern.compile("^(?:本报|记者|通讯员|摄影|特约|见习|实习|新华社|图/)");

    private CaptionBlocks() {
    }

    static List<String> without(List<String> lines) {
        return LineRuns.rewrite(lines, CaptionBlocks::caption, (out, all, start, end) -> {
            // why: between blank lines the caption is a block of its own; the text around it was one gap apart
            boolean blankBefore = !out.isEmpty() && out.get(out.size() - 1).isBlank();
            int next = end + 1;
            if (blankBefore && next < all.size() && all.get(next).isBlank()) {
                next++;
            }
            return next;
        });
    }

    /** The index of the caption's last line when a caption starts at line {@code i}, or -1. */
    private static int caption(List<String> lines, int i) {
        String t = TextCleaner.clean(lines.get(i).strip());
        if (t.isEmpty()) {
            return -1;
        }
        if (t.length() <= 16 && CREDIT.matcher(t).matches()) {
            return i;
        }
        if (!START.matcher(t).find()) {
            return -1;
        }
        int chars = t.length();
        int k = i;
        while (!ends(t)) {
            if (runsOn(t)) {
                return -1;
            }
            // the caption goes on on the next printed line (past one blank line, in a column that sets one after each)
            int next = k + 1;
            if (next < lines.size() && lines.get(next).isBlank()) {
                next++;
            }
            if (next >= lines.size() || lines.get(next).isBlank()) {
                return -1;
            }
            t = TextCleaner.clean(lines.get(next).strip());
            chars += t.length();
            if (chars > MAX_CHARS) {
                return -1;
            }
            k = next;
        }
        return k;
    }

    /**
     * Whether the line ends a sentence inside and goes on with more words: a caption's sentence is followed by
     * nothing but its credit, so this is a paragraph that happens to open like a caption.
     */
    private static boolean runsOn(String t) {
        for (int i = 0; i + 1 < t.length(); i++) {
            if ("。！？".indexOf(t.charAt(i)) >= 0 && !TextCleaner.isCloser(t.charAt(i + 1))) {
                return !CREDIT_START.matcher(t.substring(i + 1).strip()).find();
            }
        }
        return false;
    }

    /** Whether a caption ends with the line: after a sentence, or with the photographer's credit (… 摄, （新华社发）). */
    private static boolean ends(String t) {
        return TextCleaner.endsSentence(t) || t.endsWith("摄") || t.endsWith("摄）") || t.endsWith("摄)")
                || t.endsWith("发）") || t.endsWith("发)") || t.endsWith("供图");
    }
}
