package news.xuhui.parser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Development aid, not a test: prints the layout plan of a page (H headline, B break, b body; column width). */
public final class PlanDump {
    public static void main(String[] args) throws Exception {
        String text = EncodingDetector.decode(Files.readAllBytes(Path.of(args[0]))).text();
        List<String> lines = PageParser.splitLines(text, 20000);
        MastheadParser.Result m = MastheadParser.parse(lines);
        List<String> rest = lines.subList(m.linesUsed(), lines.size());
        LayoutPlanner.Plan p = LayoutPlanner.plan(rest);
        List<PrintedLine> printed = new ArrayList<>();
        for (String s : rest) {
            printed.add(PrintedLine.of(s, false));
        }
        ColumnRuns runs = ColumnRuns.of(printed);
        List<String> cols = new ArrayList<>();
        for (int i = 0; i < printed.size(); i++) {
            if (!printed.get(i).empty()) {
                cols.add((runs.runStart[i] ? "*" : "") + runs.column[i] + "/" + printed.get(i).width());
            }
        }
        for (int i = 0; i < p.lines().size(); i++) {
            String mark = p.subheads().contains(i) ? "S" : p.headlines().contains(i) ? "H" : p.breaks().contains(i) ? "B" : p.body().contains(i) ? "b" : p.pageEnd().contains(i) ? "E" : " ";
            String l = p.lines().get(i);
            System.out.println(mark + " " + (i < cols.size() ? cols.get(i) : "") + " " + (l.length() > 50 ? l.substring(0, 50) : l));
        }
    }
}
