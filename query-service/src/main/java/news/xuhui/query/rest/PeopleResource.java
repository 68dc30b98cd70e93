package news.xuhui.query.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.BeanParam;
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

import news.xuhui.query.search.ArticleSearch;
import news.xuhui.query.search.SearchSort;
import news.xuhui.query.store.PeopleStore;

@Path("/api/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "people", description = "The people named in articles")
public class PeopleResource {

    @Inject
    PeopleStore people;

    @Inject
    ArticleSearch search;

    public record PersonView(String name, long articleCount, String href) {

        static PersonView of(PeopleStore.Person p) {
            return new PersonView(p.name(), p.articleCount(),
                    "/api/people/" + URLEncoder.encode(p.name(), StandardCharsets.UTF_8).replace("+", "%20")
                            + "/articles");
        }
    }

    @GET
    @Operation(summary = "People named in articles, most articles first")
    @APIResponse(responseCode = "200", description = "One page of people with their article counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "people", value = Examples.PEOPLE)))
    @APIResponse(responseCode = "400", description = "A parameter is malformed or out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "size", value = Examples.BAD_PARAMETER)))
    public PageOf<PersonView> list(
            @Parameter(description = "Part of the name", example = "建国") @QueryParam("q")
            @Size(max = SearchParams.MAX_TEXT, message = SearchParams.TOO_LONG_MESSAGE)
            @Pattern(regexp = SearchParams.PRINTABLE, message = SearchParams.PRINTABLE_MESSAGE) String q,
            @Parameter(description = "Page index, from 0", example = "0") @QueryParam("page") @DefaultValue("0")
            @Min(0) @Max(SearchParams.MAX_PAGE_INDEX) int page,
            @Parameter(description = "People per page, 1 to " + ArticleResource.MAX_SIZE, example = "20")
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(ArticleResource.MAX_SIZE) int size) {
        PeopleStore.PersonPage r = people.people(SearchParams.text(q), page, size);
        return PageOf.of(page, size, r.total(), r.items().stream().map(PersonView::of).toList());
    }

    @GET
    @Path("{name}/articles")
    @Operation(summary = "The articles naming a person, newest edition first",
            description = "Takes the article search's q and filters too (person is the path's).")
    @APIResponse(responseCode = "200", description = "One page of articles with the total count",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "articles", value = Examples.SEARCH)))
    @APIResponse(responseCode = "400", description = "A parameter is malformed or out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No article names this person",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Too many searches at once (xuhui.search.max-concurrent); retry after"
            + " the Retry-After header's seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "busy", value = Examples.BUSY)))
    public PageOf<ArticleSummary> articles(
            @Parameter(description = "The person's name, exactly as listed", example = "张建国")
            @PathParam("name") @Size(max = SearchParams.MAX_TEXT, message = SearchParams.TOO_LONG_MESSAGE)
            @Pattern(regexp = SearchParams.PRINTABLE, message = SearchParams.PRINTABLE_MESSAGE) String name,
            @Valid @BeanParam SearchParams params) {
        String person = SearchParams.text(name);
        if (person == null || !people.exists(person)) {
            throw new PersonNotFoundException(name);
        }
        SearchSort sort = SearchParams.text(params.q) == null ? SearchSort.NEWEST : SearchSort.RELEVANCE;
        return ArticleResource.page(search, params.criteria(person, sort));
    }
}
