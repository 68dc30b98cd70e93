package news.xuhui.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import news.xuhui.parser.Article;
import news.xuhui.parser.ParseWarning;
import news.xuhui.parser.ParsedPage;
import news.xuhui.parser.SourceFile;

class WarningCounterTest {

    private static final String SHA = "0123456789abcdef".repeat(4);

    static ParsedPage pageWith(List<ParseWarning> warnings) {
        Article a = new Article(null, "标题", null, List.of(), null, null, null, List.of("正文。"), List.of(), List.of());
        return new ParsedPage(new SourceFile("p.txt", SHA, 10, "UTF-8"), null, List.of(a, a), List.of(), "1.2.3",
                warnings);
    }

    @Test
    void eachWarningCountsUnderItsReason() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        WarningCounter counter = new WarningCounter(registry);
        counter.count(pageWith(List.of(
                new ParseWarning(0, ParseWarning.Reason.WEAK_BOUNDARY, "两篇之间只有一个空行"),
                new ParseWarning(1, ParseWarning.Reason.WEAK_BOUNDARY, "又一处"),
                new ParseWarning(null, ParseWarning.Reason.ORPHAN_HEADLINE, "孤立的标题"))));
        counter.count(pageWith(List.of()));

        assertEquals(2.0, count(registry, "weak-boundary"));
        assertEquals(1.0, count(registry, "orphan-headline"));
        assertNull(registry.find(WarningCounter.METER).tag("reason", "no-headline").counter(),
                "no meter for a reason never seen");
    }

    private static double count(SimpleMeterRegistry registry, String reason) {
        Counter c = registry.find(WarningCounter.METER).tag("reason", reason).counter();
        return c == null ? 0 : c.count();
    }
}
