package news.xuhui.parser;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the masthead at the top of a page: paper name, date with weekday and lunar date, issue numbers, page count,
 * plus furniture to skip (URL, permit number, the paper name in Latin letters). Only an uninterrupted run of such
 * lines at the top counts, so body text is never consumed.
 */
final class MastheadParser {

    /** The edition found and how many leading raw lines it used. */
    record Result(Edition edition, int linesUsed, java.util.Set<String> labels) {
        Result(Edition edition, int linesUsed) {
            this(edition, linesUsed, java.util.Set.of());
        }
    }

    private static final Pattern PAGE_COUNT = Pattern.compile("(?:本期|今日|本报今日|共)(\\d{1,3})(?:版|个版)");
    private static final Pattern TOTAL = Pattern.compile("[（(]?总第(\\d{1,6})期[）)]?");
    private static final Pattern ISSUE = Pattern.compile("(?<!总)第(\\d{1,4})期");
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern NUM_DATE = Pattern.compile("(?<!\\d)(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d月])(\\d{4})年(?!\\d{1,2}月)");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<!年)(\\d{1,2})月(\\d{1,2})日");
    private static final Pattern WEEKDAY = Pattern.compile("(星期[一二三四五六日天]|礼拜[一二三四五六日天]|周[一二三四五六日])");
    private static final Pattern LUNAR = Pattern.compile(
            "(?:农历)?([甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年(?:闰)?[正一二三四五六七八九十冬腊]{1,2}月[初十廿卅一二三四五六七八九十]{1,3}(?:日)?)");
    private static final Pattern URL = Pattern.compile("<?(?:https?://|www\\.)[\\w./:%?=&#~-]+>?");
    private static final Pattern PERMIT = Pattern.compile(
            "(?:准印证号|准印证|国内统一连续出版物号|国内统一刊号|统一刊号|刊号|邮发代号|CN)[：:]?[\\w()（）/-]*");
    // not the page of a jump marker ((上接第1版) right under the masthead), which names another page
    private static final Pattern PAGE = Pattern.compile(
            "(?:(?<![接转续])第(\\d{1,3})版|(?<![\\d本期共第接转续])([A-Z]?)(\\d{1,2})版)");
    /** A page in Chinese numerals (第四版, 第十二版), as some running heads print it; not a jump marker's. */
    private static final Pattern PAGE_CN = Pattern.compile("(?<![接转续])第([一二三四五六七八九十]{1,3})版");
    private static final Pattern EDGE_FOLIO = Pattern.compile(
            "^([A-Z]?[0-9]{1,2})(?:\\s{2,}|\\s*[|｜]\\s*)|(?:\\s{2,}|\\s*[|｜]\\s*)([A-Z]?[0-9]{1,2})$");
    private static final Pattern PAPER_REF = Pattern.compile("《([^》]{1,10}(?:报|刊))》(?:数字报|电子版|数字版)?");
    private static final Pattern LATIN = Pattern.compile("^[A-Z][A-Z .'-]{2,40}$");
    private static final Pattern PAPER_NAME = Pattern.compile("^[\\u4e00-\\u9fff]{1,10}(?:报|刊)$");
    private static final Pattern EDITORS = Pattern.compile(
            "(?:责任编辑|本版编辑|责编|编辑|美编|美术编辑|校对|版式|组版|视觉|审校)[：:/／]?[\\u4e00-\\u9fff]{2,3}?"
                    + "(?=责任编辑|本版编辑|责编|编辑|美编|美术编辑|校对|版式|组版|视觉|审校|[\\s|｜/／]|$)");
    private static final Pattern LABEL = Pattern.compile("^[\\u4e00-\\u9fff·•]{2,8}$");
    private static final Pattern FILLER = Pattern.compile("^[\\s,，.。:：;；|｜/\\-—_·()（）\\[\\]]*$");

    /** A folio printed between dashes (— 4 —, -4-): a page foot, never a piece of text. */
    private static final Pattern FOLIO = Pattern.compile("^[-－—–]+\\s*[0-9０-９]{1,3}\\s*[-－—–]+$");

    private MastheadParser() {
    }

    /**
     * Whether a line below the masthead is a running head or foot: made only of masthead fields (date, weekday, page,
     * editors, the paper's name, issue numbers), at least two of them and the date or the page among them, or a folio
     * between dashes. Why: a page scanned or converted whole repeats its running head at the top of each column and
     * prints the folio at its foot; in the flow of text such a line cuts a paragraph in two, so it is taken out of the
     * flow altogether (not left as a blank line that would end the paragraph).
     */
    static boolean isRunningHead(String line) {
        String raw = TextCleaner.stripInvisible(line).strip();
        if (raw.isEmpty() || raw.length() > 80 || raw.chars().noneMatch(c -> c >= '0' && c <= '9' || c >= '０' && c <= '９')
                && !PAGE_CN.matcher(raw).find()) {
            return false; // every running head and folio has a date or a page number (in digits or 第四版)
        }
        if (TextCleaner.containsAny(raw, "，。；、！？")) {
            return false; // a running head parts its fields by spaces or bars; a line of a column with a date has marks
        }
        if (FOLIO.matcher(raw).matches()) {
            return true;
        }
        String rest = TextCleaner.removeOcrSpaces(raw.replaceFirst("^#+\\s*", ""));
        int fields = 0;
        boolean anchored = false;
        Matcher m;
        // a bare page number set apart at the line's start or end (04  要闻  2020年5月4日): the folio as one field;
        // it is told apart by the spaces around it, which removing OCR spaces loses
        if ((m = EDGE_FOLIO.matcher(raw)).find()) {
            String folio = m.group(1) != null ? m.group(1) : m.group(2);
            if (m.group(1) != null && rest.startsWith(folio)) {
                rest = rest.substring(folio.length());
                fields++;
            } else if (m.group(2) != null && rest.endsWith(folio)) {
                rest = rest.substring(0, rest.length() - folio.length());
                fields++;
            }
        }
        for (Pattern p : new Pattern[] {FULL_DATE, NUM_DATE, PAGE, PAGE_CN}) {
            if ((m = p.matcher(rest)).find()) {
                rest = cut(rest, m);
                fields++;
                anchored = true;
            }
        }
        for (Pattern p : new Pattern[] {WEEKDAY, LUNAR, PAGE_COUNT, TOTAL, ISSUE, PAPER_REF}) {
            if ((m = p.matcher(rest)).find()) {
                rest = cut(rest, m);
                fields++;
            }
        }
        boolean editors = false;
        while ((m = EDITORS.matcher(rest)).find()) {
            rest = cut(rest, m);
            editors = true;
        }
        fields += editors ? 1 : 0;
        String left = rest.replace("农历", "").replaceAll("[\\s|｜·]+", "");
        String latinless = left.replaceAll("[A-Z]{2,}", "");
        if (latinless.length() < left.length() && PAPER_NAME.matcher(latinless).matches()) {
            left = latinless; // the paper's name with its name in Latin capitals (徐汇报 XUHUI BAO), as mastheads print it
        }
        if (!left.isEmpty() && (PAPER_NAME.matcher(left).matches() || LABEL.matcher(left).matches())) {
            // the paper's name or the page's column label beside them
            fields++;
            left = "";
        }
        return anchored && fields >= 2 && FILLER.matcher(left).matches();
    }

    static Result parse(List<String> rawLines) {
        String paper = null;
        String date = null;
        String weekday = null;
        String lunar = null;
        Integer issue = null;
        Integer total = null;
        Integer pageCount = null;
        Integer page = null;
        String year = null;
        String monthDay = null;
        int fields = 0;
        java.util.Set<String> labels = new java.util.HashSet<>();
        int used = 0;
        int seen = 0;
        for (int i = 0; i < rawLines.size() && seen < 30; i++) {
            String raw = TextCleaner.stripInvisible(rawLines.get(i)).strip();
            if (raw.isEmpty()) {
                continue;
            }
            seen++;
            boolean heading = raw.startsWith("#");
            String s = TextCleaner.removeOcrSpaces(raw.replaceFirst("^#+\\s*", ""));
            if (s.length() > 80) {
                break;
            }
            String rest = s;
            boolean matched = false;
            Matcher m;
            if ((m = PAGE_COUNT.matcher(rest)).find()) {
                pageCount = Integer.valueOf(m.group(1));
                rest = cut(rest, m);
                matched = true;
            }
            if ((m = TOTAL.matcher(rest)).find()) {
                total = Integer.valueOf(m.group(1));
                rest = cut(rest, m);
                matched = true;
            }
            if ((m = ISSUE.matcher(rest)).find()) {
                issue = Integer.valueOf(m.group(1));
                rest = cut(rest, m);
                matched = true;
            }
            if ((m = LUNAR.matcher(rest)).find()) {
                lunar = m.group(1);
                rest = cut(rest, m);
                matched = true;
            }
            if ((m = FULL_DATE.matcher(rest)).find() || (m = NUM_DATE.matcher(rest)).find()) {
                date = iso(m.group(1), m.group(2), m.group(3));
                rest = cut(rest, m);
                matched = true;
            }
            if ((m = YEAR.matcher(rest)).find()) {
                year = m.group(1);
                rest = cut(rest, m);
                matched = true;
            }
            if ((m = MONTH_DAY.matcher(rest)).find()) {
                monthDay = m.group(1) + "-" + m.group(2);
                rest = cut(rest, m);
                matched = true;
            }
            if ((m = WEEKDAY.matcher(rest)).find()) {
                weekday = m.group(1);
                rest = cut(rest, m);
                matched = true;
            }
            if ((m = URL.matcher(rest)).find()) {
                rest = cut(rest, m);
                matched = true;
            }
            if ((m = PAPER_REF.matcher(rest)).find()) {
                if (paper == null) {
                    paper = simplified(m.group(1));
                }
                rest = cut(rest, m);
                matched = true;
            }
            if ((m = PERMIT.matcher(rest)).find() && m.end() - m.start() >= 2) {
                rest = cut(rest, m);
                matched = true;
            }
            boolean editors = false;
            while ((m = EDITORS.matcher(rest)).find()) {
                rest = cut(rest, m);
                editors = true;
            }
            matched |= editors;
            if ((m = PAGE.matcher(rest)).find() && rest.strip().length() <= 12) {
                page = Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(3));
                rest = cut(rest, m);
                matched = true;
                // the column label printed beside the page number (A3版 城区新闻) recurs as a running head
                String label = rest.strip();
                if (LABEL.matcher(label).matches()) {
                    labels.add(label);
                    rest = "";
                }
            }
            rest = rest.replace("农历", "");
            // the paper's name on the line of its date (云溪日报 2024年3月8日 星期五), as PDF running heads print it
            String named = TextCleaner.removeOcrSpaces(rest).replaceAll("[\\s|｜·]+", "");
            if (matched && PAPER_NAME.matcher(named).matches()) {
                if (paper == null) {
                    paper = simplified(named);
                }
                rest = "";
            }
            if (!matched && LATIN.matcher(raw).matches()) {
                rest = "";
                matched = true;
            }
            String simple = matched || s.length() > 8 ? s : simplified(s);
            if (!matched && PAPER_NAME.matcher(simple).matches() && (heading || fields > 0 || seen <= 3)) {
                paper = simple;
                rest = "";
                matched = true;
            }
            if (!matched || !FILLER.matcher(rest).matches()) {
                break;
            }
            fields++;
            used = i + 1;
        }
        if (date == null && year != null && monthDay != null) {
            String[] md = monthDay.split("-");
            date = iso(year, md[0], md[1]);
        }
        int found = (paper != null ? 1 : 0) + (date != null ? 1 : 0) + (weekday != null ? 1 : 0)
                + (lunar != null ? 1 : 0) + (issue != null ? 1 : 0) + (total != null ? 1 : 0)
                + (pageCount != null ? 1 : 0);
        if (found < 2) {
            return new Result(null, 0);
        }
        if (page == null && (pageCount != null || paper != null)) {
            page = 1;
        }
        return new Result(new Edition(paper, date, weekday, lunar, issue, total, pageCount, page), used, labels);
    }

    private static String cut(String s, Matcher m) {
        return s.substring(0, m.start()) + " " + s.substring(m.end());
    }

    private static String iso(String y, String mo, String d) {
        int month = Integer.parseInt(mo);
        int day = Integer.parseInt(d);
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        return String.format("%s-%02d-%02d", y, month, day);
    }

    private static String simplified(String s) {
        return HanlpSupport.toSimplified(s);
    }
}
