package news.xuhui.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines of one page in order and rebuilds its articles the way an editor would: headline zones become
 * headline blocks, broken lines are rejoined with the paragraph they continue (even when another column's text
 * came in between), markers and bylines are lifted out, speaker headings open sections. Every step is linear in the
 * size of the page (look-ups are bounded), so any input finishes in bounded time.
 */
final class PageAssembler {



    private enum Follow { BODY, NEWS, TEASER, MARKER, SPEAKER, EOF }

    private static final Pattern MARKDOWN = Pattern.compile("^(#{1,6})\\s*(.*)$");
    private static final int HEADLINE_MAX = 40;
    private static final int NARROW = 30;
    private static final int MAX_OPEN = 12;
    private static final int MAX_RECENT_ARTICLES = 12;
    private static final int ORPHAN_REACH = 12;

    private final List<String> lines;
    private final Set<Integer> headlineLines;
    private final Set<Integer> breaks;
    private final Set<Integer> bodyLines;
    private final Set<Integer> pageEndLines;
    private final Set<Integer> columnLines;
    private final Set<Integer> subheadLines;
    private final int[] widthAt;
    /** The page sets no blank line inside an article: a blank line is the gap between two (see PrintedLine). */
    private final boolean blanksPartArticles;
    /** The page printed a byline over its first headline, and so prints its bylines over headlines. */
    private boolean bylinesOverHeadlines;
    private final List<ArticleDraft> articles = new ArrayList<>();
    private final List<Teaser> teasers = new ArrayList<>();
    private final List<ArticleDraft.Para> openParas = new ArrayList<>();
    private final List<Orphan> orphans = new ArrayList<>();

    /** Text of another column read inside a wide line, and how many articles existed when it was read. */
    private record Orphan(String text, int articleIndex) {
    }
    private final List<ZoneLine> zone = new ArrayList<>();
    private final List<List<ArticleDraft>> groups = new ArrayList<>();
    private ArticleDraft cur;
    /** Whether a line of the open headline zone was printed with a bullet (■ 标题): a headline, not body text. */
    private boolean zoneBulleted;
    private ArticleDraft.Para last;
    /** A headline block read inside a running paragraph, waiting for the article it belongs to. */
    private ArticleDraft.Headline pendingHeadline;
    /** The article whose broken paragraph the waiting headline was printed in, and its paragraph count then. */
    private ArticleDraft pendingHost;
    private int pendingFrom;

    /** Running heads of this page (from the masthead, or short label lines printed more than once). */
    private final Set<String> furniture = new HashSet<>();

    PageAssembler(List<String> lines) {
        this(lines, Set.of());
    }

    PageAssembler(List<String> lines, Set<String> labels) {
        this(lines, labels, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    /**
     * @param headlineLines lines the layout stages found to be headlines on clear evidence
     * @param breaks        lines that start another article although no headline says so
     * @param bodyLines     lines that are paragraph text on clear evidence
     * @param pageEndLines  headline-like lines printed together after the last text
     * @param columnLines   lines of a narrow column the layout stages did not take for headlines
     * @param subheadLines  numbered or marked subheads inside a running article: text, each its own paragraph
     */
    PageAssembler(List<String> lines, Set<String> labels, Set<Integer> headlineLines, Set<Integer> breaks,
            Set<Integer> bodyLines, Set<Integer> pageEndLines, Set<Integer> columnLines, Set<Integer> subheadLines) {
        this.subheadLines = subheadLines;
        this.pageEndLines = pageEndLines;
        this.columnLines = columnLines;
        this.lines = lines;
        this.headlineLines = headlineLines;
        this.breaks = breaks;
        this.bodyLines = bodyLines;
        this.widthAt = new int[lines.size()];
        this.furniture.addAll(labels);
        List<PrintedLine> printed = new ArrayList<>(lines.size());
        boolean blank = true;
        for (String s : lines) {
            PrintedLine l = PrintedLine.of(s, blank);
            blank = l.empty();
            printed.add(l);
        }
        this.blanksPartArticles = PrintedLine.blanksAreRare(printed);
        java.util.Map<String, Integer> shortLines = new java.util.HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String c = TextCleaner.clean(lines.get(i));
            widthAt[i] = c.length();
            if (c.length() >= 2 && c.length() <= 8 && TextCleaner.cjkCount(c) >= 2 && !c.startsWith("#")
                    && !TextCleaner.containsAny(c, PUNCT_ANY)) {
                if (shortLines.merge(c, 1, Integer::sum) == 2) {
                    furniture.add(c);
                }
            }
        }
    }

    private static final String PUNCT_ANY = "，。；：、！？,.;:!?（）()“”\"《》";
    private static final String BULLETS = "■□◆◇▲△▼▽●★☆▶►※◎";
    private static final Pattern ORDINAL = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[部分章节条篇]?[，、：:]?"
                    + "|[0-9]{1,2}[、．](?![0-9])|[0-9]{1,2}\\.(?![0-9])|[①-⑳])");
    /**
     * The label of a box papers print with an article, after its text: related facts, the reporter's or editor's
     * notes, background, a glossary (相关链接, 记者手记, 编后, 延伸阅读, 小贴士), alone on its line, in brackets or not.
     */
    static final Pattern BOX_LABEL = Pattern.compile("^[【\\[〔（(]?(?:相关链接|新闻链接|背景链接|知识链接|链接|延伸阅读|相关阅读"
            + "|记者手记|采访手记|编辑手记|记者观察|编后|编后语|编后记|小贴士|温馨提示|名词解释|背景资料)[】\\]〕）)]?[：:]?$");
    /** How an editor's note opens the text of the article it stands over. */
    private static final Pattern EDITORS_NOTE = Pattern.compile("^[【\\[〔（(]?编者按[】\\]〕）)]?[：:]?");

    /** How a news lead opens: a date or time word and a comma (3月7日上午，), 本报…, 记者从…, 新华社…. */
    static final Pattern LEAD_START = Pattern.compile(
            "^(?:(?:[0-9]{1,2}月[0-9]{1,2}日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日"
                    + "|近日|日前|近期|昨天|昨日|今天|今日|当天|当日|近年来)(?:上午|下午|晚上|晚间|早上|清晨|凌晨|中午|傍晚|晚|起|以来)?"
                    + "(?:[0-9]{1,2}(?:时|点)(?:[0-9]{1,2}分)?(?:许)?)?[，,]|本报|记者从|记者近日|记者日前|新华社|据悉|据了解)");
    /** Below this share of its bigrams found in the item's lead, a headline carried over from the item before is dropped. */
    private static final double INHERIT_MIN = 0.4;
    /**
     * A credit line under a feature or a chart: one or more production roles, each with a colon and who did it (策划：…
     * 制图：…, 资料来源：…), and no sentence in it.
     */
    private static final String CREDIT_ROLE = "(?:采访整理|文字整理|整理|内容统筹|统筹|总策划|策划|撰文|文字|执笔|图表设计|版式设计|"
            + "视觉设计|设计|制图|绘图|插图|漫画|摄影|摄像|数据来源|资料来源|数据支持|技术支持)";
    static final Pattern CREDIT_LINE = Pattern.compile(
            "^" + CREDIT_ROLE + "[：:][^，。；;！？!?：:]{2,30}(?:" + CREDIT_ROLE + "[：:][^，。；;！？!?：:]{2,30})*$");

    /**
     * @param articles        the articles, in reading order
     * @param teasers         front-page pointers
     * @param droppedHeadlines headlines that matched no text and were left out
     */
    record Result(List<ArticleDraft> articles, List<Teaser> teasers, List<String> droppedHeadlines) {
    }

