package news.xuhui.parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The layout stages in front of {@link PageAssembler}: markdown marks in one form ({@link MarkdownNormalizer}) →
 * the gaps around headlines of a page that marks paragraphs only by indent ({@link IndentedParagraphs}) →
 * printed lines → column runs ({@link ColumnRuns}) → headlines wrapped by their column joined
 * ({@link WrappedHeadlines}) → logical units (a narrow column's printed lines rejoined into
 * paragraphs) → headline evidence → subheads told from headlines → article boundaries. The result is a plan, data the
 * assembler reads: the printed lines, which of them are headlines, which are text on evidence, where an article
 * starts although no headline says so, and which lines at the page end are headlines printed apart.
 */
final class LayoutPlanner {

    /**
     * @param lines     logical lines in reading order
     * @param headlines indices of lines that are headline lines on clear evidence
     * @param breaks    indices of lines that start a new article without a headline (a change of column width)
     * @param body      indices of lines that are paragraph text on clear evidence (a whole sentence-ending paragraph
     *                  printed on one line), never headlines
     * @param pageEnd   indices of the headline-like lines printed together after the last text: headlines set apart
     *                  from their articles, to be matched to them
     * @param column    indices of lines set in a narrow column that the headline stage did not take for headlines
     * @param subheads  indices of numbered or marked section subheads inside a running article (一、…, （二）…,
     *                  ■…): text of the article, each a paragraph of its own
     */
    record Plan(List<String> lines, Set<Integer> headlines, Set<Integer> breaks, Set<Integer> body,
            Set<Integer> pageEnd, Set<Integer> column, Set<Integer> subheads) {
    }

    /** Why a unit was judged a headline: kept for the warnings a page reports. */
    enum Evidence { WIDER_THAN_COLUMN, SHORT_AT_PARAGRAPH_BREAK, SHORT_BETWEEN_PARAGRAPHS }

    static final class Unit {
        final List<PrintedLine> lines = new ArrayList<>();
        boolean narrow;
        double column;
        boolean headline;
        Evidence evidence;
        boolean breakBefore;
        /** A subhead inside a running article: text, never a headline. */
        boolean subhead;
        /** A subhead opening with a section number or a block mark: a paragraph of its own. */
        boolean marked;

        PrintedLine first() {
            return lines.get(0);
        }

        PrintedLine last() {
            return lines.get(lines.size() - 1);
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            for (PrintedLine l : lines) {
                sb.append(l.text());
            }
            return sb.toString();
        }

        String raw() {
            if (lines.size() == 1) {
                return first().raw();
            }
            StringBuilder sb = new StringBuilder();
            for (PrintedLine l : lines) {
                sb.append(l.raw());
            }
            return sb.toString();
        }

        boolean full(PrintedLine l) {
            return l.width() >= column - ParserOptions.FULL_LINE_TOLERANCE;
        }

        /** Whether the paragraph this unit holds is finished (its last line ends a sentence or is short). */
        boolean ended() {
            if (headline) {
                return true;
            }
            PrintedLine l = last();
            // nothing of the text runs on after a contact address (投稿邮箱：…@…): it closes what it ends
            return l.endsSentence() || l.parenthesised() || (narrow && !full(l)) || TextCleaner.hasAddress(l.text());
        }
    }

    /** How a story's dateline opens, before the place and date that may be cut off by the column. */
    private static final java.util.regex.Pattern DATELINE_START = java.util.regex.Pattern.compile(
            "^(?:据)?(?:本报|新华社|中新社|人民网|央视网|中新网)(?:[\\u4e00-\\u9fff]{0,8}\\d|电|讯)");

    /** A title ending in its column's tag: 滨江步道全线贯通（城区新貌）, 社区食堂开出新门店（民生一线）. */
    static final java.util.regex.Pattern COLUMN_TAG_END = java.util.regex.Pattern.compile(
            "^[^（(，。；：,;:]{4,}[（(][\\u4e00-\\u9fff·、 　]{2,14}[）)]$");

    private LayoutPlanner() {
    }

    static Plan plan(List<String> pageLines) {
        List<String> rawLines = IndentedParagraphs.withGaps(MarkdownNormalizer.normalize(pageLines));
        List<PrintedLine> lines = new ArrayList<>(rawLines.size());
        boolean blank = true;
        for (String s : rawLines) {
            PrintedLine l = PrintedLine.of(s, blank);
            blank = l.empty();
            lines.add(l);
        }
        ColumnRuns runs = ColumnRuns.of(lines);
        List<PrintedLine> unwrapped = WrappedHeadlines.join(lines, runs);
        if (unwrapped != lines) {
            lines = unwrapped;
            runs = ColumnRuns.of(lines);
        }
        List<Unit> units = reflow(lines, runs);
        boolean blanksPartArticles = PrintedLine.blanksAreRare(lines);
        markHeadlines(units, blanksPartArticles);
        demoteSubheads(units, blanksPartArticles);
        markMarkedSubheads(units);
        markBreaks(units);
        return render(units);
    }

    // ---------------------------------------------------------------- units

