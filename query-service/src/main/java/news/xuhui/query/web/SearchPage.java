package news.xuhui.query.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import news.xuhui.query.rest.ArticleSummary;
import news.xuhui.query.rest.PageOf;
import news.xuhui.query.rest.Problem;
import news.xuhui.query.search.Facets;

/**
 * What the search page shows: the form as the URL filled it in, then either the results (hits, facets, chips of the
 * active filters, pager) or the error that stopped the search.
 */
public record SearchPage(
        String q,
        String from,
        String to,
        String sort,
        List<Param> hidden,
        PageOf<ArticleSummary> results,
        List<FacetLink> months,
        List<FacetLink> sources,
        List<FacetLink> people,
        List<Chip> chips,
        Pager pager,
        Problem error) {

    /** The search's filters, as named in its URL, in the order their chips show; q, the box's, is not one. */
    static final List<String> FILTERS = List.of("from", "to", "paper", "editionPage", "person", "author", "source");

    /** The parameters the form has fields for; the other filters (and the page size) go along as hidden inputs. */
    private static final List<String> FIELDS = List.of("q", "from", "to", "sort", PageUrl.PAGE);

    public record Param(String name, String value) {
    }

    /** A facet entry: selecting it adds its filter to the current URL. */
    public record FacetLink(String name, long count, boolean approximate, String href) {
    }

    /** An active filter; following its link removes it. */
    public record Chip(String name, String value, String href) {
    }

    static SearchPage of(PageUrl url, PageOf<ArticleSummary> results, Facets facets) {
        return new SearchPage(url.get("q"), url.get("from"), url.get("to"), sort(url), hidden(url), results,
                links(facets.months(), facets.sampled(), v -> monthRange(v, url)),
                links(facets.sources(), facets.sampled(), v -> url.with("source", v)),
                links(facets.people(), facets.sampled(), v -> url.with("person", v)),
                chips(url), Pager.of(url, results), null);
    }

    /** The form keeps what was typed, but carries no bad hidden parameter into the next search. */
    static SearchPage failed(PageUrl url, Problem error) {
        PageUrl carried = error.parameter() == null ? url : url.without(error.parameter());
        return new SearchPage(url.get("q"), url.get("from"), url.get("to"), sort(url), hidden(carried), null,
                List.of(), List.of(), List.of(), chips(url), Pager.NONE, error);
    }

    /**
     * The sort asked for, else the search's default, relevance (newest first while there are no words): the form
     * sends what it shows, so showing "newest" on the page without words would keep words typed later from being
     * ranked.
     */
    private static String sort(PageUrl url) {
        String asked = url.get("sort");
        return asked != null ? asked : "relevance";
    }

    private static List<Param> hidden(PageUrl url) {
        return url.params().entrySet().stream().filter(p -> !FIELDS.contains(p.getKey()))
                .map(p -> new Param(p.getKey(), p.getValue())).toList();
    }

    private static List<Chip> chips(PageUrl url) {
        List<Chip> chips = new ArrayList<>();
        for (String name : FILTERS) {
            String value = url.get(name);
            if (value != null) {
                chips.add(new Chip(name, value, url.without(name).href()));
            }
        }
        return chips;
    }

    /** {@code approximate}: counted in a sample of the matches (see search.FacetSample), shown as about so many. */
    private static List<FacetLink> links(List<Facets.Count> counts, boolean approximate,
            Function<String, PageUrl> select) {
        return counts.stream().filter(c -> c.value() != null)
                .map(c -> new FacetLink(c.value(), c.count(), approximate, select.apply(c.value()).href())).toList();
    }

    /** A month facet (YYYY-MM) narrows the dates to that month, first to last day. */
    private static PageUrl monthRange(String month, PageUrl url) {
        try {
            YearMonth m = YearMonth.parse(month);
            return url.with("from", m.atDay(1).toString()).with("to", m.atEndOfMonth().toString());
        } catch (DateTimeParseException e) {
            return url;
        }
    }
}
