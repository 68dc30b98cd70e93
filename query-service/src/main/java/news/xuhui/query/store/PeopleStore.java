package news.xuhui.query.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The people named in articles, from {@code article_person}. */
@ApplicationScoped
public class PeopleStore {

    public record Person(String name, long articleCount) {
    }

    public record PersonPage(long total, List<Person> items) {
    }

    @Inject
    DataSource dataSource;

    /** People whose name contains {@code q} (all when null), most articles first. */
    public PersonPage people(String q, int pageIndex, int size) {
        String filter = q == null ? "" : " where name like ? escape '\\'";
        String pattern = q == null ? null : "%" + likeEscape(q) + "%";
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("select count(distinct name) from article_person" + filter)) {
                if (pattern != null) {
                    ps.setString(1, pattern);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Person> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select name, count(*) as n from article_person" + filter
                    + " group by name order by n desc, name limit ? offset ?")) {
                int i = 0;
                if (pattern != null) {
                    ps.setString(++i, pattern);
                }
                ps.setInt(++i, size);
                ps.setLong(++i, (long) pageIndex * size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(new Person(rs.getString("name"), rs.getLong("n")));
                    }
                }
            }
            return new PersonPage(total, items);
        } catch (SQLException e) {
            throw new StoreException("cannot list people", e);
        }
    }

    public boolean exists(String name) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("select 1 from article_person where name = ? limit 1")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look up person", e);
        }
    }

    /** LIKE wildcards in user text match themselves. */
    static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
