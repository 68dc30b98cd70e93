package news.xuhui.query.web;

import java.time.LocalDate;
import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import news.xuhui.query.rest.ArticleSummary;
import news.xuhui.query.rest.ArticleView;
import news.xuhui.query.rest.PageOf;
import news.xuhui.query.rest.Problem;
import news.xuhui.query.store.EditionStore;

/** The reading app's pages, in {@code templates/}; checked at build time against these parameters. */
@CheckedTemplate
final class Templates {

    private Templates() {
    }

    static native TemplateInstance search(SearchPage page);

    static native TemplateInstance article(ArticleView article);

    static native TemplateInstance editions(String month, PageOf<EditionStore.EditionSummary> editions, Pager pager);

    static native TemplateInstance edition(LocalDate date, List<EditionStore.Edition> editions);

    static native TemplateInstance editionPage(LocalDate date, int page, List<EditionStore.PageContent> pages);

    static native TemplateInstance person(String name, MonthChart chart, PageOf<ArticleSummary> results, Pager pager);

    static native TemplateInstance error(Problem problem);
}
