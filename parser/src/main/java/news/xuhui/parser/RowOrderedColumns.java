package news.xuhui.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Layout stage after the columns are read: puts back in column order the lines of columns an OCR engine printed row
 * by row (it orders its text boxes by their height alone: the left column's first line, the right column's first
 * line, the left column's second line, …). Why: so read, no line goes on with the next one but every line goes on with
 * the one after next (居民们纷纷 | 新的服务站 | 点赞 …), and the text of two columns runs together line by line. A
 * stretch of lines without blank lines is taken apart, every other line for the left column and the rest for the
 * right, only where the words broken at line ends join across every other line far more often than across the next
 * one; ordinary text, where they join across the next line, passes unchanged.
 */
final class RowOrderedColumns {

    /** A stretch this long at least (three rows of two columns): fewer lines tell nothing of their order. */
    static final int MIN_LINES = 6;
    /** At most this many lines (a headline's) over the stretch stay where they are. */
    static final int MAX_HEAD_LINES = 4;
    /**
     * The joins across every other line must outweigh those across the next by this share of the stretch's lines,
     * and be twice as many (a line opening with ， or a particle scores as a join wherever it stands).
     */
    static final double MIN_MARGIN_SHARE = 0.15;
    /** ... and by this many joins at least: a dozen lines of any text may join across every other line a few times. */
    static final int MIN_MARGIN = 8;

    private RowOrderedColumns() {
    }

    static List<String> unweave(List<String> lines) {
        // first the stretches that show it on their own; then, on a page that has one, the shorter stretches too
        // when their joins across every other line merely outnumber those across the next: why: one OCR engine
        // read the whole page, and a short article's few lines cannot show it as plainly
        for (int pass = 0; pass < 2; pass++) {
            List<String> out = null;
            int i = 0;
            while (i < lines.size()) {
                if (lines.get(i).isBlank()) {
                    if (out != null) {
                        out.add(lines.get(i));
                    }
                    i++;
                    continue;
                }
                int end = i;
                while (end < lines.size() && !lines.get(end).isBlank()) {
                    end++;
                }
                List<String> block = lines.subList(i, end);
                List<String> read = block.size() >= MIN_LINES ? reordered(block, pass == 1) : null;
                if (read != null && out == null) {
                    out = new ArrayList<>(lines.subList(0, i));
                }
                if (out != null) {
                    out.addAll(read != null ? read : block);
                }
                i = end;
            }
            if (out == null) {
                return lines;
            }
            if (pass == 1) {
                return out;
            }
        }
        return lines;
    }

    /** The width most lines of the block have. */
    private static int modalWidth(List<String> text) {
        java.util.Map<Integer, Integer> count = new java.util.HashMap<>();
        int best = 0;
        int bestCount = 0;
        for (String t : text) {
            int w = TextCleaner.width(t);
            int c = count.merge(w, 1, Integer::sum);
            if (c > bestCount) {
                best = w;
                bestCount = c;
            }
        }
        return best;
    }

    /**
     * The joins of the lines from {@code from} on read in column order with the columns starting at {@code start}
     * (the lines from {@code from} to {@code start} kept above them).
     */
    static int readingScore(List<String> text, int from, int start) {
        List<String> read = new ArrayList<>(text.subList(from, start));
        for (int k = start; k < text.size(); k += 2) {
            read.add(text.get(k));
        }
        for (int k = start + 1; k < text.size(); k += 2) {
            read.add(text.get(k));
        }
        int score = 0;
        for (int k = 0; k + 1 < read.size(); k++) {
            score += Math.max(0, JoinScorer.score(read.get(k), read.get(k + 1)));
        }
        return score;
    }

    /** The block in column order when its lines were printed row by row, or null. */
    private static List<String> reordered(List<String> block, boolean pageIsRowOrdered) {
        List<String> text = new ArrayList<>(block.size());
        for (String l : block) {
            text.add(TextCleaner.clean(l.strip()));
        }
        // the columns start at the first line as wide as most lines of the block (a column's full line): the lines
        // above it are a headline set across the columns, which keep their place
        int best = -1;
        int column = modalWidth(text);
        for (int s = 0; s <= MAX_HEAD_LINES && block.size() - s >= MIN_LINES; s++) {
            if (Math.abs(TextCleaner.width(text.get(s)) - column) > 1) {
                continue;
            }
            int next = 0;
            int afterNext = 0;
            for (int k = s; k + 1 < text.size(); k++) {
                next += Math.max(0, JoinScorer.score(text.get(k), text.get(k + 1)));
                if (k + 2 < text.size()) {
                    afterNext += Math.max(0, JoinScorer.score(text.get(k), text.get(k + 2)));
                }
            }
            int margin = afterNext - next;
            boolean plain = margin >= Math.max(MIN_MARGIN, MIN_MARGIN_SHARE * (block.size() - s)) && afterNext >= 2 * next;
            if (plain || pageIsRowOrdered && afterNext > next) {
                best = s;
            }
            break;
        }
        if (best < 0) {
            return null;
        }
        // a headline line as wide as a column's full line (老街新貌 邻里共治（记者观察）) passes for the left column's
        // first line, and every line after it then goes to the wrong column; so the columns start a line lower when
        // that reading joins its lines better (the best of the starts up to MAX_HEAD_LINES): only the true reading
        // runs the left column's last line on into the right column's first one, and the true first line goes on
        // with the line two below it
        int first = best;
        int bestScore = readingScore(text, first, first);
        for (int s = first + 1; s <= MAX_HEAD_LINES && block.size() - s >= MIN_LINES
                && !TextCleaner.endsSentence(text.get(s - 1)); s++) {
            int score = readingScore(text, first, s);
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        List<String> out = new ArrayList<>(block.subList(0, best));
        for (int k = best; k < block.size(); k += 2) {
            out.add(block.get(k));
        }
        for (int k = best + 1; k < block.size(); k += 2) {
            out.add(block.get(k));
        }
        return out;
    }
}
