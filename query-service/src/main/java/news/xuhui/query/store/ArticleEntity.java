package news.xuhui.query.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
/**
 * One stored article: the service's own record of it, which the consumer maps each Kafka event to, the store writes
 * and reads, and the REST views are built from. The schema is owned by the Flyway migrations in {@code db/migration}.
 */
@Entity
@Table(name = "article")
public class ArticleEntity extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "page_id")
    public String pageId;
    public int ordinal;
    @Column(name = "schema_version")
    public int schemaVersion;
    @Column(name = "source_file_name")
    public String sourceFileName;
    @Column(name = "source_encoding")
    public String sourceEncoding;
    public String paper;
    @Column(name = "edition_date")
    public LocalDate editionDate;
    public String weekday;
    @Column(name = "lunar_date")
    public String lunarDate;
    @Column(name = "issue_number")
    public Integer issueNumber;
    @Column(name = "total_issue_number")
    public Integer totalIssueNumber;
    @Column(name = "page_count")
    public Integer pageCount;
    public Integer page;
    public String kicker;
    public String title;
    public String subtitle;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> authors;
    public String source;
    @Column(name = "continued_from_page")
    public Integer continuedFromPage;
    @Column(name = "continued_to_page")
    public Integer continuedToPage;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> paragraphs;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Section> sections;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> people;
    @Column(name = "parser_version")
    public String parserVersion;
    @Column(name = "parsed_at")
    public Instant parsedAt;
    @Column(name = "stored_at")
    public Instant storedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** The number of the article's latest write in the stream of writes (the SSE event id); set by the database. */
    @Column(name = "feed_seq", insertable = false, updatable = false)
    public Long feedSeq;

    /** In the article feed only: this entry is the article's removal (only {@link #id} and {@link #feedSeq} are set). */
    @Transient
    public boolean removed;
}
