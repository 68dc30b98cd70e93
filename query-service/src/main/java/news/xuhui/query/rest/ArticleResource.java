package news.xuhui.query.rest;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import news.xuhui.query.store.ArticleEntity;
import news.xuhui.query.store.ArticleStore;

@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles", description = "The archive's articles")
public class ArticleResource {

    /** The largest page a client may ask for. */
    public static final int MAX_SIZE = 100;

    @Inject
    ArticleStore store;

    @GET
    @Transactional
    @Operation(summary = "List articles, newest edition first")
    @APIResponse(responseCode = "200", description = "One page of articles with the total count")
    @APIResponse(responseCode = "400", description = "A parameter is out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageOf<ArticleSummary> list(
            @Parameter(description = "Page index, from 0", example = "0")
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @Parameter(description = "Articles per page, at most " + MAX_SIZE, example = "20")
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(MAX_SIZE) int size) {
        return PageOf.of(page, size, store.count(), store.newest(page, size).stream().map(ArticleSummary::of).toList());
    }

    @GET
    @Path("{id}")
    @Transactional
    @Operation(summary = "One whole article")
    @APIResponse(responseCode = "200", description = "The article")
    @APIResponse(responseCode = "404", description = "No article has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ArticleView get(
            @Parameter(description = "Article id as published on news.articles", example = "3b7337b637dd3bf7-00")
            @PathParam("id") @Size(max = 64) String id) {
        ArticleEntity a = store.byId(id);
        if (a == null) {
            throw new ArticleNotFoundException(id);
        }
        return ArticleView.of(a);
    }
}
