package news.xuhui.query.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

/**
 * Pairs an article that jumps to another page (转下版, {@code continuedToPage}) with the article of the same edition
 * that continues it on that page ({@code continuedFromPage} pointing back), and the other way round. Resolved when
 * read, so a link appears as soon as both pages are stored, whichever arrived first, and follows re-parses.
 *
 * <p>When a page holds several jumps to the same page, the k-th jump (by position on the page) pairs with the k-th
 * continuation there, unless a continuation carries the same title, which wins.
 */
@ApplicationScoped
public class ContinuationLinks {

    /** The article at the other end of a jump. */
    public record Link(String id, String title, Integer page) {
    }

    // both ends in one query: the jumps on this page to the other page, and the continuations there back to it
    private static final String JUMPS = """
            editionDate = ?1 and paper is not distinct from ?2
            and (page = ?3 and %s = ?4 or page = ?4 and %s = ?3)
            order by ordinal, id""";

    public Link continuesTo(ArticleEntity a) {
        if (a.continuedToPage == null) {
            return null;
        }
        return resolve(a, "continuedToPage", a.continuedToPage, "continuedFromPage");
    }

    public Link continuesFrom(ArticleEntity a) {
        if (a.continuedFromPage == null) {
            return null;
        }
        return resolve(a, "continuedFromPage", a.continuedFromPage, "continuedToPage");
    }

    // field names come from the two call sites above, never from a request
    private Link resolve(ArticleEntity a, String ownColumn, int otherPage, String otherColumn) {
        if (a.editionDate == null || a.page == null || otherPage == a.page) {
            return null; // without a dated edition there is no "same edition" to look in
        }
        try {
            List<Link> mine = new ArrayList<>();
            List<Link> theirs = new ArrayList<>();
            for (ArticleEntity e : ArticleEntity.<ArticleEntity> list(JUMPS.formatted(ownColumn, otherColumn),
                    a.editionDate, a.paper, a.page, otherPage)) {
                (a.page.equals(e.page) ? mine : theirs).add(new Link(e.id, e.title, e.page));
            }
            if (theirs.isEmpty()) {
                return null;
            }
            for (Link l : theirs) {
                if (a.title != null && Objects.equals(a.title, l.title())) {
                    return l;
                }
            }
            int k = Math.max(0, indexOf(mine, a.id));
            return theirs.get(Math.min(k, theirs.size() - 1));
        } catch (PersistenceException e) {
            throw new StoreException("cannot resolve continuation of " + a.id, e);
        }
    }

    private static int indexOf(List<Link> links, String id) {
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
