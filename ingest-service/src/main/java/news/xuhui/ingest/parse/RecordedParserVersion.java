package news.xuhui.ingest.parse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import news.xuhui.ingest.config.IngestConfig;
import news.xuhui.parser.PageParser;
import news.xuhui.parser.ParsedPage;

/**
 * The parser version this instance writes into its events: the parser's own, unless a test overrides it
 * ({@code ingest.parser-version-override}). A re-parse brings every page to this version.
 */
@ApplicationScoped
public class RecordedParserVersion {

    @Inject
    IngestConfig config;

    /** The version pages are brought to now. */
    public String current() {
        return config.parserVersionOverride().orElse(PageParser.VERSION);
    }

    /** The version to record for this parse. */
    public String of(ParsedPage page) {
        return config.parserVersionOverride().orElse(page.parserVersion());
    }
}
