package news.xuhui.query.store;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One stored article: the service's own record of it, which the consumer maps each Kafka event to, the store writes
 * and reads, and the REST views are built from. The schema is owned by the Flyway migrations in {@code db/migration}.
 */
@Entity
@Table(name = "article")
public class ArticleEntity extends PrintedRecord {

    @Id
    public String id;
    public String pageId;
    public int ordinal;
    public String sourceEncoding;
    public String kicker;
    public String title;
    public String subtitle;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> authors;
    public String source;
    public Integer continuedFromPage;
    public Integer continuedToPage;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> paragraphs;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Section> sections;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> people;
    /** The number of the article's latest write in the stream of writes (the SSE event id); set by the database. */
    @Column(insertable = false, updatable = false)
    public Long feedSeq;

    /** In the article feed only: this entry is the article's removal (only {@link #id} and {@link #feedSeq} are set). */
    @Transient
    public boolean removed;
}
