package news.xuhui.ingest.parse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the framework-free {@link PageParser} injectable; one instance serves every thread. */
@ApplicationScoped
public class PageParserProducer {

    @Produces
    @Singleton // PageParser is final, so it cannot have a client proxy
    PageParser pageParser() {
        return new PageParser();
    }
}
