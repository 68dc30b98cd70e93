package news.xuhui.query.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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

    // both ends in one statement: the jumps on this page to the other page, and the continuations there back to it
    private static final String JUMPS = """
            select id, title, page from article
            where edition_date = ? and paper is not distinct from ? and (page = ? and %s = ? or page = ? and %s = ?)
            order by ordinal, id
            """;

    @Inject
    DataSource dataSource;

    public Link continuesTo(ArticleEntity a) {
        if (a.continuedToPage == null) {
            return null;
        }
        return resolve(a, "continued_to_page", a.continuedToPage, "continued_from_page");
    }

    public Link continuesFrom(ArticleEntity a) {
        if (a.continuedFromPage == null) {
            return null;
        }
        return resolve(a, "continued_from_page", a.continuedFromPage, "continued_to_page");
    }

    // column names come from the two call sites above, never from a request
    private Link resolve(ArticleEntity a, String ownColumn, int otherPage, String otherColumn) {
        if (a.editionDate == null || a.page == null || otherPage == a.page) {
            return null; // without a dated edition there is no "same edition" to look in
        }
        try (Connection c = dataSource.getConnection()) {
            List<Link> mine = new ArrayList<>();
            List<Link> theirs = new ArrayList<>();
            for (Link l : query(c, JUMPS.formatted(ownColumn, otherColumn), a, otherPage)) {
                (a.page.equals(l.page()) ? mine : theirs).add(l);
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
        } catch (SQLException e) {
            throw new StoreException("cannot resolve continuation of " + a.id, e);
        }
    }

    private static List<Link> query(Connection c, String sql, ArticleEntity a, int otherPage) throws SQLException {
        List<Link> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, a.editionDate);
            ps.setString(2, a.paper);
            ps.setInt(3, a.page);
            ps.setInt(4, otherPage);
            ps.setInt(5, otherPage);
            ps.setInt(6, a.page);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Link(rs.getString("id"), rs.getString("title"), (Integer) rs.getObject("page")));
                }
            }
        }
        return out;
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
