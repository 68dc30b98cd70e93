package news.xuhui.ingest.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stable article ids: the same page content always yields the same ids, so that a re-published page overwrites
 * rather than duplicates downstream (records are keyed by this id).
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    /** {@code <first 16 hex digits of the page SHA-256>-<two-digit position on the page>}, e.g. 9f2c4e1a7b3d5068-03. */
    public static String of(String pageSha256, int ordinal) {
        if (pageSha256 == null || pageSha256.length() < 16) {
            throw new IllegalArgumentException("page sha256 expected, got " + pageSha256);
        }
        return pageSha256.substring(0, 16).toLowerCase(Locale.ROOT) + "-" + String.format(Locale.ROOT, "%02d", ordinal);
    }

    /**
     * The ids of a page's earlier articles that a new parse of it no longer yields, in their earlier order: each is
     * withdrawn (a tombstone downstream).
     */
    public static List<String> withdrawn(List<String> before, List<String> now) {
        List<String> gone = new ArrayList<>();
        if (before != null) {
            for (String id : before) {
                if (!now.contains(id) && !gone.contains(id)) {
                    gone.add(id);
                }
            }
        }
        return gone;
    }
}
