package news.xuhui.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bylines and speaker headings. Works on text whose spaces are still in place (they separate the names):
 * 本报讯（仁达）…, 记者 姚丽敏 朱亮, an author line such as 区长 张三 under a title, and round-up headings such as
 * 区委书记 张三: that open a speaker's statement.
 */
final class BylineExtractor {

    /** Job titles a role ends with; the name follows the role. */
    static final String ROLE_WORDS = "副书记|党委书记|党组书记|支部书记|书记|副区长|区长|副市长|市长|县长|镇长|乡长|省长|州长|副主任|主任|"
            + "副主席|主席|副部长|部长|副局长|局长|处长|科长|副院长|院长|校长|副校长|委员|常委|秘书长|理事长|副理事长|董事长|总经理|"
            + "副总经理|经理|总裁|副总裁|主编|社长|厂长|所长|馆长|站长|队长|会长|副会长|行长|检察长|庭长|团长|政委|司令员|主持人|负责人|"
            + "总监|总工程师|总建筑师|建筑师|工程师|组长|村长|园长|领队|教授|研究员|专家|代表|发言人|干事|党组成员|成员|主任委员|"
            + "首席执行官|创始人|主理人|医生|教师|老师|律师|警官|民警|街道党工委书记|主任医师|法官|检察官";

    private static final String NAME = "[\\u4e00-\\u9fff]{1,3}(?:[·•][\\u4e00-\\u9fff]{1,6})?[\\u4e00-\\u9fff]?";
    private static final Pattern NEWS = Pattern.compile(
            "^\\s*本报(?:讯|消息|电)\\s*(?:[（(]([^）)]{1,40})[）)])?\\s*(.*)$", Pattern.DOTALL);
    private static final String BYLINE_ROLE = "(?:(?:本报|特约|见习|实习|首席)?(?:记者|通讯员|实习生|撰稿|撰文|摄影|作者|编辑|责编)"
            + "|(?:文字|文|图|摄)(?=\\s*[/／:：|｜]))";
    private static final Pattern BYLINE_LINE = Pattern.compile(
            "^\\s*" + BYLINE_ROLE + "\\s*[/／:：|｜]?\\s*(?:" + NAME + ")(?:[\\s、／/]+(?:" + BYLINE_ROLE
                    + "\\s*[/／:：]?\\s*)?" + NAME + ")*\\s*$");
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(?:据)?(新华社|中新社|中新网|人民网|央视网|本报)\\s*(?:[\\u4e00-\\u9fff]{2,8}\\s*)?[0-9０-９]{1,2}\\s*月\\s*"
                    + "[0-9０-９]{1,2}\\s*日\\s*(?:专)?电\\s*(?:[（(]([^）)]{1,40})[）)])?\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern REPORTED = Pattern.compile("\\s+(?:报道|报导)$");
    private static final Pattern CREDIT = Pattern.compile("^[（(]\\s*([^（）()]{2,36})\\s*[）)]$");
    private static final Pattern ROLE_ANY = Pattern.compile("(?:记者|通讯员|撰稿|撰文|摄影|作者)");
    private static final Pattern ROLE_TOKEN = Pattern.compile("^" + BYLINE_ROLE + "[/／:：|｜]?");
    private static final SuffixSet ROLE_SUFFIXES = new SuffixSet(ROLE_WORDS);
    private static final Pattern NAME_TOKEN = Pattern.compile("^" + NAME + "$");
    private static final Pattern HEADING_NAME = Pattern.compile("^(" + NAME + ")\\s*[:：]$");

    /** 本报讯 opener: authors from the brackets, the text after it. */
    record NewsByline(List<String> authors, String rest, String source) {
        NewsByline(List<String> authors, String rest) {
            this(authors, rest, null);
        }
    }

    /** A role-and-name heading: 徐汇区委书记 张三: */
    record Speaker(String role, String name) {
        String heading() {
            return role + " " + name;
        }
    }

    private BylineExtractor() {
    }

    static NewsByline newsByline(String spaced) {
        if (spaced.indexOf("电") > 0) {
            NewsByline wire = dateline(spaced);
            if (wire != null) {
                return wire;
            }
        }
        if (spaced.indexOf("本报") < 0 || spaced.indexOf("本报") > 3) {
            return null;
        }
        Matcher m = NEWS.matcher(spaced);
        if (!m.find()) {
            return null;
        }
        List<String> authors = m.group(1) == null ? List.of() : names(m.group(1));
        return new NewsByline(authors, m.group(2));
    }

    /**
     * A dateline that opens a story: 新华社北京3月5日电（记者 王某）…, 据新华社武汉3月5日电 …, 本报北京3月5日电 …,
     * 中新网上海3月5日电 …. The agency is the source (none for the paper's own 本报), the bracket holds the authors.
     */
    static NewsByline dateline(String spaced) {
        Matcher m = DATELINE.matcher(spaced);
        if (!m.find()) {
            return null;
        }
        String agency = m.group(1);
        List<String> authors = m.group(2) == null ? List.of() : names(m.group(2));
        String source = agency.equals("本报") ? null : agency;
        return new NewsByline(authors, m.group(3), source);
    }

