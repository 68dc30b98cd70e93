package news.xuhui.query.rest;

import java.util.List;

/**
 * One page of a listing, with what a client needs to page through it. {@code totalExact} is false when a search
 * matched so many articles that {@code total} is an estimate (see the search's rank window).
 */
public record PageOf<T>(int page, int size, long total, int totalPages, boolean totalExact, List<T> items) {

    public static <T> PageOf<T> of(int page, int size, long total, List<T> items) {
        return of(page, size, total, true, items);
    }

    static <T> PageOf<T> of(int page, int size, long total, boolean exact, List<T> items) {
        return new PageOf<>(page, size, total, (int) ((total + size - 1) / size), exact, items);
    }
}
