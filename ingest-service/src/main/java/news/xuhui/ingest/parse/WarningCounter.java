package news.xuhui.ingest.parse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;
import news.xuhui.parser.ParseWarning;
import news.xuhui.parser.ParsedPage;

/**
 * Counts what the parser was unsure of, as {@code ingest.parse.warnings{reason}}: a rising reason after a parser
 * release points at what to look at. Reasons are the parser's stable codes, so the tag values stay few.
 */
@ApplicationScoped
public class WarningCounter {

    static final String METER = "ingest.parse.warnings";

    private final MeterRegistry metrics;

    @Inject
    public WarningCounter(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    public void count(ParsedPage page) {
        for (ParseWarning w : page.warnings()) {
            metrics.counter(METER, "reason", w.reason() == null ? "unknown" : w.reason()).increment();
        }
    }
}
