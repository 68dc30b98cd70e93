package news.xuhui.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites the runs of lines a stage finds on a page (vertical titles joined, photo captions taken out), copying the
 * page's lines only once a run is found: most pages have none, and go through untouched.
 */
final class LineRuns {

    /** The last line of a run starting at line {@code start}, or -1 when none starts there. */
    @FunctionalInterface
    interface Finder {
        int runEnd(List<String> lines, int start);
    }

    /**
     * Adds what stands for the run {@code [start, end]} to {@code out} (the lines before it, as rewritten) and returns
     * the index of the next line to read (past {@code end}).
     */
    @FunctionalInterface
    interface Writer {
        int write(List<String> out, List<String> lines, int start, int end);
    }

    private LineRuns() {
    }

    static List<String> rewrite(List<String> lines, Finder finder, Writer writer) {
        List<String> out = null;
        int i = 0;
        while (i < lines.size()) {
            int end = finder.runEnd(lines, i);
            if (end < 0) {
                if (out != null) {
                    out.add(lines.get(i));
                }
                i++;
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines.subList(0, i));
            }
            i = writer.write(out, lines, i, end);
        }
        return out == null ? lines : out;
    }
}
