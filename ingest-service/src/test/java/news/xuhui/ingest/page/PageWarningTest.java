package news.xuhui.ingest.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import news.xuhui.parser.Article;
import news.xuhui.parser.ParseWarning;
import news.xuhui.parser.ParsedPage;
import news.xuhui.parser.SourceFile;

class PageWarningTest {

    @Test
    void warningsNameTheArticleIdOfTheArticleConcerned() {
        String sha = "fedcba9876543210".repeat(4);
        Article a = new Article(null, "标题", null, List.of(), null, null, null, List.of("正文。"), List.of(), List.of());
        ParsedPage page = new ParsedPage(new SourceFile("p.txt", sha, 10, "UTF-8"), null, List.of(a, a), List.of(),
                "1.2.3", List.of(new ParseWarning(1, ParseWarning.Reason.SHORT_BODY, "正文很短"),
                        new ParseWarning(null, ParseWarning.Reason.ORPHAN_HEADLINE, "孤立的标题")));

        assertEquals(List.of(new PageWarning(1, "fedcba9876543210-01", "short-body", "正文很短"),
                new PageWarning(null, null, "orphan-headline", "孤立的标题")), PageWarning.of(page));
    }
}