    Result run(int firstLine) {
        for (int i = firstLine; i < lines.size(); i++) {
            line(i);
        }
        flushZone(Follow.EOF, null, lines.size());
        if (pendingHeadline != null && !quotationRoundUp()) {
            newArticle().setHeadline(pendingHeadline);
        }
        pendingHeadline = null;
        attachOrphans();
        splitGroups();
        dropUnrelatedInheritedHeadlines();
        List<ArticleDraft> out = new ArrayList<>();
        for (ArticleDraft a : articles) {
            if (a.hasBody() || a.hasHeadline() && !a.sections.isEmpty()) {
                out.add(a);
            } else if (a.hasHeadline()) {
                droppedHeadlines.add(String.join(" ", nonNull(a.kicker, a.title, a.subtitle)));
            }
        }
        return new Result(out, teasers, droppedHeadlines);
    }

    private final List<String> droppedHeadlines = new ArrayList<>();

    private static List<String> nonNull(String... xs) {
        List<String> out = new ArrayList<>();
        for (String x : xs) {
            if (x != null) {
                out.add(x);
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- line dispatch

    private void line(int i) {
        String spaced = TextCleaner.stripInvisible(lines.get(i)).strip();
        if (spaced.isEmpty()) {
            return;
        }
        Matcher md = MARKDOWN.matcher(spaced);
        if (md.matches() && !md.group(2).isBlank()) {
            String text = stripBullet(TextCleaner.clean(md.group(2)).replaceAll("#+$", "").strip());
            if (!text.isEmpty() && text.length() <= 120) {
                if (isFurniture(text) != Furniture.Kind.NONE) {
                    return;
                }
                if (zone.isEmpty() && cur != null && !cur.closed && cur.hasBody() && (ORDINAL.matcher(text).find()
                        || bulletedSubhead(md.group(2), text, i))) {
                    // a numbered subhead inside a running article (### 一、…) stays in the article, as its own paragraph;
                    // so does a heading after a block mark (### ■…) with text, not another heading, under it
                    replay(List.of(new ZoneLine(ZoneLine.Kind.HEADING, md.group(1).length(), md.group(2), text, null, i)), true);
                    return;
                }
                zone.add(new ZoneLine(ZoneLine.Kind.HEADING, md.group(1).length(), md.group(2), text, null, i));
                return;
            }
            spaced = md.group(2);
        }
        String cleaned = TextCleaner.clean(spaced);
        if (cleaned.isEmpty()) {
            return;
        }
        if (BOX_LABEL.matcher(cleaned).matches() && zone.isEmpty() && cur != null && !cur.closed && cur.hasBody()) {
            // the label of a box printed with the running article (相关链接, 记者手记, 延伸阅读): its text, a paragraph of
            // its own (no sentence runs on into it), never a headline, a byline or a running head however often the
            // page repeats it
            if (last != null && last.open()) {
                last.forcedClosed = true;
                openParas.remove(last);
            }
            replay(List.of(new ZoneLine(ZoneLine.Kind.PLAIN, 0, spaced, cleaned, null, i)), true);
            return;
        }
        if (subheadLines.contains(i) && zone.isEmpty() && cur != null && !cur.closed && cur.hasBody()) {
            // a numbered or marked subhead inside the running article stays in it, as its own paragraph
            replay(List.of(new ZoneLine(ZoneLine.Kind.PLAIN, 0, spaced, cleaned, null, i)), true);
            return;
        }
        if (BULLETS.indexOf(cleaned.charAt(0)) >= 0) {
            String rest = stripBullet(cleaned);
            if (rest.isEmpty()) {
                return;
            }
            if (isHeadlineCandidate(rest)) {
                spaced = stripBullet(spaced);
                cleaned = rest;
                if (atBoundary()) {
                    zone.add(new ZoneLine(ZoneLine.Kind.PLAIN, 0, spaced, cleaned, null, i));
                    zoneBulleted = true;
                    return;
                }
            }
        }
        Furniture.Kind fk = isFurniture(cleaned);
        if (fk == Furniture.Kind.DROP) {
            return;
        }
        if (fk == Furniture.Kind.END) {
            if (zone.isEmpty() && last != null && !last.open()) {
                close(last.article);
            }
            return;
        }
        JumpMarkerExtractor.Marker mk = JumpMarkerExtractor.find(cleaned);
        if (mk != null && mk.kind() == JumpMarkerExtractor.Kind.SOURCE && mk.start() == 0) {
            // a bare 来源：… line that completes a role of the credit line above it (数据|来源：…, 资料|来源：…): the
            // column broke the credit line there, it is no source line of its own
            ZoneLine above = zone.isEmpty() ? null : zone.get(zone.size() - 1);
            if (above != null && above.kind() == ZoneLine.Kind.PLAIN
                    && CREDIT_LINE.matcher(above.text() + cleaned).matches()) {
                zone.add(new ZoneLine(ZoneLine.Kind.PLAIN, 0, spaced, cleaned, null, i));
                return;
            }
        }
        if (mk != null) {
            marker(mk, cleaned, i);
            return;
        }
        if (headlineLines.contains(i) || pageEndLines.contains(i)) {
            zone.add(new ZoneLine(ZoneLine.Kind.PLAIN, 0, spaced, cleaned, null, i));
            return;
        }
        if (zone.isEmpty() && last != null && !last.open() && (cleaned.charAt(0) == '（' || cleaned.charAt(0) == '(')) {
            List<String> credit = BylineExtractor.trailingCredit(spaced);
            if (credit != null) {
                for (String n : credit) {
                    if (!last.article.authors.contains(n)) {
                        last.article.authors.add(n);
                    }
                }
                close(last.article);
                return;
            }
        }
        if (!zone.isEmpty() && EDITORS_NOTE.matcher(cleaned).find()) {
            // an editor's note (编者按：…) opens the text of an article as a dateline does: the lines over it are its
            // headline, not text running into it
            flushZone(Follow.NEWS, null, i);
            body(spaced, cleaned, i);
            return;
        }
        BylineExtractor.NewsByline nb = BylineExtractor.newsByline(spaced);
        if (nb != null && repeatsDateline(spaced, nb)) {
            // the same dateline again inside a running story with no headline between: a round-up of several events
            // reported under one headline (…分别同甲、乙通电话), one article; the line is its text
            breaks.remove(i);
            flushZone(Follow.BODY, cleaned, i);
            body(spaced, cleaned, i);
            return;
        }
        if (nb != null) {
            flushZone(Follow.NEWS, null, i);
            startNewsArticle(nb.authors(), BylineExtractor.datelineHead(spaced));
            if (nb.source() != null && cur.source == null) {
                cur.source = nb.source();
                cur.sourceFromDateline = true;
            }
            String rest = TextCleaner.clean(nb.rest());
            if (!rest.isEmpty()) {
                body(nb.rest(), rest, i);
            }
            return;
        }
        List<String> names = BylineExtractor.bylineLine(spaced);
        if (names != null && closingByline(i)) {
            for (String n : names) {
                if (!last.article.authors.contains(n)) {
                    last.article.authors.add(n);
                }
            }
            close(last.article);
            return;
        }
        if (names != null) {
            bylinesOverHeadlines |= last == null && zone.isEmpty() && articles.isEmpty();
            zone.add(new ZoneLine(ZoneLine.Kind.BYLINE, 0, spaced, cleaned, names, i));
            return;
        }
        if (speakerLine(spaced, i)) {
            return;
        }
        if (!zone.isEmpty()) {
            BylineExtractor.Speaker author = BylineExtractor.authorLine(spaced);
            if (author != null && lastZoneIsHeadline()) {
                zone.add(new ZoneLine(ZoneLine.Kind.AUTHOR, 0, spaced, cleaned, List.of(author.name()), i));
                return;
            }
        }
        if (isHeadlineCandidate(cleaned) && atBoundary() && !bodyLines.contains(i)) {
            zone.add(new ZoneLine(ZoneLine.Kind.PLAIN, 0, spaced, cleaned, null, i));
            return;
        }
        if (quotedTitleUnderKicker(cleaned)) {
            zone.add(new ZoneLine(ZoneLine.Kind.PLAIN, 0, spaced, cleaned, null, i));
            return;
        }
        if (commaKicker(cleaned, i)) {
            zone.add(new ZoneLine(ZoneLine.Kind.PLAIN, 0, spaced, cleaned, null, i));
            return;
        }
        flushZone(Follow.BODY, cleaned, i);
        body(spaced, cleaned, i);
    }

    /**
     * A quotation on a line of its own (“……”, commas allowed, no sentence end inside) right under a kicker that runs
     * into its title (某地——, 某某：) is that title: why: the kicker promises a title, and a quoted first line of text
     * would go on after its closing mark.
     */
    private static boolean quotedTitleUnder(String kicker, String cleaned) {
        return (kicker.endsWith("——") || TextCleaner.endsWithColon(kicker)) && cleaned.length() >= 4
                && cleaned.length() <= HEADLINE_MAX && cleaned.startsWith("“") && cleaned.indexOf('”') == cleaned.length() - 1
                && !TextCleaner.containsAny(cleaned, "。；;");
    }

    private boolean quotedTitleUnderKicker(String cleaned) {
        if (zone.isEmpty() || cleaned.length() < 4 || cleaned.length() > HEADLINE_MAX || !cleaned.startsWith("“")
                || !cleaned.endsWith("”") || cleaned.indexOf('”') != cleaned.length() - 1
                || TextCleaner.containsAny(cleaned, "。；;")) {
            return false;
        }
        ZoneLine z = zone.get(zone.size() - 1);
        return (z.kind() == ZoneLine.Kind.PLAIN || z.kind() == ZoneLine.Kind.HEADING)
                && (z.text().endsWith("——") || TextCleaner.endsWithColon(z.text()));
    }

    /**
     * A kicker that holds commas (深化改革扩大开放，为新城建设贡献力量) on a line of its own at an article boundary, over a
     * headline line that has text under it: the first line of a headline block of two. Why: a kicker is a clause or
     * two without a sentence end, and a paragraph of text, however short, ends its sentence; the title under it must
     * itself look like a headline, so a short paragraph over a subhead is not taken.
     */
    private boolean commaKicker(String cleaned, int i) {
        if (!zone.isEmpty() || !atBoundary() || bodyLines.contains(i)
                || cleaned.length() > ParserOptions.KICKER_MAX_WIDTH
                || TextCleaner.cjkCount(cleaned) < 8 || !TextCleaner.containsAny(cleaned, "，,")
                || TextCleaner.containsAny(cleaned, "。；;！？!?：:") || TextCleaner.isContinuationPunct(cleaned.charAt(0))
                || "，、；：,;:（(“《".indexOf(cleaned.charAt(cleaned.length() - 1)) >= 0
                || JumpMarkerExtractor.find(cleaned) != null) {
            return false;
        }
        int title = nextLine(i);
        if (title < 0 || bodyLines.contains(title)) {
            return false;
        }
        String t = TextCleaner.clean(lines.get(title).strip());
        if (!isHeadlineCandidate(t) || t.length() > ParserOptions.SUBHEAD_MAX_LENGTH * 2
                || BylineExtractor.newsByline(t) != null || BylineExtractor.bylineLine(t) != null) {
            return false;
        }
        int text = nextLine(title);
        return text >= 0 && !isHeadlineCandidate(TextCleaner.clean(lines.get(text).strip()));
    }

    /** The next line after {@code i} that is not blank, or -1. */
    private int nextLine(int i) {
        for (int k = i + 1; k < lines.size(); k++) {
            if (!lines.get(k).isBlank()) {
                return k;
            }
        }
        return -1;
    }

    private Furniture.Kind isFurniture(String cleaned) {
        if (furniture.contains(cleaned)) {
            return Furniture.Kind.DROP;
        }
        return Furniture.classify(cleaned);
    }

    /**
     * A markdown heading set after a block mark (### ■…, ◆ …) whose next line is text, not another heading: a subhead
     * of the running article. Why: a block mark over a new article's headline stands over its other headline lines (a
     * title under a kicker, a byline); over text it marks a section.
     */
    private boolean bulletedSubhead(String heading, String text, int i) {
        String h = heading.strip();
        if (h.isEmpty() || BULLETS.indexOf(h.charAt(0)) < 0 || text.length() > ParserOptions.SUBHEAD_MAX_LENGTH
                || !isHeadlineCandidate(text)) {
            return false;
        }
        for (int k = i + 1; k < lines.size(); k++) {
            String next = lines.get(k).strip();
            if (next.isEmpty()) {
                continue;
            }
            String c = TextCleaner.clean(next);
            return !MARKDOWN.matcher(next).matches() && !next.startsWith("**") && !headlineLines.contains(k)
                    && BylineExtractor.newsByline(next) == null && BylineExtractor.bylineLine(next) == null
                    && !c.isEmpty() && !isHeadlineCandidate(c);
        }
        return false;
    }

    /**
     * Whether the running article has no text yet but an editor's note (编者按：…): the story under the note, dateline
     * and all, is the same article. Why: a note opens the article it introduces; it is never an article of its own.
     */
    private static boolean onlyEditorsNote(ArticleDraft a) {
        if (a == null || a.closed || !a.hasBody() || !a.sections.isEmpty()) {
            return false;
        }
        for (ArticleDraft.Para p : a.paras) {
            if (!EDITORS_NOTE.matcher(p.text).find()) {
                return false;
            }
        }
        return true;
    }

    private static String stripBullet(String s) {
        int k = 0;
        while (k < s.length() && (BULLETS.indexOf(s.charAt(k)) >= 0 || TextCleaner.isSpace(s.charAt(k)))) {
            k++;
        }
        return k == 0 ? s : s.substring(k);
    }

    /**
     * A byline line (文/王某, 记者 王某) right after an article's closed last paragraph, with no headline zone before it
     * and no text after it (a headline, a jump or source line, or the page's end follows): the byline papers print at
     * the end of an article, so it credits that article. Why: a byline that opens an article stands under its
     * headline or over its text; one after the text with only a new headline or the page end below closes the text.
     */
    private boolean closingByline(int i) {
        if (!zone.isEmpty() || last == null || last.open() || last.article.closed || !last.article.hasBody()) {
            return false;
        }
        // why: a byline printed over the next headline is not the end of the text above it — so on a page that set
        // one over its first headline, or one that parts articles by a blank line when the byline stands after the
        // gap, right over the headline
        boolean overNext = bylinesOverHeadlines || blanksPartArticles && i > 0 && lines.get(i - 1).isBlank()
                && i + 1 < lines.size() && !lines.get(i + 1).isBlank();
        for (int k = i + 1; k < lines.size(); k++) {
            String next = TextCleaner.stripInvisible(lines.get(k)).strip();
            if (next.isEmpty()) {
                continue;
            }
            String c = TextCleaner.clean(next);
            if (c.isEmpty() || JumpMarkerExtractor.find(c) != null
                    || isFurniture(c) != Furniture.Kind.NONE) {
                return true;
            }
            if (headlineLines.contains(k)) {
                return !overNext;
            }
            return isHeadlineCandidate(c) && BylineExtractor.bylineLine(next) == null
                    && BylineExtractor.newsByline(next) == null && !overNext;
        }
        return true;
    }

    private boolean lastZoneIsHeadline() {
        ZoneLine z = zone.get(zone.size() - 1);
        return z.kind() == ZoneLine.Kind.HEADING || z.kind() == ZoneLine.Kind.PLAIN;
    }

    private static boolean isHeadlineCandidate(String s) {
        if (s.length() > HEADLINE_MAX || s.length() < 2 || TextCleaner.cjkCount(s) < 2) {
            return false;
        }
        if (TextCleaner.isContinuationPunct(s.charAt(0)) || TextCleaner.hasAddress(s)) {
            return false; // contact lines (投稿邮箱：…@…, a web address) close an article, they never title one
        }
        String inner = s.substring(0, s.length() - 1);
        if (TextCleaner.containsAny(inner, "，。；,;！？!?") || TextCleaner.containsAny(s, "，。；,;")) {
            return false;
        }
        char lastChar = s.charAt(s.length() - 1);
        return lastChar != '、' && lastChar != '“' && lastChar != '《' && lastChar != '（';
    }

    private boolean atBoundary() {
        if (!zone.isEmpty()) {
            return true;
        }
        return last == null || !last.open();
    }

    // ---------------------------------------------------------------- markers, bylines, speakers

    private void marker(JumpMarkerExtractor.Marker mk, String cleaned, int i) {
        String before = cleaned.substring(0, mk.start()).strip();
        String after = cleaned.substring(mk.end()).strip();
        switch (mk.kind()) {
            case TEASER -> {
                StringBuilder title = new StringBuilder();
                for (ZoneLine z : zone) {
                    if (z.kind() == ZoneLine.Kind.HEADING || z.kind() == ZoneLine.Kind.PLAIN) {
                        title.append(z.text());
                    }
                }
                zone.clear();
                zoneBulleted = false;
                title.append(before);
                if (title.length() > 0) {
                    teasers.add(new Teaser(title.toString(), mk.value()));
                }
                if (!after.isEmpty()) {
                    line2(after, i);
                }
            }
            case CONTINUED_FROM -> {
                flushZone(Follow.MARKER, null, i);
                if (!before.isEmpty()) {
                    body(before, before, i);
                }
                Integer page = JumpMarkerExtractor.pageNumber(mk.value());
                if (cur != null && !cur.closed && !cur.hasBody() && cur.continuedFrom == null) {
                    cur.continuedFrom = page;
                } else {
                    ArticleDraft host = cur != null && !cur.closed && cur.hasBody() ? cur : null;
                    cur = newArticle();
                    cur.continuedFrom = page;
                    cur.host = host; // printed inside the host's text, which goes on after it
                }
                if (!after.isEmpty()) {
                    line2(after, i);
                }
            }
            case CONTINUED_TO, SOURCE -> {
                if (!before.isEmpty()) {
                    flushZone(Follow.BODY, before, i);
                    body(before, before, i);
                } else {
                    flushZone(Follow.MARKER, null, i);
                }
                ArticleDraft target = last != null ? last.article : cur;
                if (target == null) {
                    target = cur = newArticle();
                }
                if (mk.kind() == JumpMarkerExtractor.Kind.CONTINUED_TO) {
                    target.continuedTo = JumpMarkerExtractor.pageNumber(mk.value());
                } else if (target.source == null || target.sourceFromDateline) {
                    target.source = mk.value();
                    target.sourceFromDateline = false;
                }
                close(target);
                if (!after.isEmpty()) {
                    line2(after, i);
                }
            }
            default -> {
            }
        }
    }

    /** Text left on a line after a marker: handled like a line of its own. */
    private void line2(String text, int i) {
        JumpMarkerExtractor.Marker mk = JumpMarkerExtractor.find(text);
        if (mk != null) {
            marker(mk, text, i);
            return;
        }
        flushZone(Follow.BODY, text, i);
        body(text, text, i);
    }

    /**
     * The line repeats, word for word, the dateline that opened the running article, and names no author the article
     * does not have, while no headline waits: the story goes on.
     */
    private boolean repeatsDateline(String spaced, BylineExtractor.NewsByline nb) {
        String head = BylineExtractor.datelineHead(spaced);
        if (head == null || !zone.isEmpty() || pendingHeadline != null || cur == null || cur.closed || !cur.hasBody()
                || !head.equals(cur.dateline)) {
            return false;
        }
        return cur.authors.containsAll(nb.authors());
    }

    private void startNewsArticle(List<String> authors, String dateline) {
        if (pendingHeadline != null) {
            cur = newArticle();
            cur.setHeadline(pendingHeadline);
            pendingHeadline = null;
        } else if (cur != null && !cur.closed && !cur.hasBody() && cur.hasHeadline() && cur.sections.isEmpty()) {
            cur.headlineBeforeNews = true;
        } else if (cur != null && !cur.closed && !cur.hasBody() && cur.continuedFrom != null) {
            // (上接第1版) and then the story's own dateline: one article
        } else if (onlyEditorsNote(cur)) {
            // an editor's note (编者按：…) and then the story's own dateline: the note opens the story, one article
        } else {
            ArticleDraft prev = articles.isEmpty() ? null : articles.get(articles.size() - 1);
            cur = newArticle();
            if (prev != null && prev.startedByNews && prev.headlineBeforeNews && prev.hasHeadline()) {
                cur.kicker = prev.kicker;
                cur.title = prev.title;
                cur.subtitle = prev.subtitle;
                cur.inheritedHeadline = true;
            }
        }
        cur.startedByNews = true;
        if (cur.dateline == null) {
            cur.dateline = dateline;
        }
        for (String a : authors) {
            if (!cur.authors.contains(a)) {
                cur.authors.add(a);
            }
        }
    }

    /** Finds role-name headings in the line; emits the text around them. Returns whether it handled the line. */
    private boolean speakerLine(String spaced, int i) {
        if (spaced.indexOf(':') < 0 && spaced.indexOf('：') < 0) {
            return false;
        }
        List<String> segs = InterleaveSplitter.segments(spaced);
        for (int k = 0; k + 1 < segs.size(); k++) {
            BylineExtractor.Speaker sp = BylineExtractor.speaker(segs.get(k), segs.get(k + 1));
            if (sp == null) {
                continue;
            }
            String before = TextCleaner.clean(String.join(" ", segs.subList(0, k)));
            String afterSpaced = String.join(" ", segs.subList(k + 2, segs.size()));
            String after = TextCleaner.clean(afterSpaced);
            if (!before.isEmpty()) {
                flushZone(Follow.BODY, before, i);
                body(String.join(" ", segs.subList(0, k)), before, i);
            } else {
                flushZone(Follow.SPEAKER, null, i);
            }
            if (cur == null || cur.closed) {
                cur = newArticle();
            }
            if (!before.isEmpty() && !after.isEmpty()) {
                // the heading was printed inside running text: its statement starts with the next new paragraph
                cur.deferredHeadings.addLast(sp);
                body(afterSpaced, after, i);
            } else {
                cur.startSection(sp);
                if (!after.isEmpty()) {
                    if (!speakerLine(afterSpaced, i)) {
                        body(afterSpaced, after, i);
                    }
                }
            }
            return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- headline zones

    private void flushZone(Follow follow, String nextText, int nextLine) {
        if (zone.isEmpty()) {
            return;
        }
        List<ZoneLine> z = new ArrayList<>(zone);
        zone.clear();
        boolean bulleted = zoneBulleted;
        zoneBulleted = false;
        List<ZoneLine> tail = follow == Follow.BODY ? bodyAfterByline(z) : List.of();
        if (tail.isEmpty() && follow == Follow.BODY && salutationUnderHeadline(z)) {
            tail = z.subList(z.size() - 1, z.size());
        }
        if (!tail.isEmpty()) {
            z = z.subList(0, z.size() - tail.size());
        }
        flushZoneLines(z, follow, nextText, nextLine, bulleted);
        if (!tail.isEmpty()) {
            replay(tail, false);
        }
    }

    /**
     * Plain lines after the byline of a headline block, with body text next: the first line(s) of the body, unless
     * they open a block of their own (a kicker ending in a colon).
     */
    /**
     * How many plain zone lines at its start are together one note in brackets over more headline lines: a credit
     * (（本报记者 甲、乙）, a note run over column lines) or a dateline (（本报某地电）). Such a note ends the article
     * before, it is never the kicker of a headline, with or without a byline under that headline; 0 when there is
     * none.
     */
    private static int leadingNote(List<ZoneLine> z) {
        if (z.size() < 2 || z.get(0).kind() != ZoneLine.Kind.PLAIN) {
            return 0;
        }
        char first = z.get(0).text().charAt(0);
        if (first != '（' && first != '(') {
            return 0;
        }
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < z.size() - 1 && z.get(k).kind() == ZoneLine.Kind.PLAIN; k++) {
            String t = z.get(k).text();
            b.append(t);
            char end = t.charAt(t.length() - 1);
            if (end == '）' || end == ')') {
                String inner = b.substring(1, b.length() - 1);
                boolean credit = k > 0 || BylineExtractor.trailingCredit(b.toString()) != null
                        || inner.startsWith("本报") && inner.endsWith("电");
                boolean headAfter = false;
                for (ZoneLine l : z.subList(k + 1, z.size())) {
                    headAfter |= l.kind() != ZoneLine.Kind.BYLINE && l.kind() != ZoneLine.Kind.AUTHOR;
                }
                return credit && headAfter && inner.indexOf('（') < 0 && inner.indexOf('(') < 0 ? k + 1 : 0;
            }
        }
        return 0;
    }

    /**
     * The last line of a headline block is a plain line ending in a colon (同志们：, 亲爱的同学们：) with text under it:
     * a speech's or letter's salutation, the first paragraph of the text. Why: a colon over a headline line makes a
     * kicker, but nothing in a headline block stands between its last line and the text but a byline (which may
     * stand between the headline and the salutation).
     */
    private static boolean salutationUnderHeadline(List<ZoneLine> z) {
        if (z.size() < 2) {
            return false;
        }
        ZoneLine l = z.get(z.size() - 1);
        if (l.kind() != ZoneLine.Kind.PLAIN || !TextCleaner.endsWithColon(l.text())
                || TextCleaner.cjkCount(l.text()) < 2 || l.text().length() > ParserOptions.SUBHEAD_MAX_LENGTH) {
            return false;
        }
        // above it: the headline, or the headline's byline
        for (int k = z.size() - 2; k >= 0; k--) {
            ZoneLine above = z.get(k);
            if (above.kind() == ZoneLine.Kind.PLAIN || above.kind() == ZoneLine.Kind.HEADING) {
                return !TextCleaner.endsWithColon(above.text());
            }
        }
        return false;
    }

    private static List<ZoneLine> bodyAfterByline(List<ZoneLine> z) {
        int lastByline = -1;
        boolean headBefore = false;
        // a bracketed note of the article before (its credit, its dateline) is no headline over the byline: the byline
        // then stands over the headline under it, which is no text
        for (int k = leadingNote(z); k < z.size(); k++) {
            ZoneLine.Kind kind = z.get(k).kind();
            if (kind == ZoneLine.Kind.BYLINE || kind == ZoneLine.Kind.AUTHOR) {
                lastByline = k;
            } else if (lastByline < 0) {
                headBefore = true;
            }
        }
        if (lastByline < 0 || !headBefore || lastByline == z.size() - 1) {
            return List.of();
        }
        for (int k = lastByline + 1; k < z.size(); k++) {
            if (z.get(k).kind() != ZoneLine.Kind.PLAIN || TextCleaner.endsWithColon(z.get(k).text())) {
                return List.of();
            }
        }
        return z.subList(lastByline + 1, z.size());
    }

    private void flushZoneLines(List<ZoneLine> z, Follow follow, String nextText, int nextLine, boolean bulleted) {
        boolean markdown = false;
        boolean byline = false;
        boolean allColon = true;
        for (ZoneLine l : z) {
            markdown |= l.kind() == ZoneLine.Kind.HEADING;
            byline |= l.kind() == ZoneLine.Kind.BYLINE || l.kind() == ZoneLine.Kind.AUTHOR;
            if (l.kind() == ZoneLine.Kind.PLAIN && !TextCleaner.endsWithColon(l.text())) {
                allColon = false;
            }
            if (l.kind() != ZoneLine.Kind.PLAIN) {
                allColon = false;
            }
        }
        if (markdown && z.get(0).kind() == ZoneLine.Kind.PLAIN) {
            // plain lines before a marked heading are not its kicker (the layout stage marks kickers): they end the
            // article before it (a credit, a contact line)
            int firstHeading = 0;
            while (firstHeading < z.size() && z.get(firstHeading).kind() == ZoneLine.Kind.PLAIN) {
                firstHeading++;
            }
            if (firstHeading < z.size()) {
                replay(new ArrayList<>(z.subList(0, firstHeading)), false);
                z = z.subList(firstHeading, z.size());
            }
        }
        int note = markdown ? 0 : leadingNote(z);
        if (note > 0 && last != null) {
            // a bracketed note over a headline (（本报记者 甲、乙）, （本报某地电）) ends the article before it
            replay(new ArrayList<>(z.subList(0, note)), false);
            z = z.subList(note, z.size());
        }
        boolean hinted = false;
        int firstHinted = -1;
        for (int k = 0; k < z.size(); k++) {
            boolean evidenced = headlineLines.contains(z.get(k).line());
            hinted |= evidenced;
            if (evidenced || pageEndLines.contains(z.get(k).line())) {
                firstHinted = firstHinted < 0 ? k : firstHinted;
            }
        }
        if (firstHinted > 0 && !markdown) {
            // plain lines before the evidenced headline are the tail of the article before it (a credit, a note), also
            // when a byline follows the headline: it is the headline's own (a byline above it keeps the lines together)
            List<ZoneLine> before = new ArrayList<>();
            for (ZoneLine l : z.subList(0, firstHinted)) {
                if (l.kind() == ZoneLine.Kind.PLAIN) {
                    before.add(l);
                }
            }
            if (before.size() == firstHinted) {
                replay(before, false);
                if (last != null && CREDIT_LINE.matcher(last.text).matches()) {
                    // a credit line closing the article (内容统筹：…设计：…), wrapped by the column, is ended by the
                    // headline under it: the text after the headline is the next article's
                    last.forcedClosed = true;
                    openParas.remove(last);
                }
                z = z.subList(firstHinted, z.size());
            }
        }
        // column lines after an evidenced headline that the layout stages did not take for headlines are its text
        // so are those after a marked heading (markdown of a column, every printed line a block of its own)
        List<ZoneLine> textAfter = List.of();
        if ((hinted || markdown) && follow != Follow.EOF) {
            int lastEvidenced = -1;
            for (int k = 0; k < z.size(); k++) {
                if (markdown ? z.get(k).kind() == ZoneLine.Kind.HEADING : headlineLines.contains(z.get(k).line())) {
                    lastEvidenced = k;
                }
            }
            if (!markdown && lastEvidenced >= 0 && lastEvidenced + 1 < z.size()
                    && quotedTitleUnder(z.get(lastEvidenced).text(), z.get(lastEvidenced + 1).text())) {
                // a quotation on a column line of its own under an evidenced kicker that runs into its title (某地——,
                // 某某：) is that title, not the text's first line: why: the kicker promises a title, and a quoted
                // first line of text goes on after its closing mark
                lastEvidenced++;
            }
            int k = lastEvidenced + 1;
            while (k < z.size() && z.get(k).kind() == ZoneLine.Kind.PLAIN && columnLines.contains(z.get(k).line())) {
                k++;
            }
            if (k == z.size() && lastEvidenced + 1 < z.size()) {
                textAfter = new ArrayList<>(z.subList(lastEvidenced + 1, z.size()));
                z = z.subList(0, lastEvidenced + 1);
            }
        }
        if (!textAfter.isEmpty()) {
            flushZoneLines(z, follow, nextText, nextLine, bulleted);
            replay(textAfter, false);
            return;
        }
        // at the page end, headlines (evidenced or not) are matched to the untitled articles they belong to
        boolean strong = markdown || byline || bulleted || hinted && follow != Follow.EOF || follow == Follow.NEWS;
        if (!strong && allColon) {
            replay(z, true);
            return;
        }
        if (follow == Follow.EOF && !strong) {
            detachedHeadlines(z);
            return;
        }
        if (!strong) {
            boolean narrow = upperWidthFrom(nextLine) < NARROW;
            if (narrow && follow == Follow.BODY && headlineBeforeLead(z, nextText)) {
                strong = true;
            }
        }
        if (!strong) {
            boolean narrow = upperWidthFrom(nextLine) < NARROW;
            boolean articleOpen = cur != null && !cur.closed && cur.hasBody();
            if (narrow || articleOpen || follow == Follow.SPEAKER) {
                replay(z, !narrow);
                return;
            }
        }
        List<ArticleDraft.Headline> blocks = HeadlineBlocks.of(z);
        if (blocks.isEmpty()) {
            replay(z, false);
            return;
        }
        if (follow == Follow.EOF) {
            for (ArticleDraft.Headline h : blocks) {
                ArticleDraft a = newArticle();
                a.setHeadline(h);
            }
            return;
        }
        // a headline dropped into the column of an untitled article whose broken paragraph continues after it
        if (follow == Follow.BODY && blocks.size() == 1 && cur != null && !cur.closed && !cur.hasHeadline()
                && last != null && last.article == cur && last.open() && nextText != null
                && JoinScorer.score(last.text, nextText) >= 0 && !looksLikeParagraphStart(nextText)) {
            cur.setHeadline(blocks.get(0));
            return;
        }
        // a headline block printed inside a titled article's broken paragraph, which goes on after it: the block
        // belongs to the next article that starts (typically with its dateline), not here
        if (markdown && follow == Follow.BODY && blocks.size() == 1 && cur != null && !cur.closed && cur.hasHeadline()
                && last != null && last.article == cur && last.open() && nextText != null
                && JoinScorer.score(last.text, nextText) >= 0 && !looksLikeParagraphStart(nextText)
                && !TextCleaner.isContinuationPunct(last.text.charAt(last.text.length() - 1))) {
            pendingHeadline = blocks.get(0);
            pendingHost = cur;
            pendingFrom = cur.paras.size();
            return;
        }
        List<ArticleDraft> created = new ArrayList<>();
        for (ArticleDraft.Headline h : blocks) {
            ArticleDraft a = newArticle();
            a.setHeadline(h);
            created.add(a);
        }
        cur = created.get(0);
        cur.evidencedHeadline = hinted;
        if (created.size() > 1) {
            groups.add(created);
        }
    }

    /**
     * In narrow columns every first line of a paragraph looks like a headline; lines followed by a new lead (a date,
     * 近日, 记者…) that they cannot run into are one, though.
     */
    private boolean headlineBeforeLead(List<ZoneLine> z, String nextText) {
        if (nextText == null || !LEAD_START.matcher(nextText).find() || (last != null && last.open())) {
            return false;
        }
        ZoneLine end = z.get(z.size() - 1);
        if (end.kind() != ZoneLine.Kind.PLAIN || end.text().length() < 4) {
            return false;
        }
        char c = end.text().charAt(end.text().length() - 1);
        if ("的了在于和与及并对从向为把被将是由".indexOf(c) >= 0) {
            return false;
        }
        return JoinScorer.score(end.text(), nextText) <= 0;
    }

    private static boolean looksLikeParagraphStart(String s) {
        return BylineExtractor.newsByline(s) != null;
    }

    /** Zone lines that turned out to be body text go back into the flow, in order. */
    private void replay(List<ZoneLine> z, boolean closeEach) {
        for (ZoneLine l : z) {
            if (l.kind() == ZoneLine.Kind.HEADING || l.kind() == ZoneLine.Kind.PLAIN) {
                body(l.spaced(), l.text(), l.line());
                if ((closeEach || TextCleaner.endsWithColon(l.text())) && last != null && last.text.toString().endsWith(l.text())
                        && last.text.length() == l.text().length()) {
                    last.forcedClosed = true;
                    openParas.remove(last);
                }
            } else if (l.kind() == ZoneLine.Kind.BYLINE || l.kind() == ZoneLine.Kind.AUTHOR) {
                if (cur != null) {
                    for (String n : l.names()) {
                        if (!cur.authors.contains(n)) {
                            cur.authors.add(n);
                        }
                    }
                }
            }
        }
    }

    /** Headlines printed after all bodies go to the untitled articles they belong to ({@link PageEndHeadlines}). */
    private void detachedHeadlines(List<ZoneLine> z) {
        List<String> plain = new ArrayList<>();
        for (ZoneLine l : z) {
            if (l.kind() == ZoneLine.Kind.PLAIN || l.kind() == ZoneLine.Kind.HEADING) {
                plain.add(l.text());
            }
        }
        droppedHeadlines.addAll(PageEndHeadlines.place(plain, articles));
    }

    // ---------------------------------------------------------------- body text

    private void body(String spaced, String cleaned, int i) {
        if (cleaned.length() >= 60) {
            List<String> segs = InterleaveSplitter.segments(spaced);
            if (segs.size() >= 5) {
                List<String> cleanSegs = new ArrayList<>(segs.size());
                for (String s : segs) {
                    cleanSegs.add(TextCleaner.clean(s));
                }
                InterleaveSplitter.Split split = InterleaveSplitter.split(cleanSegs);
                if (split != null) {
                    emit(split.a(), i);
                    orphans.add(new Orphan(split.b(), articles.size()));
                    return;
                }
            }
        }
        emit(cleaned, i);
    }

    private void emit(String text, int lineNo) {
        if (text.isEmpty()) {
            return;
        }
        if (duplicate(text)) {
            return;
        }
        ArticleDraft.Para target = resumedParagraph(text);
        if (target != null) {
            // the line repeats the end of a paragraph broken off by another article's text: it goes on there
            text = text.substring(overlap(target.text, text));
            cur = target.article;
            if (text.isEmpty()) {
                return;
            }
        } else if (breaks.contains(lineNo) && cur != null && cur.hasBody() && !onlyEditorsNote(cur)) {
            breaks.remove(lineNo); // once: a line replayed later must not open yet another article
            cur = newArticle();
            cur.startedAtBreak = true;
            if (pendingHeadline != null) {
                cur.setHeadline(pendingHeadline);
                pendingHeadline = null;
            }
        } else if (pendingHeadline != null && last != null && !last.open() && !mustContinue(text)
                && pendingStartsHere(text)) {
            cur = newArticle();
            cur.setHeadline(pendingHeadline);
            cur.evidencedHeadline = true;
            pendingHeadline = null;
        }
        boolean must = mustContinue(text);
        boolean freshSection = cur != null && cur.freshHeading;
        if (target != null) {
            // found above
        } else if (!must && cur != null && cur.host != null && !cur.host.closed && last != null && last.article == cur
                && last.open() && cur.paras.size() >= 2 && JoinScorer.score(last.text, text) <= 0) {
            // the guest's paragraph breaks off and a new paragraph starts: the host's text goes on here (the guest's
            // first paragraph may be open only because it continues from another page)
            cur = cur.host;
            target = cur.newPara();
        } else if (cur != null && cur.evidencedHeadline && !cur.hasBody() && !must) {
            target = cur.newPara(); // the text under an evidenced headline is that article's, whatever it could join
        } else if (last != null && last.article == cur && last.section == cur.currentSection
                && (last.open() && (!freshSection || must) || closesOpenQuotation(last, text))) {
            target = last;
        } else if (!freshSection || must) {
            ArticleDraft.Para best = null;
            int bestScore = Integer.MIN_VALUE;
            for (int k = openParas.size() - 1; k >= 0; k--) {
                ArticleDraft.Para p = openParas.get(k);
                if (!p.open()) {
                    continue;
                }
                int s = JoinScorer.score(p.text, text);
                if (s > bestScore) {
                    bestScore = s;
                    best = p;
                }
            }
            // a guest article printed inside the running one waits until the host is done (or the text can only be
            // a continuation): the host's paragraphs ending one after another say the host is still being read
            boolean guestWaits = best != null && best.article.host == cur && cur != null && !cur.closed && !must
                    && last != null && last.article == cur && !last.open();
            if (best != null && !guestWaits && (bestScore >= 2 || (must && bestScore >= 1)
                    || (cur == null || cur.closed) && bestScore >= 0 && !looksLikeParagraphStart(text))) {
                target = best;
                cur = best.article;
            }
        }
        if (target == null) {
            if (cur == null || cur.closed || widthJump(lineNo, text)) {
                cur = newArticle();
            }
            target = cur.newPara();
        }
        target.append(text);
        if (text.indexOf('@') >= 0 && target.text.length() == text.length()) {
            target.forcedClosed = true; // a contact line is a paragraph of its own: nothing runs on from it
        }
        if (target.text.length() == text.length() && !columnLines.contains(lineNo) && CREDIT_LINE.matcher(text).matches()) {
            target.forcedClosed = true; // so is a credit line of a feature (策划：…, 制图：…) printed whole
        }
        if (target.text.length() == text.length() && !columnLines.contains(lineNo) && text.startsWith("——")
                && (text.endsWith("）") || text.endsWith(")")) && last != null && last != target && !last.open()) {
            target.forcedClosed = true; // and who said the quotation above (——某某（某单位主任）), printed whole
        }
        target.article.bodyChars += text.length();
        if (lineNo >= 0 && lineNo < widthAt.length) {
            target.article.lineWidths.add(widthAt[lineNo]);
            if (target.widths.size() < 64) {
                target.widths.add(TextCleaner.width(text) / 2.0);
            }
        }
        last = target;
        openParas.remove(target);
        if (target.open()) {
            openParas.add(target);
            if (openParas.size() > MAX_OPEN) {
                openParas.remove(0);
            }
        }
        runOnJump(target);
    }

    /**
     * A jump marker run on after the last sentence of a paragraph (……。（下转第三版）) ends its article as one on a line
     * of its own does. Why: wrapped with the text, the marker may break across printed lines ((下转第 | 三版)), so no
     * line holds it whole and only the rejoined paragraph shows it; left in, it kept the paragraph open and the next
     * headline ran into it.
     */
    private void runOnJump(ArticleDraft.Para p) {
        JumpMarkerExtractor.Marker m = JumpMarkerExtractor.runOnJump(p.text);
        Integer page = m == null ? null : JumpMarkerExtractor.pageNumber(m.value());
        ArticleDraft a = p.article;
        if (page == null || a.continuedTo != null && !a.continuedTo.equals(page)) {
            return;
        }
        p.text.setLength(m.start());
        a.continuedTo = page;
        close(a);
    }

    /**
     * Whether the waiting headline's article starts with this paragraph: the paragraph before was end matter (a
     * parenthesised credit, a contact address), or this one shares enough of the headline's words.
     */
    /**
     * A headline printed inside an article's broken paragraph that no later paragraph took: where the host's text turns
     * into a round-up of quotations, each paragraph followed by a line naming who said it (——某某委员（…）), which
     * the host had none of before, that round-up is the headline's article (with what ends it, a jump marker).
     */
    private boolean quotationRoundUp() {
        ArticleDraft host = pendingHost;
        if (host == null || !host.sections.isEmpty() || articles.get(articles.size() - 1) != host) {
            return false;
        }
        List<ArticleDraft.Para> ps = host.paras;
        for (int p = Math.max(1, pendingFrom); p + 1 < ps.size(); p++) {
            String t = ps.get(p).text.toString();
            if (t.startsWith("——")) {
                return false; // an attribution before any quotation under the headline: the host's own
            }
            if (!ps.get(p + 1).text.toString().startsWith("——") || ps.get(p - 1).open()) {
                continue;
            }
            int attributions = 0;
            for (int q = p + 1; q < ps.size(); q += 2) {
                if (ps.get(q).text.toString().startsWith("——")) {
                    attributions++;
                }
            }
            if (attributions < 2) {
                return false;
            }
            ArticleDraft a = newArticle();
            a.setHeadline(pendingHeadline);
            List<ArticleDraft.Para> moved = new ArrayList<>(ps.subList(p, ps.size()));
            for (ArticleDraft.Para m : moved) {
                a.paras.add(copy(m, a));
                a.bodyChars += m.text.length();
                host.bodyChars -= m.text.length();
            }
            ps.subList(p, ps.size()).clear();
            a.continuedTo = host.continuedTo;
            host.continuedTo = null;
            return true;
        }
        return false;
    }

    private boolean pendingStartsHere(String text) {
        if (endMatter(text)) {
            return false; // more end matter of the article before
        }
        if (endMatter(last.text.toString())) {
            return true;
        }
        String h = (pendingHeadline.kicker == null ? "" : pendingHeadline.kicker)
                + (pendingHeadline.title == null ? "" : pendingHeadline.title)
                + (pendingHeadline.subtitle == null ? "" : pendingHeadline.subtitle);
        h = COLUMN_TAG.matcher(h).replaceAll("");
        return HeadlineMatcher.affinity(HeadlineMatcher.bigrams(h), text) >= ParserOptions.PENDING_HEADLINE_AFFINITY;
    }

    private static boolean endMatter(String s) {
        return s.startsWith("（") && s.endsWith("）") || s.startsWith("(") && s.endsWith(")") || s.indexOf('@') >= 0;
    }

    /** A column's tag after a title, （社区新语）: the column's words are not the article's. */
    private static final Pattern COLUMN_TAG = Pattern.compile("[（(][^（）()]{2,16}[）)]");

    /**
     * An open paragraph, other than the one being read, whose last characters the line starts with: OCR read the
     * break of an interleaved column twice. Only overlaps of {@link ParserOptions#MIN_RESUME_OVERLAP} characters and more count.
     */
    private ArticleDraft.Para resumedParagraph(String text) {
        ArticleDraft.Para best = null;
        int bestLen = 0;
        for (ArticleDraft.Para p : openParas) {
            if (p == last || !p.open()) {
                continue;
            }
            int o = overlap(p.text, text);
            if (o > bestLen) {
                bestLen = o;
                best = p;
            }
        }
        return bestLen >= ParserOptions.MIN_RESUME_OVERLAP ? best : null;
    }

    /** Length of the longest suffix of {@code para} (up to 20 characters) that {@code text} starts with. */
    private static int overlap(StringBuilder para, String text) {
        int max = Math.min(20, Math.min(para.length(), text.length() - 1));
        for (int len = max; len >= ParserOptions.MIN_RESUME_OVERLAP; len--) {
            boolean same = true;
            int off = para.length() - len;
            for (int k = 0; k < len && same; k++) {
                same = para.charAt(off + k) == text.charAt(k);
            }
            if (same) {
                return len;
            }
        }
        return 0;
    }

    /**
     * Whether the text opens with the closing mark of a quotation the paragraph left open (“……。 | ”某某说。): a column
     * wrapped the mark off the sentence it closes, so the paragraph goes on although its text ended a sentence.
     */
    private static boolean closesOpenQuotation(ArticleDraft.Para p, String text) {
        int k = "”’」』".indexOf(text.charAt(0));
        if (k < 0 || p.forcedClosed || p.article.closed) {
            return false;
        }
        char open = "“‘「『".charAt(k);
        int depth = 0;
        for (int i = 0; i < p.text.length(); i++) {
            char c = p.text.charAt(i);
            if (c == open) {
                depth++;
            } else if (c == text.charAt(0) && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    private static boolean mustContinue(String text) {
        char c = text.charAt(0);
        return TextCleaner.isContinuationPunct(c) || "的了着过们地得".indexOf(c) >= 0;
    }

    /**
     * A piece that repeats the end of a paragraph already read is OCR's duplicate at a column break: drop it, and
     * read on in that paragraph's article (the column it came from).
     */
    private boolean duplicate(String text) {
        if (text.length() < 6 || text.length() > 80) {
            return false;
        }
        // inside a guest article printed within a host, a whole sentence end of the host read again is a re-read
        // even where the guest's clause is open (elsewhere a repeated sentence may be meant: 请拨打…热线咨询。)
        boolean wholeSentence = text.length() >= ParserOptions.MIN_REREAD_SENTENCE && TextCleaner.endsSentence(text)
                && cur != null && cur.host != null && lastPara(cur.host) != null && endsWith(lastPara(cur.host).text, text);
        if (!wholeSentence && last != null && last.open() && last.article == cur && last.text.length() > 0
                && "，、：；,;:（(“《".indexOf(last.text.charAt(last.text.length() - 1)) >= 0) {
            // the running sentence of the current column is mid-clause: the piece is its continuation, not a re-read
            return false;
        }
        int seen = 0;
        for (int k = articles.size() - 1; k >= 0 && seen < MAX_RECENT_ARTICLES; k--, seen++) {
            ArticleDraft a = articles.get(k);
            ArticleDraft.Para p = lastPara(a);
            if (p == null) {
                continue;
            }
            if (endsWith(p.text, text)) {
                if (!a.closed) {
                    cur = a;
                }
                return true;
            }
        }
        return false;
    }

    private static boolean endsWith(StringBuilder s, String suffix) {
        int off = s.length() - suffix.length();
        if (off < 0) {
            return false;
        }
        for (int k = 0; k < suffix.length(); k++) {
            if (s.charAt(off + k) != suffix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static ArticleDraft.Para lastPara(ArticleDraft a) {
        ArticleDraft.Para p = null;
        if (!a.sections.isEmpty()) {
            List<ArticleDraft.Para> ps = a.sections.get(a.sections.size() - 1).paras;
            if (!ps.isEmpty()) {
                p = ps.get(ps.size() - 1);
            }
        }
        if (p == null && !a.paras.isEmpty()) {
            p = a.paras.get(a.paras.size() - 1);
        }
        return p;
    }

    /** In narrow columns, a clear change of column width after a finished paragraph starts another article. */
    private boolean widthJump(int lineNo, String text) {
        if (cur == null || last == null || last.article != cur || last.open() || lineNo < 0) {
            return false;
        }
        if (!LEAD_START.matcher(text).find()) {
            // an article set around a picture changes width too; only a new lead (a date, 本报, 记者…) starts one
            return false;
        }
        List<Integer> w = cur.lineWidths;
        if (w.size() < 4) {
            return false;
        }
        int before = median(w.subList(Math.max(0, w.size() - 6), w.size()));
        int after = medianWidthFrom(lineNo);
        if (before >= NARROW || after >= NARROW || before == 0 || after == 0) {
            return false;
        }
        return after >= before * 1.6 || before >= after * 1.6;
    }

    private int medianWidthFrom(int lineNo) {
        List<Integer> w = new ArrayList<>();
        for (int i = Math.max(0, lineNo); i < widthAt.length && w.size() < 7; i++) {
            if (widthAt[i] > 0) {
                w.add(widthAt[i]);
            }
        }
        return w.isEmpty() ? 0 : median(w);
    }

    /** Upper quartile of the widths of the next lines: short marker lines do not make a wide page look narrow. */
    private int upperWidthFrom(int lineNo) {
        List<Integer> w = new ArrayList<>();
        for (int i = Math.max(0, lineNo); i < widthAt.length && w.size() < 8; i++) {
            if (widthAt[i] > 0) {
                w.add(widthAt[i]);
            }
        }
        if (w.isEmpty()) {
            return 0;
        }
        w.sort(null);
        return w.get(Math.min(w.size() - 1, w.size() * 3 / 4));
    }

    private static int median(List<Integer> xs) {
        List<Integer> s = new ArrayList<>(xs);
        s.sort(null);
        return s.get(s.size() / 2);
    }

    private ArticleDraft newArticle() {
        ArticleDraft a = new ArticleDraft(articles.size());
        articles.add(a);
        return a;
    }

    private void close(ArticleDraft a) {
        a.closed = true;
        openParas.removeIf(p -> p.article == a);
        if (cur == a) {
            cur = null;
            for (int k = openParas.size() - 1; k >= 0; k--) {
                if (openParas.get(k).open()) {
                    cur = openParas.get(k).article;
                    break;
                }
            }
        }
    }

    // ---------------------------------------------------------------- end of page

    /** Text of another column that was read inside a wide line goes to the broken paragraph it continues best. */
    private void attachOrphans() {
        for (Orphan orphan : orphans) {
            String o = orphan.text();
            ArticleDraft.Para best = null;
            int bestScore = Integer.MIN_VALUE;
            int from = Math.max(0, orphan.articleIndex() - ORPHAN_REACH);
            int to = Math.min(articles.size(), orphan.articleIndex() + ORPHAN_REACH);
            for (ArticleDraft a : articles.subList(from, to)) {
                for (ArticleDraft.Para p : allParas(a)) {
                    if (p.text.length() == 0 || TextCleaner.endsSentence(p.text) || p.forcedClosed) {
                        continue;
                    }
                    int s = JoinScorer.score(p.text, o);
                    if (s >= bestScore) {
                        bestScore = s;
                        best = p;
                    }
                }
            }
            if (best == null) {
                ArticleDraft a = cur != null ? cur : articles.isEmpty() ? newArticle() : articles.get(articles.size() - 1);
                best = a.newPara();
            }
            best.append(o);
            best.article.bodyChars += o.length();
        }
        orphans.clear();
    }

    private static List<ArticleDraft.Para> allParas(ArticleDraft a) {
        List<ArticleDraft.Para> out = new ArrayList<>(a.paras);
        for (ArticleDraft.SectionDraft s : a.sections) {
            out.addAll(s.paras);
        }
        return out;
    }

    /** The body after a group of headline blocks was collected in the first article; share it out. */
    private void splitGroups() {
        for (List<ArticleDraft> g : groups) {
            ArticleDraft first = g.get(0);
            if (!first.sections.isEmpty() || first.paras.size() < g.size() || first.paras.size() > 2000) {
                continue;
            }
            List<String> texts = new ArrayList<>();
            for (ArticleDraft.Para p : first.paras) {
                texts.add(p.text.toString());
            }
            List<Set<String>> heads = new ArrayList<>();
            for (ArticleDraft a : g) {
                heads.add(HeadlineMatcher.bigrams((a.kicker == null ? "" : a.kicker) + (a.title == null ? "" : a.title)));
            }
            int[] starts = HeadlineMatcher.splitRuns(texts, heads);
            List<ArticleDraft.Para> all = new ArrayList<>(first.paras);
            first.paras.clear();
            for (int j = 0; j < g.size(); j++) {
                int from = starts[j];
                int to = j + 1 < g.size() ? starts[j + 1] : all.size();
                ArticleDraft a = g.get(j);
                for (int i = from; i < to; i++) {
                    ArticleDraft.Para np = a == first ? all.get(i) : copy(all.get(i), a);
                    a.paras.add(np);
                    a.bodyChars += np.text.length();
                }
            }
            first.bodyChars = 0;
            for (ArticleDraft.Para p : first.paras) {
                first.bodyChars += p.text.length();
            }
        }
    }

    /**
     * A 本报讯 item printed without a headline of its own first takes the headline of the item before (one headline
     * over two reports of the same event); it keeps it only when that headline also speaks of this item's text.
     */
    private void dropUnrelatedInheritedHeadlines() {
        for (ArticleDraft a : articles) {
            if (!a.inheritedHeadline) {
                continue;
            }
            String head = (a.kicker == null ? "" : a.kicker) + (a.title == null ? "" : a.title)
                    + (a.subtitle == null ? "" : a.subtitle);
            if (HeadlineMatcher.affinity(HeadlineMatcher.bigrams(head), a.lead(3000)) < INHERIT_MIN) {
                a.kicker = null;
                a.title = null;
                a.subtitle = null;
            }
        }
    }

    static ArticleDraft.Para copy(ArticleDraft.Para p, ArticleDraft to) {
        ArticleDraft.Para np = new ArticleDraft.Para(to, null);
        np.text.append(p.text);
        np.widths.addAll(p.widths);
        return np;
    }
}