    /** The dateline itself (agency, place, date and 电, spaces removed) of a line that opens with one, or null. */
    static String datelineHead(String spaced) {
        Matcher m = DATELINE.matcher(spaced);
        if (!m.find()) {
            return null;
        }
        int end = m.start(2) >= 0 ? m.start(2) : m.start(3);
        return spaced.substring(0, end).replaceAll("[\\s（(]+$", "").replaceAll("\\s+", "");
    }

    /** Trailing author credit on a line of its own after an item: （记者 王某）, （王某 李某）. */
    static List<String> trailingCredit(String spaced) {
        String s = spaced.strip();
        if (s.length() < 4 || s.length() > 40) {
            return null;
        }
        Matcher m = CREDIT.matcher(s);
        if (!m.matches()) {
            return null;
        }
        List<String> n = names(m.group(1));
        if (n.isEmpty()) {
            return null;
        }
        boolean role = ROLE_ANY.matcher(m.group(1)).find();
        if (!role) {
            for (String x : n) {
                if (x.length() > 3 || !Surnames.startsWithSurname(x) || HanlpSupport.contains(x)) {
                    return null;
                }
            }
        }
        return n;
    }

    /** A line that is only a byline (记者 姚丽敏 朱亮); returns the names or {@code null}. */
    static List<String> bylineLine(String spaced) {
        if (spaced.length() > 60) {
            return null;
        }
        // 报道 after the names (本报记者 王某 报道) is the verb of the credit, not a name
        String s = REPORTED.matcher(spaced.strip()).replaceFirst("");
        if (!BYLINE_LINE.matcher(s).matches()) {
            return null;
        }
        List<String> n = names(s);
        return n.isEmpty() ? null : n;
    }

    /** Names from a byline text: tokens split on spaces and separators, role words removed. */
    static List<String> names(String s) {
        List<String> out = new ArrayList<>();
        for (String tok : s.split("[\\s、，,／/|｜;；]+")) {
            String t = tok.strip();
            Matcher r = ROLE_TOKEN.matcher(t);
            while (r.find() && r.end() < t.length()) {
                t = t.substring(r.end());
                r = ROLE_TOKEN.matcher(t);
            }
            if (ROLE_TOKEN.matcher(t).matches() && ROLE_TOKEN.matcher(t).replaceFirst("").isEmpty()) {
                continue;
            }
            t = t.replaceAll("[:：]", "");
            if (t.length() >= 2 && t.length() <= 8 && NAME_TOKEN.matcher(t).matches()) {
                out.add(t);
            }
        }
        return out;
    }

    static boolean endsWithRole(String s) {
        return ROLE_SUFFIXES.endsAny(s);
    }

    /** A set of words and a test whether a text ends with one of them (a hash look-up per suffix length). */
    static final class SuffixSet {
        private final java.util.Set<String> words = new java.util.HashSet<>();
        private int maxLen;

        SuffixSet(String alternatives) {
            for (String w : alternatives.split("\\|")) {
                if (!w.isEmpty()) {
                    words.add(w);
                    maxLen = Math.max(maxLen, w.length());
                }
            }
        }

        boolean endsAny(String s) {
            int n = s.length();
            for (int k = 1; k <= maxLen && k <= n; k++) {
                if (words.contains(s.substring(n - k))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A short line "ROLE NAME" (no colon) such as an author line under a title. */
    static Speaker authorLine(String spaced) {
        String s = spaced.strip();
        if (s.length() > 40) {
            return null;
        }
        int sp = lastSpace(s);
        if (sp <= 0) {
            return null;
        }
        String role = s.substring(0, sp).strip();
        String name = s.substring(sp + 1).strip();
        if (NAME_TOKEN.matcher(name).matches() && name.length() <= 5 && plausibleRole(role)) {
            return new Speaker(TextCleaner.clean(role), name);
        }
        return null;
    }

    private static int lastSpace(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (TextCleaner.isSpace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    static boolean plausibleRole(String role) {
        String r = TextCleaner.clean(role);
        return r.length() >= 2 && r.length() <= 32 && !TextCleaner.containsAny(r, "，。,;；：:！？!?“”\"")
                && endsWithRole(r);
    }

    /** Speaker heading from two adjacent segments (role, name-with-colon); {@code null} if they are not one. */
    static Speaker speaker(String roleSegment, String nameSegment) {
        Matcher m = HEADING_NAME.matcher(nameSegment.strip());
        if (!m.matches() || !plausibleRole(roleSegment)) {
            return null;
        }
        String name = m.group(1);
        if (name.length() < 2 || name.length() > 5) {
            return null;
        }
        return new Speaker(TextCleaner.clean(roleSegment), name);
    }
}
