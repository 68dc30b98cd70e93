package news.xuhui.ingest.publish;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import news.xuhui.parser.ParsedPage;
import news.xuhui.parser.PageParser;

/** The records one parsed page becomes: one {@link ArticleEvent} per article plus one {@link PageEvent}. */
public record PageEvents(PageEvent page, List<ArticleEvent> articles) {

    public static PageEvents of(ParsedPage parsed, Instant parsedAt) {
        String pageId = parsed.sourceFile().sha256();
        String at = parsedAt.toString();
        List<ArticleEvent> articles = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < parsed.articles().size(); i++) {
            String id = ArticleIds.of(pageId, i);
            ids.add(id);
            articles.add(ArticleEvent.of(id, pageId, i, parsed.sourceFile(), parsed.edition(), parsed.articles().get(i),
                    PageParser.VERSION, at));
        }
        PageEvent page = new PageEvent(PageEvent.SCHEMA_VERSION, pageId, parsed.sourceFile(), parsed.edition(),
                parsed.teasers(), ids, PageParser.VERSION, at);
        return new PageEvents(page, List.copyOf(articles));
    }
}
