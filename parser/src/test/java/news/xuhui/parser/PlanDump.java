package news.xuhui.parser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Development aid: prints the layout plan of a page (H headline, B break). */
public final class PlanDump {
    public static void main(String[] args) throws Exception {
        String text = EncodingDetector.decode(Files.readAllBytes(Path.of(args[0]))).text();
        List<String> lines = PageParser.splitLines(text, 20000);
        MastheadParser.Result m = MastheadParser.parse(lines);
        LayoutPlanner.Plan p = LayoutPlanner.plan(lines.subList(m.linesUsed(), lines.size()));
        for (int i = 0; i < p.lines().size(); i++) {
            String mark = p.headlines().contains(i) ? "H" : p.breaks().contains(i) ? "B" : " ";
            String l = p.lines().get(i);
            System.out.println(mark + " " + (l.length() > 50 ? l.substring(0, 50) : l));
        }
    }
}
