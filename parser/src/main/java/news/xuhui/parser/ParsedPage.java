package news.xuhui.parser;

import java.util.List;

/**
 * The page-level parse result: what {@code POST /api/parse} returns and what the page record on Kafka carries.
 *
 * @param sourceFile where the text came from (name, content hash, detected encoding)
 * @param edition    masthead data when the page prints one, otherwise {@code null}
 * @param articles   the recovered articles, in reading order
 * @param teasers    front-page pointers to articles printed elsewhere ((详见第 8-9 版))
 * @param parserVersion the {@link PageParser#VERSION} that produced this result
 * @param warnings   what the parser is unsure of on this page (empty when every decision had clear evidence)
 */
public record ParsedPage(SourceFile sourceFile, Edition edition, List<Article> articles, List<Teaser> teasers,
        String parserVersion, List<ParseWarning> warnings) {

    public ParsedPage {
        articles = articles == null ? List.of() : List.copyOf(articles);
        teasers = teasers == null ? List.of() : List.copyOf(teasers);
        parserVersion = parserVersion == null ? PageParser.VERSION : parserVersion;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public ParsedPage(SourceFile sourceFile, Edition edition, List<Article> articles, List<Teaser> teasers) {
        this(sourceFile, edition, articles, teasers, PageParser.VERSION, List.of());
    }
}
