package news.xuhui.ingest.parse;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

import news.xuhui.ingest.config.IngestConfig;
import news.xuhui.parser.PageParseException;
import news.xuhui.parser.PageParser;
import news.xuhui.parser.ParserOptions;

/** Makes the framework-free {@link PageParser} injectable; one instance serves every thread. */
@ApplicationScoped
public class PageParserProducer {

    private static final Logger LOG = Logger.getLogger(PageParserProducer.class);

    @Produces
    @Singleton // PageParser is final, so it cannot have a client proxy
    PageParser pageParser(IngestConfig config) {
        // one size limit for the inbox, the parse endpoint and the parser, so that a page the inbox accepts is never
        // refused later by a lower limit of the parser's own
        int maxBytes = (int) Math.min(config.maxFileBytes(), Integer.MAX_VALUE - 8);
        ParserOptions defaults = ParserOptions.defaults();
        return new PageParser(new ParserOptions(defaults.personExtraction(), maxBytes, defaults.maxLineLength()));
    }

    /** Loads the NLP models at start-up, so that the first page dropped is not the one that waits for them. */
    void warmUp(@Observes StartupEvent event, PageParser parser) {
        long start = System.nanoTime();
        try {
            parser.parse("# 标题\n\n本报讯 区长张三昨天在会上讲话。\n".getBytes(StandardCharsets.UTF_8), null);
        } catch (PageParseException e) {
            LOG.warnf("parser warm-up failed: %s", e.getMessage());
        }
        LOG.infof("page parser %s ready in %d ms", PageParser.VERSION, (System.nanoTime() - start) / 1_000_000);
    }
}
