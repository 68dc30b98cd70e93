package news.xuhui.query.rest;

/**
 * Data of a {@code removed} event on the article stream: the article no longer exists (a re-parse of its page no
 * longer finds it; the producer published a tombstone for it).
 *
 * @param id the removed article's id
 */
public record ArticleRemoval(String id) {

    /** The SSE event name: EventSource clients hear it with {@code addEventListener("removed", ...)}. */
    public static final String EVENT = "removed";
}
