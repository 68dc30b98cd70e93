package news.xuhui.parser;

import java.util.regex.Pattern;

/**
 * Page furniture printed inside the text flow that belongs to no article: stray page numbers, running column labels
 * (要闻, 城区新闻, 要闻·国内) repeated at column breaks, editor lines ((本版编辑 王某), 责任编辑：王某), end marks ((完)),
 * and picture captions (图为…, … 记者 王某 摄). Works on cleaned text; every test is anchored and bounded.
 */
final class Furniture {

    enum Kind { NONE, DROP, END }

    /** Column and page labels newspapers print as running heads; a line made only of these is a label. */
    private static final String LABEL_WORDS = "要闻|国内|国际|综合|综合新闻|简讯|快讯|资讯|新闻|本地|本地新闻|城区|城区新闻|区域|区域新闻|"
            + "社会|社会新闻|民生|时政|时事|经济|财经|文体|体育|文化|文娱|副刊|专版|专题|特刊|视点|关注|聚焦|评论|观点|广告|天下|"
            + "法治|教育|健康|科技|图片新闻|一周|街镇|社区|基层|党建|理论|声音|导读|本版导读|今日导读";
    private static final Pattern LABEL = Pattern.compile(
            "^(?:" + LABEL_WORDS + ")(?:[·•・|｜/／\\-—·]?(?:" + LABEL_WORDS + "))*$");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-－—~～·•]*(?:第?[A-Za-zＡ-Ｚ]?[0-9０-９]{1,3}(?:版|页)?)[-－—~～·•]*$");
    private static final String EDITOR_ROLE = "(?:本版|本期)?(?:责任编辑|责编|编辑|美编|美术编辑|校对|版式|组版|视觉|审校|审读|监制|制图)";
    private static final Pattern EDITOR = Pattern.compile(
            "^[（(【\\[]?(?:" + EDITOR_ROLE + "[：:/／]?[\\u4e00-\\u9fff]{2,4}[、，,／/]?)+(?:[\\u4e00-\\u9fff]{2,3})?[）)】\\]]?$");
    private static final Pattern END = Pattern.compile("^[（(【\\[]?(?:完|全文完|待续)[）)】\\]]?$");
    private static final Pattern CAPTION_START = Pattern.compile("^(?:图为|上图|下图|左图|右图|图片|图[：:/／]|图\\d{1,2}[：:])");
    private static final Pattern CAPTION_END = Pattern.compile(
            "(?:记者|通讯员|摄影|特约摄影|见习记者)?[\\u4e00-\\u9fff]{2,4}(?:[、/／][\\u4e00-\\u9fff]{2,4})?摄[）)]?$");

    private Furniture() {
    }

    static Kind classify(String cleaned) {
        int n = cleaned.length();
        if (n == 0 || n > 160) {
            return Kind.NONE;
        }
        if (n <= 12 && TextCleaner.cjkCount(cleaned) <= 2 && PAGE_NUMBER.matcher(cleaned).matches()
                || n <= 12 && LABEL.matcher(cleaned).matches()) {
            return Kind.DROP;
        }
        if (n <= 8 && END.matcher(cleaned).matches()) {
            return Kind.END;
        }
        if (n <= 40 && TextCleaner.containsAny(cleaned, "编校版视审监制") && EDITOR.matcher(cleaned).matches()
                && (TextCleaner.containsAny(cleaned, "（(【[：:/／") || cleaned.startsWith("责任编辑") || cleaned.startsWith("本版编辑")
                        || cleaned.startsWith("责编"))) {
            // role and names only, marked as such (brackets, a colon, or the unambiguous 责任编辑): 编辑部主任王某 is text
            return Kind.DROP;
        }
        if (isCaption(cleaned)) {
            return Kind.DROP;
        }
        return Kind.NONE;
    }

    /** A picture caption: starts like one (图为…) or ends with a photographer's credit (…记者 王某 摄). */
    static boolean isCaption(String cleaned) {
        if (cleaned.length() > 160) {
            return false;
        }
        if ("图上下左右".indexOf(cleaned.charAt(0)) >= 0 && cleaned.length() >= 6 && CAPTION_START.matcher(cleaned).find()) {
            return true;
        }
        if (cleaned.charAt(cleaned.length() - 1) != '摄' && !cleaned.endsWith("摄）") && !cleaned.endsWith("摄)")) {
            return false;
        }
        return CAPTION_END.matcher(cleaned).find();
    }

    /** A line that is only a page number (4, 第4版, A04, -4-): a folio. */
    static boolean isPageNumber(String cleaned) {
        return !cleaned.isEmpty() && cleaned.length() <= 12 && TextCleaner.cjkCount(cleaned) <= 2
                && PAGE_NUMBER.matcher(cleaned).matches();
    }

    /** A column label printed as a page's running head. */
    static boolean isLabel(String cleaned) {
        return cleaned.length() <= 12 && LABEL.matcher(cleaned).matches();
    }
}
