package news.xuhui.query.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.TemplateInstance;
import news.xuhui.query.rest.ArticleNotFoundException;
import news.xuhui.query.rest.ArticleResource;
import news.xuhui.query.rest.ArticleSummary;
import news.xuhui.query.rest.ArticleView;
import news.xuhui.query.rest.EditionNotFoundException;
import news.xuhui.query.rest.InvalidParameterException;
import news.xuhui.query.rest.NotFoundProblem;
import news.xuhui.query.rest.PageOf;
import news.xuhui.query.rest.PersonNotFoundException;
import news.xuhui.query.rest.Problem;
import news.xuhui.query.rest.ProblemMappers;
import news.xuhui.query.rest.SearchParams;
import news.xuhui.query.search.ArticleSearch;
import news.xuhui.query.search.SearchBusyException;
import news.xuhui.query.search.SearchCriteria;
import news.xuhui.query.search.SearchSort;
import news.xuhui.query.store.ArticleEntity;
import news.xuhui.query.store.ArticleStore;
import news.xuhui.query.store.ContinuationLinks;
import news.xuhui.query.store.EditionStore;
import news.xuhui.query.store.PeopleStore;
import news.xuhui.query.store.StoreException;

/**
 * The reading app: search, articles, editions and people as HTML pages rendered here (Qute), each a plain GET with a
 * URL to bookmark. It reads through the same services and parameters as the JSON API under /api.
 *
 * <p>Its failures are pages too: the exception mapper below applies to this class only, so /api keeps answering
 * problem+json. It takes status, detail and headers from the API's own mappers and renders them.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class ReadingApp {

    static final int EDITIONS_PER_PAGE = 30;
    /** Longest article id there can be (the API's limit). */
    static final int MAX_ID = 64;
    static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

    private static final Logger LOG = Logger.getLogger(ReadingApp.class);

    @Inject
    ArticleSearch search;

    @Inject
    ArticleStore articles;

    @Inject
    ContinuationLinks links;

    @Inject
    EditionStore editions;

    @Inject
    PeopleStore people;

    private final ProblemMappers problems = new ProblemMappers();

    @GET
    public TemplateInstance search(@Valid @BeanParam SearchParams params, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        SearchCriteria c = params.criteria(null, SearchSort.RELEVANCE);
        SearchPage page = SearchPage.of(PageUrl.of(uri), ArticleResource.page(search, c), search.facets(c));
        return localized(Templates.search(page), headers);
    }

    @GET
    @Path("articles/{id}")
    public TemplateInstance article(@PathParam("id") String id, @Context HttpHeaders headers) {
        String valid = plausible(id, MAX_ID);
        ArticleEntity a = valid == null ? null : articles.byId(valid);
        if (a == null) {
            throw new ArticleNotFoundException(id);
        }
        return localized(Templates.article(ArticleView.of(a, links.continuesFrom(a), links.continuesTo(a))), headers);
    }

    @GET
    @Path("editions")
    public TemplateInstance editions(@QueryParam("month") String month,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(SearchParams.MAX_PAGE_INDEX) int page,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        YearMonth m = month(month);
        EditionStore.EditionPage r = editions.list(m == null ? null : m.atDay(1), m == null ? null : m.atEndOfMonth(),
                null, page, EDITIONS_PER_PAGE);
        PageOf<EditionStore.EditionSummary> listing = PageOf.of(page, EDITIONS_PER_PAGE, r.total(), r.items());
        String shown = m == null ? null : m.toString();
        return localized(Templates.editions(shown, listing, Pager.of(PageUrl.of(uri), listing)), headers);
    }

    @GET
    @Path("editions/{date}")
    public TemplateInstance edition(@PathParam("date") LocalDate date, @Context HttpHeaders headers) {
        List<EditionStore.Edition> found = editions.byDate(date);
        if (found.isEmpty()) {
            throw new EditionNotFoundException(date);
        }
        return localized(Templates.edition(date, found), headers);
    }

    @GET
    @Path("editions/{date}/{page}")
    public TemplateInstance editionPage(@PathParam("date") LocalDate date, @PathParam("page") int page,
            @Context HttpHeaders headers) {
        // one page per paper printed that day: usually one
        List<EditionStore.PageContent> pages = editions.byDate(date).stream().flatMap(e -> e.pages().stream())
                .filter(p -> p.page() != null && p.page() == page).toList();
        if (pages.isEmpty()) {
            throw new PageNotFoundException(date, page);
        }
        return localized(Templates.editionPage(date, page, pages), headers);
    }

    @GET
    @Path("people/{name}")
    public TemplateInstance person(@PathParam("name") String name, @Valid @BeanParam SearchParams params,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        String person = plausible(name, SearchParams.MAX_TEXT);
        if (person == null || !people.exists(person)) {
            throw new PersonNotFoundException(name);
        }
        SearchCriteria c = params.criteria(person, SearchSort.NEWEST);
        PageOf<ArticleSummary> results = ArticleResource.page(search, c);
        MonthChart chart = MonthChart.of(search.facets(c).months());
        return localized(Templates.person(person, chart, results, Pager.of(PageUrl.of(uri), results)), headers);
    }

    /** The trimmed value when it could name something stored (not too long, no control characters); else null. */
    private static String plausible(String raw, int maxLength) {
        String s = SearchParams.text(raw);
        return s != null && s.length() <= maxLength && s.matches(SearchParams.PRINTABLE) ? s : null;
    }

    private static YearMonth month(String raw) {
        String s = SearchParams.text(raw);
        try {
            return s == null ? null : YearMonth.parse(s);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("month", "must be a month (YYYY-MM), got '" + s + "'");
        }
    }

    /** Chinese unless the browser prefers English to Chinese ({@code Accept-Language}, by its q-values). */
    static Locale locale(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            } else if ("zh".equals(l.getLanguage())) {
                return CHINESE;
            }
        }
        return CHINESE;
    }

    static TemplateInstance localized(TemplateInstance page, HttpHeaders headers) {
        return page.setLocale(locale(headers.getAcceptableLanguages()));
    }

    /**
     * Every failure of a page, answered as the API's mapper for it answers (status, detail, Retry-After), as a page.
     * One mapper for all: class-local mappers take precedence over the global ones for this class's requests only.
     */
    @ServerExceptionMapper
    public Response failed(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        Response problem;
        if (e instanceof NotFoundProblem notFound) {
            problem = problems.notFound(notFound, uri);
        } else if (e instanceof InvalidParameterException invalid) {
            problem = problems.invalidParameter(invalid, uri);
        } else if (e instanceof ConstraintViolationException violation) {
            problem = problems.invalid(violation, uri);
        } else if (e instanceof SearchBusyException busy) {
            problem = problems.busy(busy, uri);
        } else if (e instanceof WebApplicationException web) {
            problem = problems.web(web, uri);
        } else if (e instanceof StoreException store) {
            problem = problems.store(store, uri);
        } else {
            String errorId = UUID.randomUUID().toString();
            LOG.errorf(e, "%s failed (error %s)", uri.getPath(), errorId);
            problem = Problem.response(500, "Internal Server Error", "internal-error",
                    "the page could not be made; it has been logged as error " + errorId, uri.getPath(), null);
        }
        return page(problem, uri, headers);
    }

    /**
     * The API's problem as a page, with its status and headers (Retry-After): the search page with the error in
     * place of the results when the search failed, else an error page.
     */
    private static Response page(Response problem, UriInfo uri, HttpHeaders headers) {
        Problem p = (Problem) problem.getEntity();
        boolean searchFailed = "/".equals(uri.getPath()) && p.status() != 404;
        TemplateInstance page = searchFailed ? Templates.search(SearchPage.failed(PageUrl.of(uri), p))
                : Templates.error(p);
        return Response.fromResponse(problem).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(localized(page, headers).render()).build();
    }
}
