package news.xuhui.parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the bracketed page furniture printed inside the text flow: jump markers ((上接第1版), (下转第 2 版)),
 * teaser pointers ((详见第 8-9 版)) and source lines ((来源：区委办)). Works on cleaned text (no OCR spaces).
 */
final class JumpMarkerExtractor {

    enum Kind { CONTINUED_FROM, CONTINUED_TO, TEASER, SOURCE }

    /** One marker found in a line; {@code start}/{@code end} delimit it in the cleaned text. */
    record Marker(Kind kind, String value, int start, int end) {
    }

    private static final String NUM = "[0-9０-９一二三四五六七八九十]{1,3}";
    private static final String OPEN = "[（(〔\\[【]";
    private static final String CLOSE = "[）)〕\\]】]";
    private static final Pattern FROM = Pattern.compile(OPEN + "(?:上接|紧接|接)(?:第|本报)?(" + NUM + ")(?:版|页)" + CLOSE);
    private static final Pattern TO = Pattern.compile(OPEN + "(?:下转|转|续)(?:第|本报)?(" + NUM + ")(?:版|页)" + CLOSE);
    private static final Pattern SEE = Pattern.compile(
            OPEN + "(?:详见|详情见|全文见|见|下转|转)(?:第|本报)?(" + NUM + "(?:[-－—~～至、,，]" + NUM + ")*)(?:版|页)" + CLOSE);
    private static final Pattern SOURCE = Pattern.compile(OPEN + "(?:来源|稿件来源|供稿|来自)[：:]([^（）()]{1,40})" + CLOSE);
    /** A jump marker printed without brackets, alone on its line (下转第3版, 转第三版). */
    private static final Pattern BARE_TO = Pattern.compile("^(?:下转|转)(?:第|本报)?(" + NUM + ")(?:版|页)$");
    /** A jump marker run on at the end of a paragraph, after its last sentence (……。（下转第三版）). */
    private static final Pattern RUN_ON_TO = Pattern.compile(
            "(?<=[。！？!?”…])\\s*" + OPEN + "\\s*(?:下转|转|续)\\s*(?:第|本报)?\\s*(" + NUM + ")\\s*(?:版|页)\\s*" + CLOSE + "\\s*$");
    private static final Pattern SOURCE_LINE = Pattern.compile("^(?:来源|稿件来源)[：:]([^，。,]{1,30})$");

    private JumpMarkerExtractor() {
    }

    /** The first marker in {@code s}, preferring the earliest position; {@code null} when there is none. */
    static Marker find(String s) {
        if (s.length() < 4 || !TextCleaner.containsAny(s, "版页：:")) {
            return null;
        }
        Marker best = null;
        best = earliest(best, FROM, s, Kind.CONTINUED_FROM);
        best = earliest(best, TO, s, Kind.CONTINUED_TO);
        best = earliest(best, SOURCE, s, Kind.SOURCE);
        Matcher m = SEE.matcher(s);
        if (m.find() && (best == null || m.start() < best.start())) {
            String v = m.group(1);
            boolean range = v.matches(".*[-－—~～至、,，].*");
            boolean isTo = s.startsWith("下转", m.start() + 1) || s.startsWith("转", m.start() + 1);
            if (!isTo || range) {
                best = new Marker(Kind.TEASER, normalizePages(v), m.start(), m.end());
            }
        }
        if (best == null && s.length() <= 8) {
            Matcher bare = BARE_TO.matcher(s);
            if (bare.matches()) {
                return new Marker(Kind.CONTINUED_TO, bare.group(1), 0, s.length());
            }
        }
        if (best == null) {
            Matcher sl = SOURCE_LINE.matcher(s);
            if (sl.find()) {
                best = new Marker(Kind.SOURCE, sl.group(1).strip(), 0, s.length());
            }
        }
        return best;
    }

    /**
     * The jump marker that ends a paragraph's text after its last sentence, or null. Why: a marker run on after the
     * article's last words is wrapped with them and may break across printed lines ((下转第 | 三版)), so no line holds
     * it whole; only the rejoined paragraph does.
     */
    static Marker runOnJump(CharSequence paragraph) {
        int n = paragraph.length();
        if (n < 6 || "）)〕]】".indexOf(paragraph.charAt(n - 1)) < 0) {
            return null;
        }
        String tail = paragraph.subSequence(Math.max(0, n - 24), n).toString();
        Matcher m = RUN_ON_TO.matcher(tail);
        if (!m.find()) {
            return null;
        }
        int off = n - tail.length();
        return new Marker(Kind.CONTINUED_TO, m.group(1), off + m.start(), n);
    }

    private static Marker earliest(Marker best, Pattern p, String s, Kind kind) {
        Matcher m = p.matcher(s);
        if (m.find() && (best == null || m.start() < best.start())) {
            return new Marker(kind, m.group(1).strip(), m.start(), m.end());
        }
        return best;
    }

    static String normalizePages(String v) {
        StringBuilder b = new StringBuilder();
        for (String part : v.split("[-－—~～至、,，]")) {
            if (b.length() > 0) {
                b.append('-');
            }
            Integer n = pageNumber(part);
            b.append(n == null ? part : n.toString());
        }
        return b.toString();
    }

    /** Parses 2, ２ or 二/十二 as a page number. */
    static Integer pageNumber(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') {
                digits.append((char) ('0' + (c - '０')));
            } else if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        if (digits.length() > 0) {
            try {
                return Integer.parseInt(digits.length() > 6 ? digits.substring(0, 6) : digits.toString());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return chineseNumber(s);
    }

    static Integer chineseNumber(String s) {
        String d = "零一二三四五六七八九";
        int total = 0;
        int cur = 0;
        boolean any = false;
        for (char c : s.toCharArray()) {
            int i = d.indexOf(c);
            if (c == '〇') {
                i = 0;
            }
            if (i >= 0) {
                cur = i;
                any = true;
            } else if (c == '十') {
                total += (cur == 0 ? 1 : cur) * 10;
                cur = 0;
                any = true;
            } else if (c == '百') {
                total += (cur == 0 ? 1 : cur) * 100;
                cur = 0;
                any = true;
            } else {
                return null;
            }
        }
        return any ? total + cur : null;
    }
}
