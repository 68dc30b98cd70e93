package news.xuhui.query.rest;

import java.time.LocalDate;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import news.xuhui.query.search.SearchCriteria;
import news.xuhui.query.search.SearchQuery;
import news.xuhui.query.search.SearchSort;

/**
 * The search text and filters shared by the article search, its facets and a person's articles. Raw strings,
 * validated by {@link #criteria}, so that any malformed value is a 400 naming the parameter.
 */
public class SearchParams {

    /** Longest search text accepted. */
    public static final int MAX_QUERY = 200;

    @QueryParam("q")
    @Parameter(description = "Search text, at most " + MAX_QUERY + " characters. Space-separated terms must all match;"
            + " \"quoted text\" (or “…”) is one phrase. Chinese needs no spaces: 徐汇 or 张建国 is one term.",
            example = "张建国 人工智能")
    public String q;

    @QueryParam("from")
    @Parameter(description = "Earliest edition date, inclusive (YYYY-MM-DD)", example = "2024-01-01")
    public String from;

    @QueryParam("to")
    @Parameter(description = "Latest edition date, inclusive (YYYY-MM-DD)", example = "2024-12-31")
    public String to;

    @QueryParam("paper")
    @Parameter(description = "Newspaper name as printed in the masthead", example = "徐汇报")
    public String paper;

    @QueryParam("editionPage")
    @Parameter(description = "Page (版) of the edition the article is printed on; 'page' is the result page index",
            example = "1")
    public String editionPage;

    @QueryParam("person")
    @Parameter(description = "Only articles naming this person (exact name)", example = "张建国")
    public String person;

    @QueryParam("author")
    @Parameter(description = "Only articles by this author (exact byline name)", example = "王小明")
    public String author;

    @QueryParam("source")
    @Parameter(description = "Only articles from this source (exact)", example = "区委办")
    public String source;

    @QueryParam("sort")
    @Parameter(description = "relevance (default with q), newest (default without q) or oldest", example = "relevance")
    public String sort;

    @QueryParam("page")
    @Parameter(description = "Result page index, from 0", example = "0")
    public String page;

    @QueryParam("size")
    @Parameter(description = "Results per page, 1 to " + ArticleResource.MAX_SIZE, example = "20")
    public String size;

    /** The validated criteria; {@code person} fixed by the path when given. */
    SearchCriteria criteria(String fixedPerson) {
        String text = Params.text("q", q, MAX_QUERY);
        LocalDate fromDate = Params.date("from", from);
        LocalDate toDate = Params.date("to", to);
        Params.dateRange(fromDate, toDate);
        SearchSort order = SearchSort.RELEVANCE;
        if (sort != null && !sort.isBlank()) {
            order = SearchSort.parse(sort.strip()).orElseThrow(() -> new InvalidParameterException("sort",
                    "must be one of relevance, newest, oldest"));
        }
        return new SearchCriteria(
                text == null ? null : SearchQuery.parse(text),
                fromDate,
                toDate,
                Params.text("paper", paper, Params.MAX_TEXT),
                Params.optionalInteger("editionPage", editionPage, 1, 999),
                fixedPerson != null ? fixedPerson : Params.text("person", person, Params.MAX_TEXT),
                Params.text("author", author, Params.MAX_TEXT),
                Params.text("source", source, Params.MAX_TEXT),
                order,
                Params.integer("page", page, 0, 0, 1_000_000),
                Params.integer("size", size, 20, 1, ArticleResource.MAX_SIZE));
    }
}
