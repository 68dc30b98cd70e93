package news.xuhui.query.store;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One stored page record: which articles a page held and the teasers it printed. The consumer maps each
 * {@code news.pages} event to it; the editions read it. The schema is owned by the Flyway migrations.
 */
@Entity
@Table(name = "page")
public class PageEntity extends PrintedRecord {

    /** The SHA-256 of the page file. */
    @Id
    public String id;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Teaser> teasers;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> articleIds;
}
