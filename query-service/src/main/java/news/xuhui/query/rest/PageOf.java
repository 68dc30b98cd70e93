package news.xuhui.query.rest;

import java.util.List;

/** One page of a listing, with what a client needs to page through it. */
public record PageOf<T>(int page, int size, long total, int totalPages, List<T> items) {

    static <T> PageOf<T> of(int page, int size, long total, List<T> items) {
        return new PageOf<>(page, size, total, (int) ((total + size - 1) / size), items);
    }
}
