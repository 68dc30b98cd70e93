package news.xuhui.query.web;

import news.xuhui.query.rest.PageOf;

/** The links to the previous and next page of a listing (null where there is none), and where it stands. */
public record Pager(String prev, String next, int page, int pages) {

    static final Pager NONE = new Pager(null, null, 0, 0);

    static Pager of(PageUrl url, PageOf<?> listing) {
        int page = listing.page();
        boolean more = page + 1 < listing.totalPages();
        return new Pager(page > 0 ? url.page(page - 1).href() : null, more ? url.page(page + 1).href() : null,
                page + 1, Math.max(1, listing.totalPages()));
    }
}
