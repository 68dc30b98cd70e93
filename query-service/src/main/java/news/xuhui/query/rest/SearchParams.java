package news.xuhui.query.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import news.xuhui.query.search.SearchCriteria;
import news.xuhui.query.search.SearchQuery;
import news.xuhui.query.search.SearchSort;

/**
 * The search text and filters shared by the article search, its facets and a person's articles. Typed and
 * constrained: a malformed value fails conversion ({@link ParameterConverters}), an out-of-range one Bean Validation
 * (the resources take it {@code @Valid}); both answer 400 naming the parameter.
 */
public class SearchParams {

    /** Longest search text accepted. */
    public static final int MAX_QUERY = 200;
    /** Longest text filter value (paper, person, author, source). */
    public static final int MAX_TEXT = 100;
    /** Text without control characters (NUL among them). */
    public static final String PRINTABLE = "[^\\p{Cc}]*";
    public static final String PRINTABLE_MESSAGE = "must not contain control characters";
    public static final String TOO_LONG_MESSAGE = "must be at most {max} characters long";
    public static final int MAX_PAGE_INDEX = 1_000_000;

    @QueryParam("q")
    @Size(max = MAX_QUERY, message = TOO_LONG_MESSAGE)
    @Pattern(regexp = PRINTABLE, message = PRINTABLE_MESSAGE)
    @Parameter(description = "Search text, at most " + MAX_QUERY + " characters. Space-separated terms must all match;"
            + " \"quoted text\" (or “…”) is one phrase. Chinese needs no spaces: 徐汇 or 张建国 is one term.",
            example = "张建国 人工智能")
    public String q;

    @QueryParam("from")
    @Parameter(description = "Earliest edition date, inclusive (YYYY-MM-DD)", example = "2024-01-01")
    public LocalDate from;

    @QueryParam("to")
    @Parameter(description = "Latest edition date, inclusive (YYYY-MM-DD)", example = "2024-12-31")
    public LocalDate to;

    @QueryParam("paper")
    @Size(max = MAX_TEXT, message = TOO_LONG_MESSAGE)
    @Pattern(regexp = PRINTABLE, message = PRINTABLE_MESSAGE)
    @Parameter(description = "Newspaper name as printed in the masthead", example = "徐汇报")
    public String paper;

    @QueryParam("editionPage")
    @Min(1)
    @Max(999)
    @Parameter(description = "Page (版) of the edition the article is printed on; 'page' is the result page index",
            example = "1")
    public Integer editionPage;

    @QueryParam("person")
    @Size(max = MAX_TEXT, message = TOO_LONG_MESSAGE)
    @Pattern(regexp = PRINTABLE, message = PRINTABLE_MESSAGE)
    @Parameter(description = "Only articles naming this person (exact name)", example = "张建国")
    public String person;

    @QueryParam("author")
    @Size(max = MAX_TEXT, message = TOO_LONG_MESSAGE)
    @Pattern(regexp = PRINTABLE, message = PRINTABLE_MESSAGE)
    @Parameter(description = "Only articles by this author (exact byline name)", example = "王小明")
    public String author;

    @QueryParam("source")
    @Size(max = MAX_TEXT, message = TOO_LONG_MESSAGE)
    @Pattern(regexp = PRINTABLE, message = PRINTABLE_MESSAGE)
    @Parameter(description = "Only articles from this source (exact)", example = "区委办")
    public String source;

    @QueryParam("sort")
    @Parameter(description = "relevance (default with q), newest (default without q) or oldest", example = "relevance",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "relevance", "newest", "oldest" }))
    public SearchSort sort;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE_INDEX)
    @Parameter(description = "Result page index, from 0", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(ArticleResource.MAX_SIZE)
    @Parameter(description = "Results per page, 1 to " + ArticleResource.MAX_SIZE, example = "20")
    public int size;

    /** The criteria; {@code person} fixed by the path when given, {@code defaultSort} when none is asked for. */
    public SearchCriteria criteria(String fixedPerson, SearchSort defaultSort) {
        checkDateRange(from, to);
        String text = text(q);
        return new SearchCriteria(
                text == null ? null : SearchQuery.parse(text),
                from,
                to,
                text(paper),
                editionPage,
                fixedPerson != null ? fixedPerson : text(person),
                text(author),
                text(source),
                sort != null ? sort : defaultSort,
                page,
                size);
    }

    /** Trimmed, null when absent or blank. */
    public static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    static void checkDateRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidParameterException("to", "must not be before 'from' (" + from + ")");
        }
    }
}
