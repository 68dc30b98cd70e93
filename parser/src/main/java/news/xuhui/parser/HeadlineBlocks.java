package news.xuhui.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Assembly stage: the lines of a headline zone (marked headings, plain headline lines, bylines) grouped into the
 * headline blocks of one or more articles, each with kicker, title, subtitle and the authors of its byline.
 */
final class HeadlineBlocks {

    private HeadlineBlocks() {
    }

    /** Groups zone lines into headline blocks: a kicker (line ending in a colon) or a byline starts a new one. */
    static List<ArticleDraft.Headline> of(List<ZoneLine> z) {
        List<ArticleDraft.Headline> out = new ArrayList<>();
        List<List<String>> bylines = new ArrayList<>();
        ArticleDraft.Headline h = new ArticleDraft.Headline();
        boolean sawByline = false;
        for (int k = 0; k < z.size(); k++) {
            ZoneLine l = z.get(k);
            if (l.kind() != ZoneLine.Kind.BYLINE && l.kind() != ZoneLine.Kind.AUTHOR && !h.hasText()) {
                // why: a byline over a block's first line is printed above the headline; it belongs to the block it
                // stands over, and the block's next line does not open another one
                sawByline = false;
            }
            switch (l.kind()) {
                case BYLINE, AUTHOR -> {
                    bylines.add(l.names());
                    sawByline = true;
                }
                case HEADING -> {
                    if (sawByline && h.hasText()) {
                        out.add(h);
                        h = new ArticleDraft.Headline();
                        sawByline = false;
                    }
                    if (l.level() >= 2 && h.title == null) {
                        h.kicker = h.kicker == null ? l.text() : h.kicker + l.text();
                    } else if (l.level() >= 2) {
                        h.subtitle = h.subtitle == null ? l.text() : h.subtitle + l.text();
                    } else if (h.title == null) {
                        h.title = l.text();
                    } else if (h.subtitle == null && h.kicker != null) {
                        h.subtitle = l.text();
                    } else {
                        out.add(h);
                        h = new ArticleDraft.Headline();
                        h.title = l.text();
                    }
                }
                case PLAIN -> {
                    boolean kicker = TextCleaner.endsWithColon(l.text());
                    if ((kicker || sawByline) && h.hasText() && (h.title != null || sawByline)) {
                        out.add(h);
                        h = new ArticleDraft.Headline();
                        sawByline = false;
                    }
                    if ((kicker || commaKicker(z, k)) && h.title == null && h.kicker == null) {
                        h.kicker = l.text();
                    } else {
                        h.title = h.title == null ? l.text() : h.title + l.text();
                    }
                }
                default -> {
                }
            }
        }
        if (h.hasText()) {
            out.add(h);
        }
        for (ArticleDraft.Headline b : out) {
            if (b.title == null && b.kicker != null && b.subtitle == null) {
                b.title = b.kicker;
                b.kicker = null;
            }
        }
        if (!out.isEmpty()) {
            if (bylines.size() == out.size() && out.size() > 1) {
                for (int i = 0; i < out.size(); i++) {
                    out.get(i).authors.addAll(bylines.get(i));
                }
            } else {
                // attach every byline to the block it follows (or the first block)
                int bi = 0;
                int blockIdx = 0;
                ArticleDraft.Headline target = out.get(0);
                for (ZoneLine l : z) {
                    if (l.kind() == ZoneLine.Kind.BYLINE || l.kind() == ZoneLine.Kind.AUTHOR) {
                        target.authors.addAll(bylines.get(bi++));
                    } else if (blockIdx + 1 < out.size() && l.text() != null && startsBlock(out.get(blockIdx + 1), l.text())) {
                        blockIdx++;
                        target = out.get(blockIdx);
                    }
                }
            }
        }
        return out;
    }

    /**
     * A plain line holding commas but no sentence end, over a plain line holding none: a kicker (深化改革扩大开放，
     * 为新城建设贡献力量) over its title. Why: a title wrapped over two lines breaks at its comma (the first line ends in
     * it) or inside a quotation (the first line opens it); a kicker is a clause or two ending in a word.
     */
    private static boolean commaKicker(List<ZoneLine> z, int k) {
        String t = z.get(k).text();
        if (k + 1 >= z.size() || z.get(k + 1).kind() != ZoneLine.Kind.PLAIN || TextCleaner.cjkCount(t) < 8
                || !TextCleaner.containsAny(t, "，,") || TextCleaner.containsAny(t, "。；;！？!?：:")
                || "，、；,;“《（(".indexOf(t.charAt(t.length() - 1)) >= 0
                || t.chars().filter(c -> c == '“').count() != t.chars().filter(c -> c == '”').count()) {
            return false;
        }
        String title = z.get(k + 1).text();
        return !TextCleaner.containsAny(title, "，,。；;") && !TextCleaner.endsWithColon(title);
    }

    private static boolean startsBlock(ArticleDraft.Headline h, String text) {
        return text.equals(h.kicker) || (h.kicker == null && h.title != null && h.title.startsWith(text));
    }
}