    /**
     * Whether the text has no mark of punctuation at all: a line of 40-odd characters set across narrow columns with
     * neither comma, stop, colon, quote nor bracket (深入推进城市更新行动加快建设宜居宜业宜游宜学的现代化国际大都市中心城区)
     * is a long title printed on one line: why: a sentence of running text breaks with a comma well before that.
     */
    static boolean unpunctuated(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            int t = Character.getType(c);
            if (t == Character.OTHER_PUNCTUATION || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                    || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                    || t == Character.DASH_PUNCTUATION) {
                return false;
            }
        }
        return true;
    }

    static List<Unit> reflow(List<PrintedLine> lines, ColumnRuns runs) {
        List<Unit> units = new ArrayList<>();
        Unit open = null;
        for (int i = 0; i < lines.size(); i++) {
            PrintedLine l = lines.get(i);
            if (l.empty()) {
                continue;
            }
            double col = runs.column[i];
            if (col <= 0) {
                Unit u = single(l);
                if (runs.narrowPage && !l.markdown() && !l.endsSentence() && !l.parenthesised() && plausibleHeadline(l)
                        && (l.width() <= ParserOptions.WIDE_HEADLINE_MAX_WIDTH
                                && (!TextCleaner.containsAny(l.text(), "，,。；;") || setOff(l.text()))
                                || l.width() <= ParserOptions.KICKER_MAX_WIDTH && commaKickerOver(lines, runs, i)
                                || l.width() <= ParserOptions.KICKER_MAX_WIDTH && unpunctuated(l.text()))
                        && !runTogether(open, l) && !runTogether(loneTextLine(units, l), l)) {
                    // on a page of narrow columns, a line wider than any column is set across them: a headline
                    u.headline = true;
                    u.evidence = Evidence.WIDER_THAN_COLUMN;
                }
                units.add(u);
                open = null;
                continue;
            }
            if (l.width() > col + ParserOptions.HEADLINE_OVER_COLUMN && !l.endsSentence() && !l.parenthesised()
                    && plausibleHeadline(l) && (!TextCleaner.containsAny(l.text(), "，,") || setOff(l.text())
                            || commaKickerOver(lines, runs, i))
                    && !endsInContinuation(l.text())) {
                Unit u = single(l);
                u.narrow = true;
                u.column = col;
                u.headline = true;
                u.evidence = Evidence.WIDER_THAN_COLUMN;
                units.add(u);
                open = null;
                continue;
            }
            // a full last line that ends a sentence may end the paragraph: a headline-like line is not its tail
            boolean endsThere = open != null && (open.last().endsSentence() || open.last().parenthesised())
                    && (headlike(l) || colonKickerLine(l, col)
                            && (overColumn(lines, runs, i + 1) || titleOverStory(lines, i + 1)));
            // a lone first line ending in a dash (某地——) over a short headline-like line: maybe a kicker and its title,
            // which the headline stage tells; a paragraph's line runs on into a full next line
            endsThere |= open != null && open.lines.size() == 1 && open.last().text().endsWith("——") && headlike(l)
                    && l.width() < col - ParserOptions.FULL_LINE_TOLERANCE;
            if (open != null && !runs.runStart[i] && open.column == col && open.full(open.last()) && !endsThere) {
                open.lines.add(l);
                continue;
            }
            Unit u = single(l);
            u.narrow = true;
            u.column = col;
            u.breakBefore = runs.runStart[i];
            units.add(u);
            Unit before = units.size() >= 2 ? units.get(units.size() - 2) : null;
            boolean top = before == null || before.headline || u.breakBefore;
            // a headline-like line where an article can start stays a unit of its own even when it fills the column:
            // whether it is the title or the first line of the text is for the headline stage to tell
            // so does a quotation on a line of its own (“……”, commas allowed) right under a kicker that runs into its
            // title (某地——, 某某：): a quoted first line of text would go on after its closing mark
            boolean quoteUnderKicker = before != null && before.headline
                    && (before.last().text().endsWith("——") || TextCleaner.endsWithColon(before.last().text()))
                    && quotedTitle(l);
            open = headlike(l) || quoteUnderKicker ? null : u;
        }
        return units;
    }

    /**
     * Two printed lines of a paragraph that OCR or a converter ran together (a line break lost): a line about twice the
     * column's width right after a full line of a paragraph that does not end there. Why: a headline set across
     * columns stands between articles or paragraphs, never inside a sentence a full column line leaves open.
     */
    private static boolean runTogether(Unit open, PrintedLine l) {
        if (open == null || !open.narrow || open.column <= 0) {
            return false;
        }
        PrintedLine above = open.last();
        return open.full(above) && !open.ended() && !TextCleaner.endsWithColon(above.text())
                && !above.text().endsWith("——") && !COLUMN_TAG_END.matcher(l.text()).matches()
                && l.width() >= ParserOptions.RUN_TOGETHER_MIN_COLUMNS * open.column;
    }

    /**
     * The last unit when it is a lone full column line kept apart for the headline stage (a line that may be a title)
     * and it and {@code l} both carry running text's marks (，。？！、；), or null. Why: a paragraph's first line run
     * together with its second (a lost line break) starts where a headline could, and the first line alone may look
     * like one; with the question or exclamation marks of text on both it is text, and the wide line after it is its
     * next two lines run together.
     */
    private static Unit loneTextLine(List<Unit> units, PrintedLine l) {
        if (units.isEmpty()) {
            return null;
        }
        Unit u = units.get(units.size() - 1);
        String marks = "，。？！、；,;?!";
        return u.narrow && !u.headline && u.lines.size() == 1 && TextCleaner.containsAny(u.first().text(), marks)
                && TextCleaner.containsAny(l.text(), marks) ? u : null;
    }

    /**
     * A quotation on a line of its own (“……”, commas allowed, no sentence inside it ended): under a kicker that runs
     * into its title it is the title; a quoted first line of text would go on after its closing mark.
     */
    private static boolean quotedTitle(PrintedLine l) {
        String t = l.text();
        return t.length() >= 4 && t.startsWith("“") && t.endsWith("”") && t.indexOf('”') == t.length() - 1
                && !TextCleaner.containsAny(t, "。；;");
    }

    /**
     * A line ending in a colon, with no other punctuation (某某：): a kicker's shape, whatever its width; the caller asks
     * for a finished paragraph before it and, after it, a headline set across the columns or a title over a story's
     * dateline. Why any width: a kicker may happen to fill the column (某某参加代表团讨论： in a column of 13), and a
     * line of text that fills it and ends in a colon is followed by neither.
     */
    private static boolean colonKickerLine(PrintedLine l, double column) {
        String t = l.text();
        return !t.isEmpty() && TextCleaner.endsWithColon(t) && TextCleaner.cjkCount(t) >= 2
                && !TextCleaner.containsAny(t.substring(0, t.length() - 1), "，。；：,;:！？!?");
    }

    /**
     * A kicker holding commas (深化改革扩大开放，为新城建设贡献力量), set across the columns over a title that is set
     * across them too and holds none. Why: a headline line across the columns holds no comma unless it is such a
     * kicker (a clause or two, no sentence end), and the title under it tells it from a sentence set wide.
     */
    static boolean commaKickerOver(List<PrintedLine> lines, ColumnRuns runs, int i) {
        String t = lines.get(i).text();
        if (TextCleaner.cjkCount(t) < 8 || TextCleaner.containsAny(t, "。；;！？!?：:") || endsInContinuation(t)
                || !overColumn(lines, runs, i + 1)) {
            return false;
        }
        for (int j = i + 1; j < lines.size(); j++) {
            PrintedLine n = lines.get(j);
            if (!n.empty()) {
                return !TextCleaner.containsAny(n.text(), "，,。；;") && !n.endsSentence() && plausibleHeadline(n);
            }
        }
        return false;
    }

    /**
     * Whether the printed lines from {@code from} on are one or two headline-like lines and then a story's dateline
     * (新华社某地…电, 本报讯): a title over its story. Why: a kicker ending in a colon (某某声明：) after a finished
     * paragraph could open a quotation or list of that paragraph's, but those never go on with a title-like line and
     * a new story's dateline.
     */
    private static boolean titleOverStory(List<PrintedLine> lines, int from) {
        int titles = 0;
        for (int k = from; k < lines.size(); k++) {
            PrintedLine l = lines.get(k);
            if (l.empty()) {
                continue;
            }
            if (titles > 0 && (DATELINE_START.matcher(l.text()).find() || BylineExtractor.newsByline(l.raw()) != null)) {
                return true;
            }
            if (titles == 2 || l.markdown() || !headlike(l)) {
                return false;
            }
            titles++;
        }
        return false;
    }

    /** Whether the next printed line from {@code from} on is set wider than its column (a headline across columns). */
    private static boolean overColumn(List<PrintedLine> lines, ColumnRuns runs, int from) {
        for (int j = from; j < lines.size(); j++) {
            PrintedLine n = lines.get(j);
            if (!n.empty()) {
                return runs.column[j] <= 0 ? runs.narrowPage : n.width() > runs.column[j] + ParserOptions.HEADLINE_OVER_COLUMN;
            }
        }
        return false;
    }

    private static Unit single(PrintedLine l) {
        Unit u = new Unit();
        u.lines.add(l);
        return u;
    }

    // ---------------------------------------------------------------- headline evidence

    static void markHeadlines(List<Unit> units, boolean blanksPartArticles) {
        for (int k = 0; k < units.size(); k++) {
            Unit u = units.get(k);
            if (u.headline || u.lines.size() != 1 || u.first().markdown()) {
                continue;
            }
            PrintedLine l = u.first();
            if (l.endsSentence() || l.parenthesised() || !plausibleHeadline(l)) {
                continue;
            }
            Unit prev = k > 0 ? units.get(k - 1) : null;
            if (prev != null && !prev.ended() && !prev.first().markdown() && !colonKicker(prev) && !plainKicker(prev)
                    && !COLUMN_TAG_END.matcher(l.text()).find()) {
                continue;
            }
            if (attribution(u, prev)) {
                continue;
            }
            Unit next = nextBody(units, k);
            if (next == null) {
                continue;
            }
            if (u.narrow) {
                // In a column a short line is most often a paragraph's last line; it is a headline only on evidence.
                // Two short unpunctuated lines in a row, at the top or after a finished paragraph, over a paragraph.
                // Where no article runs (the page top, after an article's end matter) the first may fill the column:
                // why: a title as wide as the column over its subtitle is no paragraph, which ends in a full stop;
                // inside an article such a pair is as likely a subhead wrapped in two, which is no headline
                // (a contact address closes an article as its end matter does: nothing of the text runs on after it)
                boolean endMatter = prev != null
                        && (prev.last().parenthesised() || TextCleaner.hasAddress(prev.last().text()));
                boolean shortPair = (k == 0 || prev.last().endsSentence() || endMatter)
                        && (!u.full(l) || k == 0 || endMatter) && !next.headline && next.lines.size() == 1
                        && !next.full(next.first()) && headlike(next.first()) && k + 2 < units.size()
                        && units.get(k + 2).narrow && units.get(k + 2).lines.size() >= 2
                        && JoinScorer.score(l.text(), next.first().text()) < 2
                        && JoinScorer.score(next.first().text(), units.get(k + 2).first().text()) < 2;
                // a line ending in a dash at a paragraph break (a kicker running into its title: 某地——) over a short
                // headline-like line that a paragraph of the column follows: the kicker and its title
                Unit after = k + 2 < units.size() ? units.get(k + 2) : null;
                String t = l.text();
                if ((k == 0 || prev.ended()) && t.endsWith("——") && TextCleaner.cjkCount(t) >= 4
                        && !TextCleaner.containsAny(t, "。；;！？!?") && !next.headline && next.narrow
                        && next.lines.size() == 1 && (headlike(next.first()) || quotedTitle(next.first()))
                        && !next.full(next.first())
                        && after != null && after.narrow && !after.headline && after.lines.size() >= 2
                        && TextCleaner.containsAny(after.first().text(), "，。、；")
                        && JoinScorer.score(next.first().text(), after.first().text()) < 2) {
                    u.headline = true;
                    u.evidence = Evidence.SHORT_AT_PARAGRAPH_BREAK;
                    next.headline = true;
                    next.evidence = Evidence.SHORT_AT_PARAGRAPH_BREAK;
                    continue;
                }
                if (shortPair && headlike(l)) {
                    u.headline = true;
                    u.evidence = Evidence.SHORT_AT_PARAGRAPH_BREAK;
                    next.headline = true;
                    next.evidence = Evidence.SHORT_AT_PARAGRAPH_BREAK;
                    continue;
                }
                // a column's tag closing the line (……（社区新语）) after a finished paragraph: a headline in the column
                if (COLUMN_TAG_END.matcher(l.text()).find() && headlike(l) && (prev == null || prev.ended())
                        && next.narrow && !next.headline) {
                    u.headline = true;
                    u.evidence = Evidence.SHORT_AT_PARAGRAPH_BREAK;
                    continue;
                }
                // at the top of the page, or after the end matter of the article before ((本报…电), a credit), a short
                // headline-like line over a paragraph whose first line is plainly text (it has punctuation; a line that
                // fills the column with a 、 in it may stand as a unit of its own, still the text's first line)
                boolean afterEnd = prev != null && prev.last().parenthesised();
                if ((k == 0 || afterEnd) && headlike(l) && l.width() >= ParserOptions.COLUMN_HEADLINE_MIN_WIDTH && next.narrow
                        && (next.lines.size() >= 2 || next.full(next.first()) && !next.headline)
                        && TextCleaner.containsAny(next.first().text(), "，。、；")
                        && JoinScorer.score(l.text(), next.first().text()) < 2) {
                    u.headline = true;
                    u.evidence = Evidence.SHORT_AT_PARAGRAPH_BREAK;
                    continue;
                }
                // at the top of the page or at a change of column width (where another article starts), a line with
                // no punctuation that fills the column, or is wider than it (then it cannot be one of its lines)
                boolean top = k == 0 && u.full(l) || u.breakBefore;
                boolean overColumn = l.width() >= u.column + 1;
                if (top && next.narrow && (next.lines.size() >= 2 || overColumn)
                        && !TextCleaner.containsAny(l.text(), "，。；：,;:")
                        && !endsInContinuation(l.text()) && JoinScorer.score(l.text(), next.first().text()) < 2) {
                    u.headline = true;
                    u.evidence = Evidence.SHORT_AT_PARAGRAPH_BREAK;
                }
                // after a finished paragraph, a line with no punctuation set wider than the column by a whole character
                // (not counting its quotation marks, which a column squeezes) and wider than every line of the
                // paragraphs around it, over a paragraph of the column: no line of a column is wider than the column,
                // so it is set across columns, a headline (the looser test for any line allows for OCR's ragged widths)
                double around = Math.max(u.column, Math.max(prev == null ? 0 : widest(prev), widest(next)));
                if (!top && prev != null && !prev.headline && (prev.last().endsSentence() || prev.last().parenthesised())
                        && letterWidth(l.text()) >= around + 1 && headlike(l) && next.narrow && !next.headline
                        && (next.lines.size() >= 2 || TextCleaner.containsAny(next.first().text(), "，。、；"))
                        && JoinScorer.score(l.text(), next.first().text()) < 2
                        && !numberRunsOn(l.text(), next.first().text())) {
                    u.headline = true;
                    u.evidence = Evidence.WIDER_THAN_COLUMN;
                    continue;
                }
                // after a finished paragraph, a short line with no punctuation over a paragraph of the column: the
                // headline of another article or a subhead of the running one; the text under it tells which (its
                // subject, see demoteSubheads)
                // (the paragraph's first line may stand as a unit of its own when it reads like a headline, 、 and all:
                // then it must fill the column, as a first line does)
                // (a line set apart by blank lines above and below on a page that sets none between paragraphs
                // stands in the gap between articles: it may fill the column, no paragraph starts there)
                boolean apart = blanksPartArticles && l.blankBefore() && next.first().blankBefore();
                if (!top && prev != null && !prev.headline && prev.last().endsSentence() && (!u.full(l) || apart)
                        && headlike(l)
                        && next.narrow && !next.headline && (next.lines.size() >= 2 || next.full(next.first()))
                        && TextCleaner.containsAny(next.first().text(), "，。、；")
                        && JoinScorer.score(l.text(), next.first().text()) < 2
                        && !numberRunsOn(l.text(), next.first().text())) {
                    u.headline = true;
                    u.evidence = Evidence.SHORT_BETWEEN_PARAGRAPHS;
                }
                continue; // next to a headline, see the chain below
            }
            // a dash subtitle (——写在建区七十周年之际) under the line belongs to the block: the text starts after it
            Unit subtitle = null;
            if (!u.narrow && !next.narrow && next.lines.size() == 1 && next.first().text().startsWith("——")
                    && !next.ended() && next.first().width() <= ParserOptions.WIDE_HEADLINE_MAX_WIDTH) {
                Unit after = nextBody(units, units.indexOf(next));
                if (after != null) {
                    subtitle = next;
                    next = after;
                }
            }
            if (!u.narrow && !next.narrow && (l.width() <= ParserOptions.WIDE_HEADLINE_MAX_WIDTH
                            || l.width() <= ParserOptions.KICKER_MAX_WIDTH && unpunctuated(l.text()))
                    && (next.headline || next.first().width() >= ParserOptions.WIDE_PARAGRAPH_MIN_WIDTH
                            && next.first().width() > l.width() * ParserOptions.WIDE_BODY_OVER_HEADLINE)
                    && (!TextCleaner.containsAny(l.text(), "，,") || setOff(l.text()))
                    && JoinScorer.score(l.text(), next.first().text()) < 2
                    && (!endsInContinuation(l.text()) || TextCleaner.endsWithColon(l.text()) && next.headline)) {
                u.headline = true;
                u.evidence = Evidence.SHORT_BETWEEN_PARAGRAPHS;
                if (subtitle != null) {
                    subtitle.headline = true;
                    subtitle.evidence = Evidence.SHORT_BETWEEN_PARAGRAPHS;
                }
            }
        }
        markTopBlockOverEvenColumn(units);
        // in a column, a short line at a paragraph break that touches a headline set across the columns belongs to it
        // (a kicker above it, a title or subtitle below it); alone it is more likely a paragraph's last line
        for (int round = 0; round < 2; round++) {
            for (int k = 0; k < units.size(); k++) {
                Unit u = units.get(k);
                if (u.headline || !u.narrow || u.lines.size() != 1) {
                    continue;
                }
                PrintedLine l = u.first();
                Unit prev = k > 0 ? units.get(k - 1) : null;
                Unit next = k + 1 < units.size() ? units.get(k + 1) : null;
                boolean before = next != null && next.headline;
                boolean touches = prev != null && prev.headline || before;
                boolean atBreak = prev == null || prev.ended();
                // over a headline (a kicker) a full line without punctuation will do; under one (a subtitle) the line
                // must fall short of the column or open with a dash, or it is as likely the first line of the text
                boolean kickerAbove = prev != null && prev.headline
                        && (prev.last().text().endsWith("——") || TextCleaner.endsWithColon(prev.last().text()));
                boolean noPunct = !TextCleaner.containsAny(l.text(), "，。；：,;:");
                // a quotation set off on its own line right under a headline (“……”) is a title in quotation marks
                // even when it fills the column: a quoted first line of text would carry its sentence's punctuation
                boolean quotedUnder = prev != null && prev.headline && noPunct && l.text().startsWith("“")
                        && l.text().endsWith("”") && l.text().indexOf('”') == l.text().length() - 1;
                boolean headlike = l.width() < u.column || l.text().startsWith("——") || l.width() >= u.column + 1
                        || (before || kickerAbove || quotedUnder) && noPunct;
                // a kicker ending in a colon over a headline (某某：): the colon does not make it text
                String t = l.text();
                boolean colonKicker = before && TextCleaner.endsWithColon(t) && TextCleaner.cjkCount(t) >= 2
                        && !TextCleaner.containsAny(t.substring(0, t.length() - 1), "，。；：,;:");
                // a line opening with a dash right under a headline is its subtitle (——访某国大使某某), even where
                // the words after the dash read like an author line
                boolean dashSubtitle = prev != null && prev.headline && t.startsWith("——")
                        && TextCleaner.cjkCount(t) >= 2 && !TextCleaner.containsAny(t, "。；;");
                if (touches && atBreak && (headlike || colonKicker) && !l.endsSentence() && !l.parenthesised()
                        && (!endsInContinuation(t) || colonKicker)
                        && (plausibleHeadline(l) || colonKicker || dashSubtitle)
                        && next != null && (next.headline || next.lines.size() >= 2 || dashSubtitle)) {
                    u.headline = true;
                    u.evidence = Evidence.SHORT_AT_PARAGRAPH_BREAK;
                }
            }
        }
        // in a column, headline-like lines between a finished paragraph (or the page top) and a story's dateline are
        // that story's headline block
        for (int k = 0; k < units.size(); k++) {
            Unit d = units.get(k);
            if (!d.narrow || d.headline || !opensStory(d)) {
                continue;
            }
            int j = k - 1;
            while (j >= 0 && k - j <= ParserOptions.ELIMINATION_MAX_LINES && units.get(j).narrow
                    && units.get(j).lines.size() == 1 && !units.get(j).headline && headlike(units.get(j).first())) {
                j--;
            }
            boolean clean = j < 0 || units.get(j).headline || units.get(j).last().endsSentence()
                    || units.get(j).last().parenthesised();
            if (j < k - 1 && clean) {
                for (int h = j + 1; h < k; h++) {
                    units.get(h).headline = true;
                    units.get(h).evidence = Evidence.SHORT_AT_PARAGRAPH_BREAK;
                }
            } else if (j == k - 1 && headlineRun(units, j)) {
                // the headline block's lines fill the column, so they were read as one paragraph running into the
                // dateline: each is a headline line of its own
                Unit run = units.remove(j);
                for (PrintedLine l : run.lines) {
                    Unit h = single(l);
                    h.narrow = true;
                    h.column = run.column;
                    h.headline = true;
                    h.evidence = Evidence.SHORT_AT_PARAGRAPH_BREAK;
                    units.add(j++, h);
                }
                k += run.lines.size() - 1;
            }
        }
        // a kicker ending in a colon is followed by the title: look again from the end
        for (int k = units.size() - 2; k >= 0; k--) {
            Unit u = units.get(k);
            Unit next = units.get(k + 1);
            if (!u.headline && next.headline && (colonKicker(u) || plainKicker(u)) && (k == 0 || units.get(k - 1).ended())) {
                u.headline = true;
                u.evidence = Evidence.SHORT_BETWEEN_PARAGRAPHS;
            }
        }
    }

    /**
     * A short plain line ending in a colon (某某：, 区政府声明：) or a dash may be a kicker; it is one when a headline follows.
     * Speaker headings look the same, but a paragraph follows them.
     */
    private static boolean colonKicker(Unit u) {
        if (u.narrow || u.lines.size() != 1 || u.first().markdown()) {
            return false;
        }
        String t = u.first().text();
        if (t.endsWith("——") && TextCleaner.cjkCount(t) >= 4 && !TextCleaner.containsAny(t, "。；;")
                && u.first().width() <= ParserOptions.WIDE_HEADLINE_MAX_WIDTH) {
            return true; // a kicker that runs into its title: 云溪区——
        }
        return TextCleaner.endsWithColon(t) && t.length() >= 2 && TextCleaner.cjkCount(t) >= 2
                && u.first().width() <= ParserOptions.WIDE_HEADLINE_MAX_WIDTH
                && !TextCleaner.containsAny(t.substring(0, t.length() - 1), "，。；：,;:");
    }

    /**
     * ——张三委员（某单位主任） after a paragraph: who said the quotation above, part of the text. (Under a headline
     * the same dash opens a subtitle.)
     */
    private static boolean attribution(Unit u, Unit previous) {
        return previous != null && !previous.headline && u.lines.size() == 1 && u.first().text().startsWith("——")
                && previous.ended() && !previous.first().markdown();
    }

    /** A short plain headline-like line on a page of wide paragraphs: the first line of a two-line headline. */
    private static boolean plainKicker(Unit u) {
        return !u.narrow && u.lines.size() == 1 && !u.first().markdown() && headlike(u.first())
                && u.first().width() <= ParserOptions.WIDE_HEADLINE_MAX_WIDTH;
    }

    /**
     * At the top of the page, short headline-like lines over a column that is set evenly (every line of its first
     * paragraph but the last fills it) are the page's first headline block: in such a column a line that falls short
     * ends a paragraph, and at the top there is no paragraph before them to end. The same holds right after an
     * article's end matter on a line of its own ((来源：…), a credit, a dateline in brackets): why: nothing of that
     * article runs on after it, so the short lines there start something, and over an evenly set column they are a
     * headline (a kicker and title that read on into each other are still two headline lines).
     */
    private static void markTopBlockOverEvenColumn(List<Unit> units) {
        markBlockOverEvenColumn(units, 0);
        for (int k = 1; k < units.size(); k++) {
            Unit prev = units.get(k - 1);
            if (prev.narrow && !prev.headline && prev.lines.size() == 1 && prev.last().parenthesised()) {
                markBlockOverEvenColumn(units, k);
            }
        }
    }

    private static void markBlockOverEvenColumn(List<Unit> units, int start) {
        int j = start;
        while (j < units.size() && j - start < ParserOptions.ELIMINATION_MAX_LINES) {
            Unit u = units.get(j);
            PrintedLine l = u.first();
            if (!u.narrow || u.headline || u.lines.size() != 1 || !headlike(l) || !plausibleHeadline(l)
                    || l.width() >= u.column - 0.5 && !overfull(l, u.column)) {
                break;
            }
            j++;
        }
        if (j == start || j >= units.size()) {
            return;
        }
        Unit text = units.get(j);
        // a salutation under the headline (同志们：) opens the text; the column is measured under it
        boolean salutation = salutation(text) && j + 1 < units.size();
        if (salutation) {
            text = units.get(j + 1);
        }
        if (text.headline || text.column != units.get(start).column || !evenlySet(units, text)
                || !salutation && (JoinScorer.score(units.get(j - 1).first().text(), text.first().text()) >= 2
                        || numberRunsOn(units.get(j - 1).first().text(), text.first().text()))) {
            return;
        }
        for (int h = start; h < j; h++) {
            units.get(h).headline = true;
            units.get(h).evidence = Evidence.SHORT_AT_PARAGRAPH_BREAK;
        }
    }

    /**
     * A line a little wider than its column with no punctuation at all: a title set to about the column's width (云山区
     * 公布老旧小区改造十项清单 over a column of 14), not a line of text. Why: a text line runs over its column only by
     * punctuation hung at its end or carried to its start; a line that is its own unit did not run on into the next.
     */
    private static boolean overfull(PrintedLine l, double column) {
        String t = l.text();
        return l.width() > column && l.width() <= column + ParserOptions.HEADLINE_OVER_COLUMN
                && TextCleaner.cjkCount(t) >= 4 && !TextCleaner.containsAny(t, "，。、；：,.;:！？!?“”\"'（）()《》—…");
    }

    /**
     * A speech's or letter's salutation on a line of its own (同志们：, 亲爱的同学们：): a few characters ending in a
     * colon, nothing else. Why: under a headline it is the first line of the text, which goes on under it.
     */
    static boolean salutation(Unit u) {
        String t = u.first().text();
        return u.lines.size() == 1 && !u.headline && TextCleaner.endsWithColon(t) && TextCleaner.cjkCount(t) >= 2
                && t.length() <= ParserOptions.SUBHEAD_MAX_LENGTH
                && !TextCleaner.containsAny(t.substring(0, t.length() - 1), "，。；：,;:！？!?、");
    }

    /**
     * The column is set evenly where the text starts: every line of the paragraph from this unit on but its last fills
     * the column to within a half-width character (OCR's ragged lines give no such measure for a short line).
     */
    private static boolean evenlySet(List<Unit> units, Unit from) {
        int k = units.indexOf(from);
        int seen = 0;
        for (int j = k; j >= 0 && j < units.size(); j++) {
            Unit u = units.get(j);
            if (!u.narrow || u.headline || u.column != from.column) {
                return false;
            }
            for (int i = 0; i < u.lines.size(); i++) {
                PrintedLine l = u.lines.get(i);
                boolean paragraphEnd = l.endsSentence() || i == u.lines.size() - 1 && j > k && u.ended();
                if (paragraphEnd) {
                    return seen >= 2;
                }
                if (l.width() < u.column - 0.5) {
                    return false;
                }
                seen++;
            }
        }
        return false;
    }

    /** A number or a Latin word broken at the end of the line (… 16 | 8 人…): the line runs on into the next. */
    private static boolean numberRunsOn(String line, String next) {
        String a = line.strip();
        String b = next.strip();
        return !a.isEmpty() && !b.isEmpty() && isAsciiAlnum(a.charAt(a.length() - 1)) && isAsciiAlnum(b.charAt(0));
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** The unit after k, skipping image placeholders; null at the end. */
    private static Unit nextBody(List<Unit> units, int k) {
        for (int j = k + 1; j < units.size(); j++) {
            Unit n = units.get(j);
            if (!n.first().raw().startsWith("![")) {
                return n;
            }
        }
        return null;
    }

    /** No sentence punctuation, no sentence end, nothing that must continue: could be a headline line. */
    /**
     * Whether unit {@code j}, right over a story's dateline, is a headline block the column wrapped: two or three
     * lines after a finished paragraph (or at the page top), each headline-like, the first maybe a kicker ending in a
     * colon (某某：), the last short of the column or closing a bracket. Why: a paragraph's lines carry running text's
     * marks and end a sentence before a new story's dateline; lines free of them over the dateline are its headline,
     * however they fill the column.
     */
    private static boolean headlineRun(List<Unit> units, int j) {
        Unit u = units.get(j);
        if (!u.narrow || u.headline || u.lines.size() < 2 || u.lines.size() > ParserOptions.ELIMINATION_MAX_LINES
                || u.last().endsSentence() || j > 0 && !units.get(j - 1).headline && !units.get(j - 1).ended()) {
            return false;
        }
        for (int i = 0; i < u.lines.size(); i++) {
            PrintedLine l = u.lines.get(i);
            String t = l.text();
            boolean kicker = i == 0 && TextCleaner.endsWithColon(t) && TextCleaner.cjkCount(t) >= 2
                    && !TextCleaner.containsAny(t.substring(0, t.length() - 1), "，。；：,;:！？!?“”");
            if (l.markdown() || !kicker && !headlike(l)) {
                return false;
            }
        }
        String last = u.last().text();
        return !u.full(u.last()) || "）)".indexOf(last.charAt(last.length() - 1)) >= 0;
    }

    private static boolean headlike(PrintedLine l) {
        String t = l.text();
        return !t.isEmpty() && !l.endsSentence() && !l.parenthesised() && !TextCleaner.containsAny(t, "，。；：,;:")
                && !endsInContinuation(t)
                && plausibleHeadline(l);
    }

    /** A unit that opens a story: a dateline (本报…电, 新华社…电, also cut short by the column) or 本报讯. */
    private static boolean opensStory(Unit u) {
        String raw = u.raw();
        return DATELINE_START.matcher(u.first().text()).find() || BylineExtractor.newsByline(raw) != null;
    }

    /** Not a byline, a speaker, a marker, furniture or a caption: the other stages know those lines better. */
    static boolean plausibleHeadline(PrintedLine l) {
        String t = l.text();
        if (t.length() < 2 || TextCleaner.cjkCount(t) < 2 || TextCleaner.isContinuationPunct(t.charAt(0))
                || TextCleaner.hasAddress(t)) {
            return false;
        }
        if (TextCleaner.containsAny(t, "。；;！？!?") && !TextCleaner.endsSentence(t)) {
            String inner = t.substring(0, t.length() - 1);
            if (TextCleaner.containsAny(inner, "。；;")) {
                return false;
            }
        }
        if (Furniture.classify(t) != Furniture.Kind.NONE || JumpMarkerExtractor.find(t) != null) {
            return false;
        }
        String raw = l.raw();
        if (DATELINE_START.matcher(t).find()) {
            return false; // a dateline broken over column lines: 本报上海 3 月 1 | 日电…
        }
        return BylineExtractor.newsByline(raw) == null && BylineExtractor.bylineLine(raw) == null
                && BylineExtractor.authorLine(raw) == null;
    }

    /** A headline may hold a comma when it is a quotation, a kicker ending in a dash, or carries a column tag. */
    private static boolean setOff(String t) {
        return t.endsWith("——") || t.startsWith("“") && t.endsWith("”") || t.endsWith("）") && t.indexOf('（') > 0;
    }

    private static boolean endsInContinuation(String t) {
        char c = t.charAt(t.length() - 1);
        return "，、；：,;:（(“《".indexOf(c) >= 0;
    }

    /**
     * A lone short line between one-line paragraphs is a new article's headline only where an article can be seen to
     * start: at the top of the page, after the end matter of the one before (（来源：…）, a credit), under a column
     * tag or a quoted title, or over a story's opening (a dateline, 本报讯, a date or 近日 and a comma), or where the
     * text changes subject. Inside a running article the same line is a subhead (立足社区优势 打造便民服务新模式): text.
     */
    static void demoteSubheads(List<Unit> units, boolean blanksPartArticles) {
        for (int k = 1; k < units.size(); k++) {
            Unit u = units.get(k);
            if (!u.headline || u.evidence != Evidence.SHORT_BETWEEN_PARAGRAPHS || u.lines.size() != 1) {
                continue;
            }
            Unit prev = units.get(k - 1);
            Unit next = k + 1 < units.size() ? units.get(k + 1) : null;
            if (prev.headline || next == null || next.headline) {
                continue; // part of a headline block of two lines or more
            }
            String t = u.first().text();
            boolean tagged = setOff(t) || t.endsWith("）") || t.endsWith(")");
            boolean afterEnd = prev.first().markdown() || prev.last().parenthesised()
                    || JumpMarkerExtractor.find(prev.last().text()) != null;
            String opening = next.first().raw();
            boolean overOpening = BylineExtractor.newsByline(opening) != null
                    || DATELINE_START.matcher(next.first().text()).find()
                    || PageAssembler.LEAD_START.matcher(next.first().text()).find();
            // and the text under it goes on with the running article's words (a new article changes the subject)
            // or it heads one of the report's parallel sections: then it is a paragraph of its own, as a numbered one
            boolean parallel = parallelSibling(units, k);
            boolean sameSubject = continuesSubject(units, k, next) || parallel;
            // on a page that sets no blank line between its paragraphs, one over the line parts articles, not a subhead
            boolean apart = blanksPartArticles && u.first().blankBefore();
            if (!tagged && !afterEnd && !overOpening && !apart && sameSubject) {
                u.headline = false;
                u.evidence = null;
                u.subhead = true;
                u.marked = parallel;
            }
        }
    }

    /** A section number or a block mark opening a subhead: 一、 （二） 3. ① ■ ◆. */
    private static final java.util.regex.Pattern SUBHEAD_MARK = java.util.regex.Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9]{1,2}[、．.](?![0-9])|[①-⑳]"
                    + "|[■□●○◆◇▲△★☆◎•▶►▪])");

    /**
     * A lone short line opening with a section number or a block mark (一、…, （二）…, 3. …, ■…) between two paragraphs
     * of a running article is a subhead of that article, not the headline of a new one: why: papers number and mark the
     * sections of a longer report so, and do not open an article's headline with a section number; a block mark left
     * on a line between paragraphs ({@link ConverterText#withoutHeadlineMarks} takes it off lines over headlines) marks
     * a section. Not after the end matter of an article (（来源：…）, a jump marker), nor over a story's opening (a
     * dateline, a byline), nor when it fills its column (the first line of a numbered paragraph), nor over another
     * numbered line (a numbered list).
     */
    static void markMarkedSubheads(List<Unit> units) {
        for (int k = 1; k + 1 < units.size(); k++) {
            Unit u = units.get(k);
            Unit prev = units.get(k - 1);
            Unit next = units.get(k + 1);
            if (u.lines.size() != 1 || u.first().markdown() || prev.headline || next.headline || !prev.ended()
                    || prev.first().markdown() || next.first().markdown()) {
                continue;
            }
            String t = u.first().text();
            java.util.regex.Matcher m = SUBHEAD_MARK.matcher(t);
            if (!m.find()) {
                continue;
            }
            String rest = t.substring(m.end()).strip();
            if (rest.length() < 2 || rest.length() > ParserOptions.SUBHEAD_MAX_LENGTH || TextCleaner.cjkCount(rest) < 2
                    || TextCleaner.containsAny(rest, "，。；：,;:！？!?") || u.narrow && u.full(u.first())) {
                continue;
            }
            String raw = u.first().raw();
            if (BylineExtractor.newsByline(raw) != null || BylineExtractor.bylineLine(raw) != null
                    || BylineExtractor.authorLine(raw) != null || Furniture.classify(t) != Furniture.Kind.NONE
                    || JumpMarkerExtractor.find(t) != null) {
                continue;
            }
            boolean afterEnd = prev.last().parenthesised() || JumpMarkerExtractor.find(prev.last().text()) != null;
            String opening = next.first().raw();
            boolean overOpening = BylineExtractor.newsByline(opening) != null
                    || BylineExtractor.bylineLine(opening) != null || DATELINE_START.matcher(next.first().text()).find();
            if (afterEnd || overOpening || SUBHEAD_MARK.matcher(next.first().text()).find()) {
                continue;
            }
            u.headline = false;
            u.evidence = null;
            u.subhead = true;
            u.marked = true;
        }
    }

    /** The width of the widest line of a unit. */
    private static double widest(Unit u) {
        double w = 0;
        for (PrintedLine l : u.lines) {
            w = Math.max(w, l.width());
        }
        return w;
    }

    /** The printed width of a text's letters, digits and CJK characters, leaving out its punctuation. */
    private static double letterWidth(String t) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return TextCleaner.width(sb) / 2.0;
    }

    /** Whether the text of {@code next} goes on with the words of the running article before unit {@code k}. */
    /**
     * Another lone short line between paragraphs of the same run (no headline, end matter or story opening between
     * them) opens with the same two characters: parallel subheads of one report (坚持…, 坚持…; 聚焦…,
     * 聚焦…). Why: a report's sections are headed in parallel, and two articles printed one under the other without
     * end matter or an opening are not titled alike.
     */
    private static boolean parallelSibling(List<Unit> units, int k) {
        String t = units.get(k).first().text();
        if (TextCleaner.cjkCount(t.substring(0, Math.min(2, t.length()))) < 2) {
            return false;
        }
        for (int dir = -1; dir <= 1; dir += 2) {
            for (int j = k + dir; j > 0 && j + 1 < units.size(); j += dir) {
                Unit o = units.get(j);
                boolean candidate = o.lines.size() == 1 && !units.get(j - 1).headline && !units.get(j + 1).headline
                        && (o.headline && o.evidence == Evidence.SHORT_BETWEEN_PARAGRAPHS || o.subhead);
                if (candidate && o.first().text().startsWith(t.substring(0, 2)) && !opening(units.get(j + 1))
                        && !endMatter(units.get(j - 1))) {
                    return true;
                }
                if (o.headline || o.first().markdown() || endMatter(o) || opening(o)) {
                    break;
                }
            }
        }
        return false;
    }

    private static boolean endMatter(Unit u) {
        return u.last().parenthesised() || JumpMarkerExtractor.find(u.last().text()) != null;
    }

    private static boolean opening(Unit u) {
        return BylineExtractor.newsByline(u.first().raw()) != null || DATELINE_START.matcher(u.first().text()).find()
                || PageAssembler.LEAD_START.matcher(u.first().text()).find();
    }

    private static boolean continuesSubject(List<Unit> units, int k, Unit next) {
        StringBuilder running = new StringBuilder();
        for (int j = k - 1; j >= 0 && !units.get(j).headline && running.length() < 3000; j--) {
            running.insert(0, units.get(j).text());
        }
        return HeadlineMatcher.affinity(HeadlineMatcher.bigrams(next.text()), running.toString())
                >= ParserOptions.SUBHEAD_MIN_CONTINUITY;
    }

    // ---------------------------------------------------------------- boundaries

    /** A wire or paper dateline after a finished paragraph opens another article. */
    static void markBreaks(List<Unit> units) {
        for (int k = 1; k < units.size(); k++) {
            Unit u = units.get(k);
            Unit prev = units.get(k - 1);
            if (u.headline || prev.headline || u.breakBefore || !prev.ended() || prev.first().markdown()) {
                continue;
            }
            if (BylineExtractor.dateline(u.raw()) != null) {
                u.breakBefore = true;
            }
        }
    }

    // ---------------------------------------------------------------- plan

    /**
     * The printed lines again, in the planned order: the assembler rejoins broken lines itself (its join rules know
     * OCR's irregular widths better than a width test); the plan adds what only the page-wide view can tell.
     */
    static Plan render(List<Unit> units) {
        List<String> out = new ArrayList<>(units.size());
        Set<Integer> headlines = new HashSet<>();
        Set<Integer> breaks = new HashSet<>();
        Set<Integer> body = new HashSet<>();
        Set<Integer> column = new HashSet<>();
        Set<Integer> subheads = new HashSet<>();
        Unit previous = null;
        for (int ui = 0; ui < units.size(); ui++) {
            Unit u = units.get(ui);
            if (u.headline) {
                headlines.add(out.size());
            } else if (u.breakBefore) {
                breaks.add(out.size());
            }
            if (!u.headline && !u.narrow && u.lines.size() == 1 && !u.first().markdown() && u.first().endsSentence()
                    && u.first().width() >= ParserOptions.WIDE_PARAGRAPH_MIN_WIDTH) {
                body.add(out.size());
            }
            if (u.marked) {
                subheads.add(out.size());
            }
            if (!u.headline && (attribution(u, previous) || u.subhead || DATELINE_START.matcher(u.first().text()).find())) {
                body.add(out.size()); // a dateline opens text, even when the column cut it short
            }
            previous = u;
            // the lines of a paragraph rejoined from a column (three lines and more) are its text; so is a lone
            // column line that fills the column and runs into the next line with a word across the break
            Unit after = ui + 1 < units.size() ? units.get(ui + 1) : null;
            boolean runsOn = !u.headline && u.narrow && u.lines.size() == 1 && u.full(u.first()) && after != null
                    && after.narrow && !after.headline && after.lines.size() >= 2
                    && JoinScorer.score(u.first().text(), after.first().text()) >= 2;
            boolean columnParagraph = !u.headline && u.narrow && u.lines.size() >= 3 || runsOn;
            for (PrintedLine l : u.lines) {
                if (columnParagraph) {
                    body.add(out.size());
                }
                if (u.narrow && !u.headline) {
                    column.add(out.size());
                }
                out.add(l.raw());
            }
        }
        // headline-like lines after the last paragraph, up to a few: a pool of headlines printed apart
        Set<Integer> pageEnd = new HashSet<>();
        int k = out.size();
        int u = units.size() - 1;
        while (u >= 0 && units.size() - u <= ParserOptions.PAGE_END_HEADLINES_MAX) {
            Unit t = units.get(u);
            boolean candidate = t.lines.size() == 1 && !t.first().markdown() && (t.headline || headlike(t.first()))
                    && t.first().width() <= ParserOptions.WIDE_HEADLINE_MAX_WIDTH;
            if (!candidate) {
                break;
            }
            pageEnd.add(--k);
            u--;
        }
        if (u < 0) {
            pageEnd.clear(); // a page of nothing but short lines has no text for headlines to be set apart from
        }
        return new Plan(out, headlines, breaks, body, pageEnd, column, subheads);
    }
}
