package news.xuhui.query.store;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

/** The people named in articles, read through Panache from {@link ArticlePersonEntity}. */
@ApplicationScoped
public class PeopleStore {

    public record Person(String name, long articleCount) {
    }

    public record PersonPage(long total, List<Person> items) {
    }

    /** The LIKE escape character: user text never holds wildcards. */
    private static final char ESCAPE = '!';

    /**
     * People whose name contains {@code q} (all when null), most articles first. One grouping gives the page and, in
     * the same pass, the number of people ({@code count(distinct name)} took five times as long at 800,000 rows).
     */
    public PersonPage people(String q, int pageIndex, int size) {
        String filter = q == null ? "" : " where p.name like :pattern escape '" + ESCAPE + "'";
        try {
            TypedQuery<Object[]> page = ArticlePersonEntity.getEntityManager().createQuery(
                    "select p.name, count(*), count(*) over () from ArticlePersonEntity p" + filter
                            + " group by p.name order by count(*) desc, p.name", Object[].class);
            if (q != null) {
                page.setParameter("pattern", "%" + likeEscape(q) + "%");
            }
            long total = -1;
            List<Person> items = new ArrayList<>();
            for (Object[] row : page.setFirstResult(pageIndex * size).setMaxResults(size).getResultList()) {
                items.add(new Person((String) row[0], ((Number) row[1]).longValue()));
                total = ((Number) row[2]).longValue();
            }
            if (total < 0) {
                // no row on this page: the count needs a query of its own
                TypedQuery<Long> count = ArticlePersonEntity.getEntityManager().createQuery(
                        "select count(distinct p.name) from ArticlePersonEntity p" + filter, Long.class);
                if (q != null) {
                    count.setParameter("pattern", "%" + likeEscape(q) + "%");
                }
                total = count.getSingleResult();
            }
            return new PersonPage(total, items);
        } catch (PersistenceException e) {
            throw new StoreException("cannot list people", e);
        }
    }

    public boolean exists(String name) {
        try {
            return ArticlePersonEntity.count("name", name) > 0;
        } catch (PersistenceException e) {
            throw new StoreException("cannot look up person", e);
        }
    }

    /** LIKE wildcards in user text match themselves. */
    static String likeEscape(String s) {
        return s.replace("" + ESCAPE, "" + ESCAPE + ESCAPE).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_");
    }
}
