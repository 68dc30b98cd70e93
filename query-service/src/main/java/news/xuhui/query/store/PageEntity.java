package news.xuhui.query.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One stored page record: which articles a page held and the teasers it printed. The consumer maps each
 * {@code news.pages} event to it; the editions read it. The schema is owned by the Flyway migrations.
 */
@Entity
@Table(name = "page")
public class PageEntity extends PanacheEntityBase {

    /** The SHA-256 of the page file. */
    @Id
    public String id;
    @Column(name = "schema_version")
    public int schemaVersion;
    @Column(name = "source_file_name")
    public String sourceFileName;
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
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Teaser> teasers;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "article_ids")
    public List<String> articleIds;
    @Column(name = "parser_version")
    public String parserVersion;
    @Column(name = "parsed_at")
    public Instant parsedAt;
    @Column(name = "stored_at")
    public Instant storedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
