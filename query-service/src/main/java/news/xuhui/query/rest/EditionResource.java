package news.xuhui.query.rest;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import news.xuhui.query.store.EditionStore;

@Path("/api/editions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "editions", description = "Editions (one paper on one date) with their pages, teasers and articles")
public class EditionResource {

    @Inject
    EditionStore editions;

    /** An edition in the list: masthead, the pages stored so far, counts. */
    public record EditionSummaryView(String paper, LocalDate date, String weekday, String lunarDate,
            Integer issueNumber, Integer totalIssueNumber, Integer pageCount, List<Integer> pages, long articleCount,
            long teaserCount, String href) {

        static EditionSummaryView of(EditionStore.EditionSummary e) {
            EditionStore.Masthead m = e.masthead();
            return new EditionSummaryView(m.paper(), m.date(), m.weekday(), m.lunarDate(), m.issueNumber(),
                    m.totalIssueNumber(), m.pageCount(), e.pages(), e.articleCount(), e.teaserCount(),
                    "/api/editions/" + m.date());
        }
    }

    public record TeaserView(String title, String seePages,
            @Schema(description = "Articles of this edition on those pages whose title matches the teaser")
            List<String> articleIds) {
    }

    public record PageView(Integer page, List<String> pageIds, List<String> sourceFiles, List<TeaserView> teasers,
            List<ArticleSummary> articles) {
    }

    public record EditionView(String paper, LocalDate date, String weekday, String lunarDate, Integer issueNumber,
            Integer totalIssueNumber, Integer pageCount, List<PageView> pages) {

        static EditionView of(EditionStore.Edition e) {
            EditionStore.Masthead m = e.masthead();
            List<PageView> pages = e.pages().stream().map(p -> new PageView(p.page(), p.pageIds(), p.sourceFiles(),
                    p.teasers().stream().map(t -> new TeaserView(t.title(), t.seePages(), t.articleIds())).toList(),
                    p.articles().stream().map(ArticleSummary::of).toList())).toList();
            return new EditionView(m.paper(), m.date(), m.weekday(), m.lunarDate(), m.issueNumber(),
                    m.totalIssueNumber(), m.pageCount(), pages);
        }
    }

    /** The editions of one date: usually one paper. */
    public record EditionDayView(LocalDate date, List<EditionView> editions) {
    }

    @GET
    @Operation(summary = "List editions, newest first")
    @APIResponse(responseCode = "200", description = "One page of editions with the total count",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "editions", value = Examples.EDITIONS)))
    @APIResponse(responseCode = "400", description = "A parameter is malformed or out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "size", value = Examples.BAD_PARAMETER)))
    public PageOf<EditionSummaryView> list(
            @Parameter(description = "Earliest edition date (YYYY-MM-DD)", example = "2024-01-01")
            @QueryParam("from") LocalDate from,
            @Parameter(description = "Latest edition date (YYYY-MM-DD)", example = "2024-12-31")
            @QueryParam("to") LocalDate to,
            @Parameter(description = "Newspaper name", example = "徐汇报") @QueryParam("paper")
            @Size(max = SearchParams.MAX_TEXT, message = SearchParams.TOO_LONG_MESSAGE)
            @Pattern(regexp = SearchParams.PRINTABLE, message = SearchParams.PRINTABLE_MESSAGE) String paper,
            @Parameter(description = "Page index, from 0", example = "0") @QueryParam("page") @DefaultValue("0")
            @Min(0) @Max(SearchParams.MAX_PAGE_INDEX) int page,
            @Parameter(description = "Editions per page, 1 to " + ArticleResource.MAX_SIZE, example = "20")
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(ArticleResource.MAX_SIZE) int size) {
        SearchParams.checkDateRange(from, to);
        EditionStore.EditionPage r = editions.list(from, to, SearchParams.text(paper), page, size);
        return PageOf.of(page, size, r.total(), r.items().stream().map(EditionSummaryView::of).toList());
    }

    @GET
    @Path("{date}")
    @Operation(summary = "The edition(s) of one date, page by page, with teasers and articles")
    @APIResponse(responseCode = "200", description = "The editions of that date",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "edition", value = Examples.EDITION)))
    @APIResponse(responseCode = "400", description = "The date is not an ISO date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Nothing stored for that date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EditionDayView byDate(
            @Parameter(description = "Edition date (YYYY-MM-DD)", example = "2024-01-01") @PathParam("date") LocalDate d) {
        List<EditionStore.Edition> found = editions.byDate(d);
        if (found.isEmpty()) {
            throw new EditionNotFoundException(d);
        }
        return new EditionDayView(d, found.stream().map(EditionView::of).toList());
    }
}
