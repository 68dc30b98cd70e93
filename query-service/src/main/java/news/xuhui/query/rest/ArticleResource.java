package news.xuhui.query.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.smallrye.mutiny.Multi;
import news.xuhui.query.search.ArticleSearch;
import news.xuhui.query.search.Facets;
import news.xuhui.query.search.SearchCriteria;
import news.xuhui.query.search.SearchResult;
import news.xuhui.query.search.SearchSort;
import news.xuhui.query.store.ArticleEntity;
import news.xuhui.query.store.ArticleStore;
import news.xuhui.query.store.ContinuationLinks;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles", description = "The archive's articles: search, read, follow")
public class ArticleResource {

    /** The largest page a client may ask for. */
    public static final int MAX_SIZE = 100;

    @Inject
    ArticleStore store;

    @Inject
    ArticleSearch search;

    @Inject
    ContinuationLinks links;

    @Inject
    ArticleStream stream;

    @GET
    @Operation(summary = "Search or list articles",
            description = "Without q: newest edition first. With q: full-text search over title (weighted higher) and"
                    + " text, ranked by relevance, then newest edition. Filters combine with q and with each other.")
    @APIResponse(responseCode = "200", description = "One page of articles with the total count",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "search", value = Examples.SEARCH)))
    @APIResponse(responseCode = "400", description = "A parameter is malformed or out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "size", value = Examples.BAD_PARAMETER)))
    @APIResponse(responseCode = "503", description = "Too many searches at once (xuhui.search.max-concurrent); retry after"
            + " the Retry-After header's seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "busy", value = Examples.BUSY)))
    public PageOf<ArticleSummary> list(@Valid @BeanParam SearchParams params) {
        return page(search, params.criteria(null, SearchSort.RELEVANCE));
    }

    /** One page of the search's hits as summaries; the reading app's search and people pages list the same. */
    public static PageOf<ArticleSummary> page(ArticleSearch search, SearchCriteria c) {
        SearchResult r = search.search(c);
        return PageOf.of(c.pageIndex(), c.size(), r.total(), r.exact(),
                r.hits().stream().map(ArticleSummary::of).toList());
    }

    @GET
    @Path("facets")
    @Operation(summary = "Counts of the matching articles by edition month, source and person",
            description = "Takes the same q and filters as the search; page, size and sort are ignored. Sources and"
                    + " people: the " + ArticleSearch.FACET_SIZE + " most frequent.")
    @APIResponse(responseCode = "200", description = "The facet counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "facets", value = Examples.FACETS)))
    @APIResponse(responseCode = "400", description = "A parameter is malformed or out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "size", value = Examples.BAD_PARAMETER)))
    @APIResponse(responseCode = "503", description = "Too many searches at once (xuhui.search.max-concurrent); retry after"
            + " the Retry-After header's seconds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "busy", value = Examples.BUSY)))
    public Facets facets(@Valid @BeanParam SearchParams params) {
        return search.facets(params.criteria(null, SearchSort.RELEVANCE));
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Follow new articles as they are stored (server-sent events), resumable",
            description = "One event per article stored or updated, its data the article summary (JSON), its id the"
                    + " article's feed number. An article deleted (a re-parse of its page no longer finds it) is an"
                    + " event named 'removed' whose data is {\"id\": ...}, numbered in the same sequence."
                    + " The first event has no data; its id says where the stream starts."
                    + " Reconnect with Last-Event-ID (browsers' EventSource does it by itself) to get every article"
                    + " written since that event first: a dropped connection, a slow reader or a restart loses"
                    + " nothing. An idle stream sends a comment every 15 s by default (xuhui.stream.heartbeat)."
                    + " A reader never slows the ingestion down: it is sent what it missed when it reads again.")
    @APIResponse(responseCode = "200", description = "An endless stream of article summaries",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = ArticleSummary.class),
                    examples = @ExampleObject(name = "event", value = Examples.STREAM)))
    @APIResponse(responseCode = "400", description = "Last-Event-ID is not an event id of this stream",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Multi<OutboundSseEvent> stream(
            @Parameter(description = "Resume after this event: the id of the last event received (0: from the"
                    + " first article ever stored)", example = "1024")
            @HeaderParam(LAST_EVENT_ID) @PositiveOrZero Long lastEventId,
            @Context Sse sse) {
        return stream.follow(sse, lastEventId);
    }

    static final String LAST_EVENT_ID = "Last-Event-ID";

    @GET
    @Path("{id}")
    @Operation(summary = "One whole article",
            description = "Headline block, authors, source, paragraphs, sections, people, edition and source file,"
                    + " with links to the article it continues from (continuesFrom) or into (continuesTo).")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "article", value = Examples.ARTICLE)))
    @APIResponse(responseCode = "400", description = "The id is malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No article has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleView get(
            @Parameter(description = "Article id as published on news.articles", example = "7c41d2a95be03f18-00")
            @PathParam("id") @Size(max = 64, message = SearchParams.TOO_LONG_MESSAGE)
            @Pattern(regexp = SearchParams.PRINTABLE, message = SearchParams.PRINTABLE_MESSAGE) String id) {
        String valid = SearchParams.text(id);
        ArticleEntity a = valid == null ? null : store.byId(valid);
        if (a == null) {
            throw new ArticleNotFoundException(id);
        }
        return ArticleView.of(a, links.continuesFrom(a), links.continuesTo(a));
    }
}
